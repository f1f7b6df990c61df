import type { Sql } from '@backoffice/platform/sql';
import type { ItSystemRecord } from './system.record';
import * as systems from './system.repository';

// What other modules may read of the catalogue.

export function allSystems(db: Sql): Promise<ItSystemRecord[]> {
  return systems.allSystems(db);
}

export function systemsByCodes(db: Sql, codes: readonly string[]): Promise<ItSystemRecord[]> {
  return systems.systemsByCodes(db, codes);
}
