// What a command changed on a record, field by field, as HR's history and events show it.
export type FieldChanges = Record<string, { from: string | null; to: string | null }>;

export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [key, value] of Object.entries(after)) {
    const from = stringify(before[key]);
    const to = stringify(value);
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}

function stringify(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
