export type SystemAccountStatus = 'SCHEDULED' | 'ACTIVE' | 'SUSPENDED' | 'REVOKED';
// BUNDLE: given because the person's department's bundle has the system (and taken back when it
// no longer does); INDIVIDUAL: granted on its own, kept across moves.
export type AccountOrigin = 'BUNDLE' | 'INDIVIDUAL';

// An account someone holds in one of the company's systems. `employeeId` is HR's id: another
// department's record, referenced by id only.
export type SystemAccountRecord = {
  id: string;
  employeeId: string;
  system: string;
  username: string;
  status: SystemAccountStatus;
  // The business date it is (or was to be) active from.
  activeFrom: string;
  origin: AccountOrigin;
  revokedOn: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  // The chain that scheduled it (HR's hire): what the job that activates it later carries on.
  chain: ScheduledBy | null;
};

// The correlation id and the event (causation) a scheduled row came from, so the event the job
// publishes when it falls due belongs to the chain that asked for it.
export type ScheduledBy = { correlationId: string; causationId: string | null };

export type SystemAccountChangeRecord = {
  accountId: string;
  status: SystemAccountStatus;
  effectiveOn: string;
  reason: string | null;
  actor: string;
  at: Date;
};

// A mover's or a leaver's change of access, due at an instant (the start of the effective date,
// the end of the last day, in the company's time zone) and applied once by the access-lifecycle job.
export type AccessChangeKind = 'MOVE' | 'LEAVE';
export type AccessChangeStatus = 'PENDING' | 'APPLIED' | 'CANCELLED';

export type AccessChangeRecord = {
  id: string;
  employeeId: string;
  kind: AccessChangeKind;
  effectiveDate: string;
  dueAt: Date;
  fromDepartmentId: string | null;
  toDepartmentId: string | null;
  status: AccessChangeStatus;
  createdAt: Date;
  settledAt: Date | null;
  chain: ScheduledBy | null;
};

// Access that does not match what the person should have:
// - EXTRA_GRANT: an active or suspended account on a system their department's bundle lacks;
// - ACTIVE_AFTER_LAST_DAY: an account still live after the person's last day;
// - NO_PERSON: an account of someone the workforce projection has never seen employed.
export type AccessFindingKind = 'EXTRA_GRANT' | 'ACTIVE_AFTER_LAST_DAY' | 'NO_PERSON';

export type AccessFindingRecord = {
  kind: AccessFindingKind;
  account: SystemAccountRecord;
  // Their department today (or on their last day); null for NO_PERSON.
  departmentId: string | null;
  detail: string;
};

export type AccessReviewDecisionRecord = { accountId: string; finding: AccessFindingKind; decision: 'CONFIRMED' | 'REVOKED'; reason: string; decidedBy: string; decidedAt: Date };
