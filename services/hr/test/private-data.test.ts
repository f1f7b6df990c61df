import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { z } from 'zod';
import { defineEvent, validateEventData, type AnyEventContract } from '@backoffice/events/contract';
import * as hrEvents from '@backoffice/events/hr-events';
import { allEventContracts } from '@backoffice/events/registry';
import { baseTopics, topicsToEnsure, type TopicBase } from '@backoffice/events/topics';
import { isPrivateFieldName } from '../src/access/private-data';
import { EMPLOYEE_PRIVATE_FIELDS, type EmployeePrivateField } from '../src/employees/employee.record';

// The issue: no field GraphQL calls private may appear in an event analysts can read, and
// neither may a termination reason, a leave type or pay. Analysts read every HR topic but
// hr.compensation.v1 (accounting's alone), and each topic's dead-letter topic: the inbox
// consumer copies a message's value to `<topic>.dlq` unchanged, so a dead-letter topic carries
// exactly what its topic's contracts allow, and checking those contracts checks both.
const COVERED_TOPICS = [
  'hr.employee.v1',
  'hr.employee.v1.dlq',
  'hr.department.v1',
  'hr.department.v1.dlq',
  'hr.leave.v1',
  'hr.leave.v1.dlq',
  'hr.calendar.v1',
  'hr.calendar.v1.dlq',
  'hr.reaction.v1',
  'hr.reaction.v1.dlq',
  'hr.workflow.v1',
  'hr.workflow.v1.dlq',
] as const;
const NOT_FOR_ANALYSTS: TopicBase = 'hr.compensation.v1';

// Topics whose events are about one person, where a reason is that person's business.
const PERSON_TOPICS: readonly TopicBase[] = ['hr.employee.v1', 'hr.leave.v1'];

// The one GraphQL-private field other departments need, and the only events that may carry
// it. That someone leaves, and their last day, is what other departments act on (IT revokes
// access and collects assets on that day), and a withdrawal tells them to stand down; GraphQL
// keeps it private from colleagues browsing the directory, who act on nothing. Why they leave
// stays private everywhere: `terminationReason`, and any `reason` on a person's events.
const PUBLISHED_PRIVATE_FIELDS: Partial<Record<EmployeePrivateField, readonly string[]>> = {
  terminationDate: ['hr.employee.terminated', 'hr.employee.termination-withdrawn'],
};

interface PrivacyRule {
  // What the rule keeps off analyst topics, as a finding names it.
  what: string;
  // A field name the rule refuses on a topic; names contain what they hold (`privatePhone`,
  // `withdrawnTerminationDate`), so rules match parts of names, ignoring case.
  matches(fieldName: string, topic: TopicBase): boolean;
  // Events (`hr.employee.terminated`, any version) that may carry what the rule matches anyway.
  allowedOn: readonly string[];
  // Names the rule must catch: the test of the checker and the probe of open records use them.
  examples: readonly string[];
}

const contains = (fieldName: string, part: string) => fieldName.toLowerCase().includes(part.toLowerCase());

const PRIVACY_RULES: readonly PrivacyRule[] = [
  ...(Object.keys(EMPLOYEE_PRIVATE_FIELDS) as EmployeePrivateField[]).map((privateField) => ({
    what: `GraphQL-private field ${privateField}`,
    matches: (fieldName: string) => contains(fieldName, privateField),
    allowedOn: PUBLISHED_PRIVATE_FIELDS[privateField] ?? [],
    examples: [privateField],
  })),
  {
    what: 'a reason about a person',
    matches: (fieldName, topic) => PERSON_TOPICS.includes(topic) && contains(fieldName, 'reason'),
    allowedOn: [],
    examples: ['reason', 'rejectionReason'],
  },
  {
    // Sick or parental leave is a health or family fact. A leave event needs no classification of
    // any kind, so on hr.leave.v1 any type, kind or category counts.
    what: 'a leave type',
    matches: (fieldName, topic) =>
      /leave_?type|absence_?type/i.test(fieldName) || (topic === 'hr.leave.v1' && /type|kind|category/i.test(fieldName)),
    allowedOn: [],
    examples: ['leaveType', 'type', 'absenceType'],
  },
  {
    what: 'salary or pay',
    matches: (fieldName) => /salary|compensation|pay|wage|bonus|amount|bank|iban/i.test(fieldName),
    allowedOn: [],
    examples: ['salary', 'payFrequency', 'amount', 'bankAccount'],
  },
];

// Every field name a data schema lets through, with its path (`lines[].debit`, `changes.name`),
// and the paths of records whose keys the schema does not fix (only a probe can check those).
interface DataFields {
  fields: Array<{ path: string; name: string }>;
  openRecords: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const pathTo = (path: string, name: string) => (path === '' ? name : `${path}.${name}`);

// Walks the JSON Schema zod v4 derives from a contract (as packages/events' no-pay-data test
// does): objects' properties, array items, unions, and records, whose keys are field names too.
function collectFields(node: unknown, path: string, found: DataFields): void {
  if (Array.isArray(node)) {
    for (const item of node) collectFields(item, path, found);
    return;
  }
  if (!isObject(node)) return;
  if (isObject(node.additionalProperties)) {
    const keys = node.propertyNames;
    const fixedKeys = isObject(keys) ? (Array.isArray(keys.enum) ? keys.enum : 'const' in keys ? [keys.const] : undefined) : undefined;
    if (fixedKeys === undefined) found.openRecords.push(path);
    for (const key of fixedKeys ?? []) found.fields.push({ path: pathTo(path, String(key)), name: String(key) });
  }
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === 'properties' && isObject(value)) {
      for (const [name, child] of Object.entries(value)) {
        found.fields.push({ path: pathTo(path, name), name });
        collectFields(child, pathTo(path, name), found);
      }
    } else if (keyword === 'additionalProperties') {
      collectFields(value, pathTo(path, '*'), found);
    } else if (keyword === 'items' || keyword === 'prefixItems') {
      collectFields(value, `${path}[]`, found);
    } else if (keyword !== 'propertyNames') {
      collectFields(value, path, found);
    }
  }
}

function dataFields(contract: AnyEventContract): DataFields {
  const found: DataFields = { fields: [], openRecords: [] };
  collectFields(z.toJSONSchema(contract.schema), '', found);
  return found;
}

// A record with open keys checked by sending it each name the rules refuse: the contract must
// reject every one. `withKey` builds otherwise valid data with one such key.
interface OpenRecordProbe {
  contract: AnyEventContract;
  path: string;
  withKey(key: string): Record<string, unknown>;
}

const employeeId = '0b8f5a62-4c1e-4d8a-9f3b-2a6c7e1d5b90';
const OPEN_RECORD_PROBES: readonly OpenRecordProbe[] = [
  {
    contract: hrEvents.employeeUpdated,
    path: 'changes',
    withKey: (key) => ({ employeeId, changes: { [key]: { from: null, to: 'x' } }, effectiveDate: '2025-03-01' }),
  },
];

function ruleFindings(contract: AnyEventContract, fieldName: string): PrivacyRule[] {
  return PRIVACY_RULES.filter((rule) => rule.matches(fieldName, contract.topic) && !rule.allowedOn.includes(contract.shortName));
}

// What the checker reports for one contract, one line per finding: `<type> <path>: <what>`.
function privacyFindings(contract: AnyEventContract): string[] {
  const { fields, openRecords } = dataFields(contract);
  const leaks = fields.flatMap((field) => ruleFindings(contract, field.name).map((rule) => `${contract.type} ${field.path}: ${rule.what}`));
  const unprobed = openRecords
    .filter((path) => !OPEN_RECORD_PROBES.some((probe) => probe.contract === contract && probe.path === path))
    .map((path) => `${contract.type} ${pathTo(path, '*')}: keys the schema does not fix, and no probe checks them`);
  return [...leaks, ...unprobed];
}

const baseOf = (topic: string) => topic.replace(/\.dlq$/, '');
const readOn = (topic: string, contracts: readonly AnyEventContract[]) => contracts.filter((contract) => contract.topic === baseOf(topic));
const coveredContracts = (contracts: readonly AnyEventContract[]) =>
  contracts.filter((contract) => COVERED_TOPICS.some((topic) => baseOf(topic) === contract.topic));

// A version with a newer one of the same event in the registry.
const isSuperseded = (contract: AnyEventContract) =>
  allEventContracts.some((other) => other.shortName === contract.shortName && other.version > contract.version);

// Version 1 of terminated and of the leave events carried these; version 2 dropped them. They
// stay defined only so events already written in them can be read: HR never publishes them (a
// test below checks its sources name none) and a production deployment wrote v2 from its first
// release. Pinned one by one, so a new finding, even in a superseded version, still fails.
const SUPERSEDED_FINDINGS = [
  'backoffice.hr.employee.terminated.v1 reason: a reason about a person',
  ...['requested', 'approved', 'rejected', 'cancelled', 'shortened'].map((name) => `backoffice.hr.leave.${name}.v1 leaveType: a leave type`),
  ...['rejected', 'cancelled', 'shortened'].map((name) => `backoffice.hr.leave.${name}.v1 reason: a reason about a person`),
];

describe('no private data on the HR topics analysts read', () => {
  const contracts = coveredContracts(allEventContracts);

  it('covers every HR topic but hr.compensation.v1, each with its dead-letter topic', () => {
    expect(baseTopics).toContain(NOT_FOR_ANALYSTS);
    const analystHrTopics = baseTopics.filter((topic) => topic.startsWith('hr.') && topic !== NOT_FOR_ANALYSTS);
    expect([...COVERED_TOPICS].sort()).toEqual(topicsToEnsure('', analystHrTopics).map((spec) => spec.name).sort());
    // Every covered topic carries events to check; an empty one would pass for nothing.
    expect(COVERED_TOPICS.filter((topic) => readOn(topic, contracts).length === 0)).toEqual([]);
    expect(COVERED_TOPICS).toHaveLength(analystHrTopics.length * 2);
  });

  it("checks every HR contract, all versions, except compensation's", () => {
    const hrContracts = allEventContracts.filter((contract) => contract.service === 'hr');
    expect(contracts.map((contract) => contract.type).sort()).toEqual(
      hrContracts.filter((contract) => contract.topic !== NOT_FOR_ANALYSTS).map((contract) => contract.type).sort(),
    );
    expect(contracts.filter(isSuperseded).length).toBeGreaterThan(0);
    expect(contracts.length).toBe(hrContracts.length - hrContracts.filter((contract) => contract.topic === NOT_FOR_ANALYSTS).length);
  });

  it('knows the fields GraphQL calls private: EMPLOYEE_PRIVATE_FIELDS are the Employee fields schema.graphql marks "Private."', () => {
    const schema = parse(readFileSync(join(__dirname, '..', 'src', 'schema.graphql'), 'utf8'));
    const markedPrivate = schema.definitions.flatMap((definition) =>
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === 'Employee'
        ? (definition.fields ?? []).filter((field) => field.description?.value.startsWith('Private')).map((field) => field.name.value)
        : [],
    );
    expect(markedPrivate.sort()).toEqual(Object.keys(EMPLOYEE_PRIVATE_FIELDS).sort());
    expect(markedPrivate.length).toBeGreaterThan(0);
  });

  it('finds no private field, person reason, leave type or pay in any data schema, every version and nesting level', () => {
    const walked = contracts.map((contract) => ({ type: contract.type, fields: dataFields(contract).fields.length }));
    // A schema the walker could not read would show no fields, and so no leaks.
    expect(walked.filter((contract) => contract.fields === 0)).toEqual([]);
    expect(walked).toHaveLength(contracts.length);

    const findings = contracts.flatMap(privacyFindings);
    expect(findings.filter((finding) => !SUPERSEDED_FINDINGS.includes(finding))).toEqual([]);
  });

  it('lets private data through only on superseded versions, exactly as pinned', () => {
    const superseded = contracts.filter(isSuperseded);
    expect(superseded.flatMap(privacyFindings).sort()).toEqual([...SUPERSEDED_FINDINGS].sort());
    expect(superseded.map((contract) => contract.type).sort()).toEqual([
      'backoffice.hr.employee.terminated.v1',
      'backoffice.hr.leave.approved.v1',
      'backoffice.hr.leave.cancelled.v1',
      'backoffice.hr.leave.rejected.v1',
      'backoffice.hr.leave.requested.v1',
      'backoffice.hr.leave.shortened.v1',
    ]);
  });

  it('HR publishes no superseded version: its sources name none of those contracts', () => {
    const supersededExports = Object.entries(hrEvents)
      .filter(([, value]) => contracts.some((contract) => contract === value && isSuperseded(contract)))
      .map(([exportName]) => exportName);
    expect(supersededExports).toHaveLength(contracts.filter(isSuperseded).length);

    const sourceRoot = join(__dirname, '..', 'src');
    const sources = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => ({ file, text: readFileSync(join(sourceRoot, file), 'utf8') }));
    expect(sources.length).toBeGreaterThan(5);
    const naming = sources.flatMap(({ file, text }) =>
      supersededExports.filter((exportName) => new RegExp(`\\b${exportName}\\b`).test(text)).map((exportName) => `${file}: ${exportName}`),
    );
    expect(naming).toEqual([]);
  });

  it('allows terminationDate only where it is published on purpose, and uses that allowance', () => {
    const carrying = contracts.filter((contract) => dataFields(contract).fields.some((field) => contains(field.name, 'terminationDate')));
    expect(carrying.map((contract) => contract.type).sort()).toEqual([
      'backoffice.hr.employee.terminated.v1',
      'backoffice.hr.employee.terminated.v2',
      'backoffice.hr.employee.termination-withdrawn.v1',
    ]);
    expect([...new Set(carrying.map((contract) => contract.shortName))].sort()).toEqual([...(PUBLISHED_PRIVATE_FIELDS.terminationDate ?? [])].sort());
  });

  it("agrees with the audit log's list (src/access/private-data.ts): it redacts every name these rules refuse", () => {
    const refusedNames = [...new Set(PRIVACY_RULES.flatMap((rule) => rule.examples))];
    expect(refusedNames.length).toBeGreaterThan(Object.keys(EMPLOYEE_PRIVATE_FIELDS).length);
    // A bare `type` is refused only on hr.leave.v1, whose events carry no classification at all;
    // HR's commands and audit rows name a leave type `leaveType`.
    expect(refusedNames.filter((name) => !isPrivateFieldName(name))).toEqual(['type']);
  });

  it.each(OPEN_RECORD_PROBES.map((probe) => [`${probe.contract.type} ${probe.path}`, probe] as const))(
    '%s refuses every name the rules refuse as a key',
    (_name, probe) => {
      // The probe itself builds valid data: a harmless key is accepted.
      expect(() => validateEventData(probe.contract, probe.withKey('workLocation'))).not.toThrow();
      const refusedNames = [...new Set(PRIVACY_RULES.flatMap((rule) => rule.examples))].filter(
        (name) => ruleFindings(probe.contract, name).length > 0,
      );
      expect(refusedNames.length).toBeGreaterThanOrEqual(Object.keys(EMPLOYEE_PRIVATE_FIELDS).length);
      const accepted = refusedNames.filter((name) => {
        try {
          validateEventData(probe.contract, probe.withKey(name));
          return true;
        } catch {
          return false;
        }
      });
      expect(accepted).toEqual([]);
    },
  );
});

describe('the private-data checker, on deliberately leaking copies of contracts', () => {
  const hiredWithPhone = defineEvent({
    service: 'hr',
    aggregate: 'employee',
    name: 'hired',
    version: 1,
    topic: 'hr.employee.v1',
    key: 'employeeId',
    description: 'A leaking copy.',
    data: z.strictObject({ ...hrEvents.employeeHired.schema.shape, phone: z.string() }),
    example: { ...hrEvents.employeeHired.example, phone: '+44 20 7946 0000' },
  });

  it('reports a GraphQL-private field', () => {
    expect(privacyFindings(hiredWithPhone)).toEqual(['backoffice.hr.employee.hired.v1 phone: GraphQL-private field phone']);
  });

  it('reports a leave type on leave v2', () => {
    const requestedWithLeaveType = defineEvent({
      service: 'hr',
      aggregate: 'leave',
      name: 'requested',
      version: 2,
      topic: 'hr.leave.v1',
      key: 'leaveRequestId',
      description: 'A leaking copy.',
      data: z.strictObject({ ...hrEvents.leaveRequested.schema.shape, leaveType: z.string(), absenceKind: z.string() }),
      example: { ...hrEvents.leaveRequested.example, leaveType: 'SICK', absenceKind: 'illness' },
    });
    expect(privacyFindings(requestedWithLeaveType)).toEqual([
      'backoffice.hr.leave.requested.v2 leaveType: a leave type',
      'backoffice.hr.leave.requested.v2 absenceKind: a leave type',
    ]);
  });

  it('reports a termination reason on terminated v2, and terminationReason under its own name too', () => {
    const terminatedWithReasons = defineEvent({
      service: 'hr',
      aggregate: 'employee',
      name: 'terminated',
      version: 2,
      topic: 'hr.employee.v1',
      key: 'employeeId',
      description: 'A leaking copy.',
      data: z.strictObject({ ...hrEvents.employeeTerminated.schema.shape, reason: z.string(), terminationReason: z.string() }),
      example: { ...hrEvents.employeeTerminated.example, reason: 'moving', terminationReason: 'moving' },
    });
    expect(privacyFindings(terminatedWithReasons)).toEqual([
      'backoffice.hr.employee.terminated.v2 reason: a reason about a person',
      'backoffice.hr.employee.terminated.v2 terminationReason: GraphQL-private field terminationReason',
      'backoffice.hr.employee.terminated.v2 terminationReason: a reason about a person',
    ]);
  });

  it('reports terminationDate on an event it is not allowed on', () => {
    const transferredWithLastDay = defineEvent({
      service: 'hr',
      aggregate: 'employee',
      name: 'transferred',
      version: 1,
      topic: 'hr.employee.v1',
      key: 'employeeId',
      description: 'A leaking copy.',
      data: z.strictObject({ ...hrEvents.employeeTransferred.schema.shape, terminationDate: z.string() }),
      example: { ...hrEvents.employeeTransferred.example, terminationDate: '2026-12-31' },
    });
    expect(privacyFindings(transferredWithLastDay)).toEqual([
      'backoffice.hr.employee.transferred.v1 terminationDate: GraphQL-private field terminationDate',
    ]);
  });

  it('reports fields nested in arrays and objects, and the fixed keys of records', () => {
    const nested = defineEvent({
      service: 'hr',
      aggregate: 'department',
      name: 'updated',
      version: 1,
      topic: 'hr.department.v1',
      key: 'departmentId',
      description: 'A leaking copy.',
      data: z.strictObject({
        departmentId: z.uuid(),
        members: z.array(z.strictObject({ employeeId: z.uuid(), contact: z.strictObject({ privatePhone: z.string() }) })),
        changes: z.partialRecord(z.enum(['name', 'salaryBand']), z.strictObject({ from: z.string(), to: z.string() })),
      }),
      example: { departmentId: '5f0c2d3e-7a41-4b6e-8c9d-1e2f3a4b5c6d', members: [], changes: {} },
    });
    expect(privacyFindings(nested)).toEqual([
      'backoffice.hr.department.updated.v1 members[].contact.privatePhone: GraphQL-private field phone',
      'backoffice.hr.department.updated.v1 changes.salaryBand: GraphQL-private field salary',
      'backoffice.hr.department.updated.v1 changes.salaryBand: salary or pay',
    ]);
  });

  it('reports a record whose keys no schema or probe restricts', () => {
    const updatedWithOpenKeys = defineEvent({
      service: 'hr',
      aggregate: 'employee',
      name: 'updated',
      version: 1,
      topic: 'hr.employee.v1',
      key: 'employeeId',
      description: 'A leaking copy.',
      data: z.strictObject({ employeeId: z.uuid(), changes: z.record(z.string(), z.strictObject({ from: z.string(), to: z.string() })) }),
      example: { employeeId: '0b8f5a62-4c1e-4d8a-9f3b-2a6c7e1d5b90', changes: {} },
    });
    expect(privacyFindings(updatedWithOpenKeys)).toEqual([
      'backoffice.hr.employee.updated.v1 changes.*: keys the schema does not fix, and no probe checks them',
    ]);
  });

  it('fails the check over the covered topics when one leaking copy replaces its contract', () => {
    const withLeak = allEventContracts.map((contract) => (contract === hrEvents.employeeHired ? hiredWithPhone : contract));
    const findings = coveredContracts(withLeak).flatMap(privacyFindings);
    expect(findings.filter((finding) => !SUPERSEDED_FINDINGS.includes(finding))).toEqual([
      'backoffice.hr.employee.hired.v1 phone: GraphQL-private field phone',
    ]);
  });

  it('every rule catches each of its examples on a person topic', () => {
    const missed = PRIVACY_RULES.flatMap((rule) =>
      rule.examples.filter((name) => !rule.matches(name, 'hr.leave.v1')).map((name) => `${rule.what}: ${name}`),
    );
    expect(missed).toEqual([]);
    expect(PRIVACY_RULES).toHaveLength(Object.keys(EMPLOYEE_PRIVATE_FIELDS).length + 3);
  });
});
