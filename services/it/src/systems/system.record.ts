// A system of the company's that people get accounts on, by its lower-case code.
export type ItSystemRecord = { code: string; name: string; description: string | null; forEveryone: boolean };
