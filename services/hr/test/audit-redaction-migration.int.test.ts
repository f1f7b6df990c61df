import { Client } from 'pg';
import { createLogger } from '@backoffice/platform/logger';
import { openServiceDatabase, serviceDatabaseName } from '@backoffice/platform/database';
import { requiredEnv, uniqueRunId } from '@backoffice/testkit/isolation';
import { hrSubgraph } from '../src/hr-subgraph';

jest.setTimeout(60_000);

// Audit rows written before every private field was redacted are redacted by a migration.
describe('the audit log migration', () => {
  const suffix = uniqueRunId('auditfix');
  const logger = createLogger({ test: 'audit-migration' }, 'silent');
  const all = hrSubgraph.migrations as Array<new () => { name: string }>;
  const open = (migrations: typeof all) => openServiceDatabase({ service: 'hr', serverUrl: requiredEnv('DATABASE_URL'), databaseNameSuffix: suffix, migrations, logger });

  afterAll(async () => {
    const admin = new Client({ connectionString: requiredEnv('DATABASE_URL') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${serviceDatabaseName('hr', suffix)}" WITH (FORCE)`).finally(() => admin.end());
  });

  it('redacts private values in rows written before it, and leaves the rest as it was', async () => {
    const before = await open(all.filter((migration) => new migration().name !== 'RedactPrivateFieldsInAuditLog1764490000000'));
    const old = {
      phone: { from: '+44 20 7946 0001', to: '+44 20 7946 0999' },
      emergencyContact: { from: null, to: { name: 'Kim', phone: '+44 7700 900123', relationship: 'Partner' } },
      title: { from: 'Engineer', to: 'Lead Engineer' },
      terminationReason: { from: null, to: 'Moving abroad to care for a parent' },
    };
    await before.query(`INSERT INTO audit_log (actor, action, entity_type, entity_id, changes) VALUES ('system', 'employee.updated', 'employee', 'e-1', $1)`, [JSON.stringify(old)]);
    await before.query(`INSERT INTO audit_log (actor, action, entity_type, entity_id, changes) VALUES ('system', 'department.created', 'department', 'd-1', $1)`, [JSON.stringify({ name: { from: null, to: 'Ops' } })]);
    await before.destroy();

    const after = await open(all);
    try {
      const rows = (await after.query(`SELECT entity_id, changes FROM audit_log ORDER BY id`)) as Array<{ entity_id: string; changes: Record<string, unknown> }>;
      expect(rows).toEqual([
        {
          entity_id: 'e-1',
          changes: {
            phone: { from: '(redacted)', to: '(redacted)' },
            emergencyContact: { from: null, to: { name: '(redacted)', phone: '(redacted)', relationship: '(redacted)' } },
            title: { from: 'Engineer', to: 'Lead Engineer' },
            terminationReason: { from: null, to: '(redacted)' },
          },
        },
        { entity_id: 'd-1', changes: { name: { from: null, to: 'Ops' } } },
      ]);
    } finally {
      await after.destroy();
    }
  });
});
