import type { Sql } from '@backoffice/platform/sql';
import type { AccessBundleRecord } from './access-bundle.record';
import * as bundles from './access-bundle.repository';

// What other modules may read of the bundles: each department's, in the order asked (those for
// everyone included; a department without a bundle of its own gets just those).
export function bundlesOf(db: Sql, departmentIds: readonly string[]): Promise<AccessBundleRecord[]> {
  return bundles.bundlesOf(db, departmentIds);
}
