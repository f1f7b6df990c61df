import type { MonthEnd } from '@backoffice/platform/month-ends';
export type DepartmentStatus = 'ACTIVE' | 'CLOSED';

// A department as HR keeps it; the GraphQL schema decides what leaves the service.
export type DepartmentRecord = {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  headId: string | null;
  costCentreCode: string | null;
  status: DepartmentStatus;
  closedOn: string | null;
  version: number;
};

// A department's headcount at one month's end (Query.headcountByMonth).
export type MonthlyHeadcountRecord = MonthEnd & { departmentId: string; headcount: number };
