// A chain of events one request set off (HR owns the entity); accounting adds what it published in it.
export type CorrelationRecord = { id: string };
