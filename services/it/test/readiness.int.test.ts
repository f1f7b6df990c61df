import 'reflect-metadata';
import { Client } from 'pg';
import { serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { startSubgraphService, type RunningSubgraph } from '@backoffice/platform/subgraph-service';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { loadItConfig } from '../src/config';
import { itSubgraph } from '../src/it-subgraph';

jest.setTimeout(60_000);

describe('health endpoints', () => {
  let it_: RunningSubgraph;
  let env: NodeJS.ProcessEnv;
  let database: string;
  const admin = () => new Client({ connectionString: withDatabase(env.DATABASE_URL!, 'postgres') });

  beforeAll(async () => {
    env = testEnvironment();
    database = serviceDatabaseName('it', env.DATABASE_NAME_SUFFIX!);
    it_ = await startSubgraphService(itSubgraph, loadItConfig(env));
    await it_.eventsReady;
  });

  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS true`);
    await client.end();
    await it_?.stop();
  });

  const get = async (path: string) => {
    const response = await fetch(new URL(path, it_.url));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('readyz is ready with the database up and reports Kafka and the scheduled jobs in its body; healthz needs no identity', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', database: 'up' });
    expect(['up', 'starting']).toContain(ready.body['kafka']);
    // States, not error text: what went wrong goes to the log.
    expect(ready.body).not.toHaveProperty('kafkaError');
    // Scheduled jobs by name, with their last run and outcome (never an error text). The first
    // runs happen just after start.
    let withJobs = ready;
    for (let tries = 0; tries < 50 && JSON.stringify(withJobs.body['jobs']).includes('never'); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      withJobs = await get('/readyz');
    }
    expect(withJobs.body['jobs']).toEqual([
      { name: 'platform.prune-sent-outbox-events', lastRun: expect.any(String), status: 'ok' },
      { name: 'platform.prune-inbox-events', lastRun: expect.any(String), status: 'ok' },
      { name: 'access-lifecycle', lastRun: expect.any(String), status: 'ok' },
      { name: 'helpdesk', lastRun: expect.any(String), status: 'ok' },
      { name: 'unreturned-equipment', lastRun: expect.any(String), status: 'ok' },
    ]);
  });

  it('readyz fails while the database refuses connections, and recovers when it is back', async () => {
    const client = admin();
    await client.connect();
    try {
      // Cut the service off its database: no new connections, existing ones ended.
      await client.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS false`);
      await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]);
      const down = await get('/readyz');
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'not ready', database: 'down' });
      expect((await get('/healthz')).status).toBe(200);
    } finally {
      await client.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS true`);
      await client.end();
    }
    const deadline = Date.now() + 15_000;
    let again = await get('/readyz');
    while (again.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      again = await get('/readyz');
    }
    expect(again.status).toBe(200);
  });

  it('a request body over the limit is refused with 413 and the service keeps serving', async () => {
    const huge = JSON.stringify({ query: `{ __typename }`, variables: { padding: 'x'.repeat(2 * 1024 * 1024) } });
    const response = await fetch(it_.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge });
    expect(response.status).toBe(413);
    expect((await get('/healthz')).status).toBe(200);
  });
});
