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
