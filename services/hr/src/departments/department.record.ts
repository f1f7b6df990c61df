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
