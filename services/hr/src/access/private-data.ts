import { EMPLOYEE_PRIVATE_FIELDS } from '../employees/employee.record';

// What HR holds private about a person, named once. A field whose name contains one of these
// parts (ignoring case) holds private data wherever it appears: in a command's changes, in an
// audit row, nested in an object. The audit log redacts every one (audit-log.ts); the tests
// check this list against the fields schema.graphql marks private and against every mutation
// input, so a new private field cannot go unnamed.
export const PRIVATE_DATA = {
  // The Employee fields GraphQL keeps to the employee, HR and MANAGER, and names built on them
  // (`previousTerminationDate`).
  employeeFields: Object.keys(EMPLOYEE_PRIVATE_FIELDS),
  pay: ['salary', 'compensation', 'pay', 'wage', 'bonus', 'amount', 'bank', 'iban'],
  // Free text about a person: why they leave, why leave was refused, why a balance moved.
  reasons: ['reason', 'note'],
  // Sick, parental or study leave is a health or family fact.
  leaveTypes: ['leaveType', 'absenceType'],
  // HR holds none of these yet; a field added under such a name is private from its first day.
  identity: ['birth', 'nationalId', 'address'],
} as const satisfies Record<string, readonly string[]>;

const PARTS = Object.values(PRIVATE_DATA).flat().map((part) => part.toLowerCase());

export function isPrivateFieldName(fieldName: string): boolean {
  const name = fieldName.toLowerCase();
  return PARTS.some((part) => name.includes(part));
}
