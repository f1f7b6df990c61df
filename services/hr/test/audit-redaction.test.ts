import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type DocumentNode, type InputObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { REDACTED, redactPrivateFields } from '@backoffice/platform/audit';
import { isPrivateFieldName, PRIVATE_DATA } from '../src/access/private-data';
import { EMPLOYEE_PRIVATE_FIELDS } from '../src/employees/employee.record';

// The issue: the audit log redacts every private field, not only salary, from one list that
// cannot drift. These checks hold that list (src/access/private-data.ts) against the schema:
// every field it marks private, and every value a mutation accepts, is classified; and every
// audit row HR writes goes through the redacting writer. audit-redaction.int.test.ts runs the
// commands against PostgreSQL and searches the stored rows for the private values.

const srcRoot = join(__dirname, '..', 'src');
const schema: DocumentNode = parse(readFileSync(join(srcRoot, 'schema.graphql'), 'utf8'));

// Input fields and mutation arguments that carry nothing private, by where they are. A new one
// fails the check below until it is classified: here, or as private in access/private-data.ts.
const PUBLIC_INPUTS: Record<string, readonly string[]> = {
  Mutation: ['id', 'version', 'date', 'workflowId', 'step'],
  OffboardingPolicyInput: ['unreturnedAfterDays', 'treatment'],
  HireEmployeeInput: ['firstName', 'lastName', 'email', 'title', 'departmentId', 'startDate', 'employmentType', 'managerId', 'workLocation'],
  UpdateEmployeeInput: ['version', 'firstName', 'lastName', 'email', 'workLocation', 'employmentType'],
  TransferEmployeeInput: ['version', 'departmentId', 'managerId', 'title', 'effectiveDate'],
  ChangeSalaryInput: ['version', 'effectiveDate'],
  TerminateEmployeeInput: ['version'],
  RehireEmployeeInput: ['version', 'startDate', 'departmentId', 'managerId', 'title', 'employmentType'],
  CreateDepartmentInput: ['code', 'name', 'parentId', 'headId', 'costCentreCode'],
  UpdateDepartmentInput: ['version', 'name', 'parentId', 'headId', 'costCentreCode'],
  RequestLeaveInput: ['employeeId', 'startDate', 'endDate', 'startHalfDay', 'endHalfDay'],
  AllocateLeaveInput: ['employeeId', 'year', 'days'],
  AdjustLeaveBalanceInput: ['employeeId', 'year', 'days'],
  AddHolidayInput: ['date', 'name'],
};

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

const inputTypes = new Map(
  schema.definitions.filter((definition): definition is InputObjectTypeDefinitionNode => definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION).map((definition) => [definition.name.value, definition]),
);

// Every value a mutation takes, as `<owner>.<name>`: scalar arguments under `Mutation`, input
// fields under their input type, nested input types walked, except under a private field (whose
// whole value is redacted).
function mutationInputs(): Array<{ owner: string; name: string }> {
  const found: Array<{ owner: string; name: string }> = [];
  const seen = new Set<string>();
  const walkInput = (typeName: string) => {
    if (seen.has(typeName)) return;
    seen.add(typeName);
    for (const field of inputTypes.get(typeName)?.fields ?? []) {
      found.push({ owner: typeName, name: field.name.value });
      if (!isPrivateFieldName(field.name.value) && inputTypes.has(namedType(field.type))) walkInput(namedType(field.type));
    }
  };
  const mutation = schema.definitions.find((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Mutation');
  if (mutation?.kind !== Kind.OBJECT_TYPE_DEFINITION) throw new Error('schema.graphql has no Mutation type');
  for (const field of mutation.fields ?? []) {
    for (const argument of field.arguments ?? []) {
      const typeName = namedType(argument.type);
      if (inputTypes.has(typeName)) walkInput(typeName);
      else found.push({ owner: 'Mutation', name: argument.name.value });
    }
  }
  return found.filter((input, index) => found.findIndex((other) => other.owner === input.owner && other.name === input.name) === index);
}

describe('the audit log redacts every private field, from one list', () => {
  it('every field schema.graphql marks "Private." is private data, on any type', () => {
    const markedPrivate = schema.definitions.flatMap((definition) =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION
        ? (definition.fields ?? []).filter((field) => field.description?.value.startsWith('Private')).map((field) => `${definition.name.value}.${field.name.value}`)
        : [],
    );
    expect(markedPrivate.length).toBeGreaterThanOrEqual(Object.keys(EMPLOYEE_PRIVATE_FIELDS).length);
    expect(markedPrivate.filter((path) => !isPrivateFieldName(path.split('.')[1]!))).toEqual([]);
    // The list is built on the fields the resolvers guard (private-data.test.ts holds those to the schema).
    expect(PRIVATE_DATA.employeeFields).toEqual(Object.keys(EMPLOYEE_PRIVATE_FIELDS));
  });

  it('every value a mutation takes is classified: private, or listed here as public', () => {
    const inputs = mutationInputs();
    expect(inputs.length).toBeGreaterThan(40);
    const isListedPublic = ({ owner, name }: { owner: string; name: string }) => PUBLIC_INPUTS[owner]?.includes(name) ?? false;
    const unclassified = inputs.filter((input) => !isPrivateFieldName(input.name) && !isListedPublic(input)).map(({ owner, name }) => `${owner}.${name}`);
    expect(unclassified).toEqual([]);
    // No entry here contradicts the list or names what no longer exists.
    const listed = Object.entries(PUBLIC_INPUTS).flatMap(([owner, names]) => names.map((name) => ({ owner, name })));
    expect(listed.filter((entry) => isPrivateFieldName(entry.name)).map(({ owner, name }) => `${owner}.${name}`)).toEqual([]);
    expect(listed.filter((entry) => !inputs.some((input) => input.owner === entry.owner && input.name === entry.name)).map(({ owner, name }) => `${owner}.${name}`)).toEqual([]);
  });

  it('the private values mutations take today are the ones the issue names', () => {
    const privateInputs = mutationInputs().filter((input) => isPrivateFieldName(input.name)).map(({ owner, name }) => `${owner}.${name}`).sort();
    expect(privateInputs).toEqual([
      'AdjustLeaveBalanceInput.leaveType',
      'AdjustLeaveBalanceInput.reason',
      'AllocateLeaveInput.leaveType',
      'AllocateLeaveInput.note',
      'ChangeSalaryInput.payFrequency',
      'ChangeSalaryInput.reason',
      'ChangeSalaryInput.salary',
      'HireEmployeeInput.emergencyContact',
      'HireEmployeeInput.payFrequency',
      'HireEmployeeInput.phone',
      'HireEmployeeInput.salary',
      'Mutation.reason',
      'RehireEmployeeInput.payFrequency',
      'RehireEmployeeInput.salary',
      'RequestLeaveInput.leaveType',
      'TerminateEmployeeInput.reason',
      'TerminateEmployeeInput.terminationDate',
      'TransferEmployeeInput.reason',
      'UpdateEmployeeInput.emergencyContact',
      'UpdateEmployeeInput.phone',
    ]);
  });

  it('catches names built on a private field and the kinds of personal data HR may add', () => {
    for (const name of ['previousTerminationDate', 'withdrawalReason', 'decisionReason', 'PHONE', 'homeAddress', 'dateOfBirth', 'nationalId', 'bankAccount', 'bonus']) {
      expect([name, isPrivateFieldName(name)]).toEqual([name, true]);
    }
    for (const name of ['firstName', 'email', 'title', 'departmentId', 'managerId', 'startDate', 'endDate', 'days', 'employmentType', 'workLocation', 'from', 'to', 'unpaid']) {
      expect([name, isPrivateFieldName(name)]).toEqual([name, false]);
    }
  });

  it('redacts a private field at any depth and keeps the shape: which fields changed, and whether set or cleared', () => {
    const changes = {
      salary: { from: null, to: '61000.00 EUR ANNUAL' },
      emergencyContact: { from: '{"name":"Sam","phone":"+44 20 7946 0100"}', to: null },
      title: { from: 'Engineer', to: 'Lead' },
      nested: [{ leaveType: 'SICK', days: '2.0' }],
      terminationDate: '2030-01-31',
    };
    expect(redactPrivateFields(changes, isPrivateFieldName)).toEqual({
      salary: { from: null, to: REDACTED },
      emergencyContact: { from: REDACTED, to: null },
      title: { from: 'Engineer', to: 'Lead' },
      nested: [{ leaveType: REDACTED, days: '2.0' }],
      terminationDate: REDACTED,
    });
  });

  it('no HR code writes an audit row but through the redacting writer (src/audit-log.ts)', () => {
    const sources = readdirSync(srcRoot, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.includes('__generated__'))
      .map((file) => ({ file: file.split('\\').join('/'), text: readFileSync(join(srcRoot, file), 'utf8') }));
    expect(sources.length).toBeGreaterThan(20);
    const direct = sources.filter(({ file, text }) => file !== 'audit-log.ts' && file !== 'audit-log.repository.ts' && (/@backoffice\/platform\/audit/.test(text) || /\baudit_log\b/.test(text) || /\bredactingAuditLog\b/.test(text)));
    expect(direct.map(({ file }) => file)).toEqual([]);
    const writers = sources.filter(({ text }) => /\brecordAudit\(/.test(text)).map(({ file }) => file);
    expect(writers.length).toBeGreaterThanOrEqual(10);
    expect(writers.filter((file) => !/from '(\.\.\/)+audit-log'/.test(sources.find((source) => source.file === file)!.text))).toEqual([]);
  });
});
