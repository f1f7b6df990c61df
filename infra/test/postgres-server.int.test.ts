import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensurePostgres, PostgresHandle } from '../src/postgres-server';
import { freePort, portAnswers } from './free-port';

jest.setTimeout(180_000);

describe('PostgreSQL for local runs', () => {
  let handle: PostgresHandle | undefined;
  let dataRoot: string | undefined;

  afterAll(async () => {
    await handle?.stop();
    if (dataRoot) fs.rmSync(dataRoot, { recursive: true, force: true });
  });

  it('an explicit database url is used as is and nothing is started', async () => {
    const url = 'postgres://someone:secret@db.example:5432/anything';
    const explicit = await ensurePostgres({ databaseUrl: url });
    expect(explicit).toMatchObject({ url, embedded: false, startedHere: false });
  });

  it('with no PostgreSQL reachable the embedded one is used', async () => {
    const closedPort = await freePort();
    const embeddedPort = await freePort();
    // A private folder (0700), like a clone made with `mktemp -d`: the server, which runs as the
    // `postgres` OS user under root, must still reach its data directory inside it.
    dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'infra-postgres-'));

    handle = await ensurePostgres({
      probeUrl: `postgres://postgres@127.0.0.1:${closedPort}/postgres`,
      embeddedPort,
      embeddedDataDir: path.join(dataRoot, 'pg'),
    });
    expect(handle).toMatchObject({ embedded: true, startedHere: true, url: `postgres://postgres:postgres@127.0.0.1:${embeddedPort}/postgres` });

    const client = new Client({ connectionString: handle.url });
    await client.connect();
    const { rows } = await client.query<{ version: string }>('select version()');
    await client.end();
    expect(rows[0]?.version).toMatch(/^PostgreSQL 17\./);

    const again = await ensurePostgres({ probeUrl: `postgres://postgres@127.0.0.1:${closedPort}/postgres`, embeddedPort });
    expect(again).toMatchObject({ embedded: true, startedHere: false, url: handle.url });

    await handle.stop();
    expect(await portAnswers(embeddedPort)).toBe(false);
  });
});
