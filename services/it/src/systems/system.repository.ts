import { firstRow, rows, type Sql } from '@backoffice/platform/sql';
import type { ItSystemRecord } from './system.record';

// The only code that knows how the catalogue of systems is stored.

const COLUMNS = `code, name, description, for_everyone AS "forEveryone"`;

export function allSystems(db: Sql): Promise<ItSystemRecord[]> {
  return rows<ItSystemRecord>(db, `SELECT ${COLUMNS} FROM it_systems ORDER BY for_everyone DESC, code`);
}

export function systemsByCodes(db: Sql, codes: readonly string[]): Promise<ItSystemRecord[]> {
  return rows<ItSystemRecord>(db, `SELECT ${COLUMNS} FROM it_systems WHERE code = ANY($1::text[])`, [codes]);
}

// Undefined when the code is taken.
export async function insertSystem(db: Sql, system: ItSystemRecord): Promise<ItSystemRecord | undefined> {
  return firstRow<ItSystemRecord>(db, `INSERT INTO it_systems (code, name, description, for_everyone) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING RETURNING ${COLUMNS}`, [
    system.code,
    system.name,
    system.description,
    system.forEveryone,
  ]);
}
