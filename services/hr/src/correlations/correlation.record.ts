// A chain of events one request set off; each subgraph adds what it published with the id.
export type CorrelationRecord = { id: string };
