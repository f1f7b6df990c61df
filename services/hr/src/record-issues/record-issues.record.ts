export type RecordIssueKind =
  | 'MISSING_EMERGENCY_CONTACT'
  | 'MISSING_PHONE'
  | 'NO_MANAGER'
  | 'TERMINATED_MANAGER'
  | 'DEPARTMENT_WITHOUT_HEAD'
  | 'HEAD_OUTSIDE_DEPARTMENT';

export type RecordIssueRecord = { kind: RecordIssueKind; message: string; employeeId: string | null; departmentId: string | null };
