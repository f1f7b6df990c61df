import type { Sql } from '@backoffice/platform/sql';
import type { RecordIssueRecord } from './record-issues.record';
import { findRecordIssues } from './record-issues.repository';

// Record issues are computed on read, never stored: fixing a record makes its issue go away.
export function currentRecordIssues(db: Sql): Promise<RecordIssueRecord[]> {
  return findRecordIssues(db);
}

export function recordIssuesOf(db: Sql, employeeId: string): Promise<RecordIssueRecord[]> {
  return findRecordIssues(db, employeeId);
}
