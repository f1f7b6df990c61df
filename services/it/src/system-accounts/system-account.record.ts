export type SystemAccountStatus = 'ACTIVE' | 'SUSPENDED' | 'REVOKED';

// An account someone holds in one of the company's systems. `employeeId` is HR's id: another
// department's record, referenced by id only.
export type SystemAccountRecord = {
  id: string;
  employeeId: string;
  system: string;
  username: string;
  status: SystemAccountStatus;
  createdAt: Date;
};
