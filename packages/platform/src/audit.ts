import type { EntityManager } from 'typeorm';

export type AuditEntry = {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  changes?: Record<string, unknown>;
  correlationId?: string | null;
};

// Written in the command's own transaction, so the audit trail never disagrees with the data.
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor, action, entity_type, entity_id, changes, correlation_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [entry.actor, entry.action, entry.entityType, entry.entityId, JSON.stringify(entry.changes ?? {}), entry.correlationId ?? null],
  );
}

export const REDACTED = '(redacted)';

// A service's own answer to "does a field of this name hold private data?".
export type PrivateFieldTest = (fieldName: string) => boolean;

// Replaces what every private field holds, at any depth, with REDACTED: the audit row still says
// which fields changed and whether they were set or cleared (null stays null), not to what.
export function redactPrivateFields(value: unknown, isPrivate: PrivateFieldTest): unknown {
  if (Array.isArray(value)) return value.map((item) => redactPrivateFields(item, isPrivate));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, isPrivate(field) ? redactAll(inner) : redactPrivateFields(inner, isPrivate)]));
}

function redactAll(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map(redactAll);
  // A `{ from, to }` change keeps its shape.
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, redactAll(inner)]));
  return REDACTED;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

// The audit log is read more widely than a service's own records: a service whose audit rows
// can carry personal data writes them all through one of these, built from its one list of
// private fields, so no command can forget a field.
export function redactingAuditLog(isPrivate: PrivateFieldTest) {
  return (manager: EntityManager, entry: AuditEntry): Promise<void> =>
    recordAudit(manager, { ...entry, changes: entry.changes && (redactPrivateFields(entry.changes, isPrivate) as Record<string, unknown>) });
}
