import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { fixedAssetCharged, payrollEmployeeIncluded } from '@backoffice/events/accounting-events';
import { createEventEnvelope, type AnyEventContract, type EventDataOf } from '@backoffice/events/contract';
import { accessOffboarded, accessOnboarded, assetUnrecovered, equipmentNotNeeded, ticketResolved } from '@backoffice/events/it-events';
import { accountingReactionFailed, itReactionFailed } from '@backoffice/events/reaction-events';
import { parseEventEnvelope } from '@backoffice/events/registry';
import { topicName } from '@backoffice/events/topics';
import type { Principal } from '@backoffice/platform/identity';
import { createKafkaClient } from '@backoffice/platform/kafka';
import { identityHeaders, postGraphQL } from '@backoffice/testkit/graphql-client';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { requiredEnv, testEnvironment } from '@backoffice/testkit/isolation';
import { asEmployee, codeOf, hrAdmin, problemFields, startHrForTest, today, type HrForTest } from './support/hr-test-harness';

jest.setTimeout(90_000);

// HR's processes: an onboarding opened by the hire, an offboarding by the termination, each step
// moved only by its department's events (produced here to real Kafka, as IT and accounting would),
// a dead-lettered reaction showing FAILED, and a retry request published for its owner.

const manager: Principal = { employeeId: '00000000-0000-4000-8000-00000000b001', roles: ['MANAGER'] };
const itStaff: Principal = { employeeId: '00000000-0000-4000-8000-00000000b002', roles: ['IT'] };
const accounting: Principal = { employeeId: '00000000-0000-4000-8000-00000000b003', roles: ['ACCOUNTING'] };

const WORKFLOW = `id kind status anchorDate correlationId overdue version completedAt cancelledAt
  steps { step department status dueOn doneAt retriedAt failure { consumer reason eventType failedAt } }`;

type Step = { step: string; department: string; status: string; dueOn: string; doneAt: string | null; retriedAt: string | null; failure: { consumer: string; reason: string; eventType: string | null } | null };
type Workflow = { id: string; kind: string; status: string; anchorDate: string; correlationId: string; overdue: boolean; version: number; completedAt: string | null; cancelledAt: string | null; steps: Step[] };

describe('onboarding and offboarding', () => {
  const env = testEnvironment();
  const prefix = env.KAFKA_PREFIX!;
  let hr: HrForTest;
  let producer: Producer;
  let departmentId: string;
  let headId: string;

  beforeAll(async () => {
    hr = await startHrForTest(env);
    producer = createKafkaClient({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: 'workflows-test', logger: hr.logger }).producer({ allowAutoTopicCreation: false });
    await producer.connect();
    departmentId = await hr.createDepartment('WFL', { name: 'Workflows' });
    // A head at the top, so people who report to them have no NO_MANAGER issue.
    headId = await hr.hire({ departmentId, phone: '+44 20 7946 0100', emergencyContact: { name: 'Kim', relationship: 'Partner', phone: '+44 7700 900100' } });
    const { department } = await hr.ok<{ department: { version: number } }>(`query D($id: ID!) { department(id: $id) { version } }`, { id: departmentId });
    await hr.ok(`mutation U($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`, { id: departmentId, input: { version: department.version, headId } });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await hr?.stop();
  });

  // As the owning department's service would publish it (validated by its contract).
  async function publish<C extends AnyEventContract>(contract: C, data: EventDataOf<C>, extra: { correlationid?: string } = {}) {
    const envelope = createEventEnvelope(contract, { data, sequence: 1, actor: 'system', correlationid: extra.correlationid ?? randomUUID() });
    await producer.send({ topic: topicName(contract.topic, prefix), acks: -1, messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }] });
    return envelope;
  }

  const onboardingOf = async (employeeId: string, as: Principal = manager) =>
    (await hr.ok<{ employee: { onboarding: Workflow | null } }>(`query E($id: ID!) { employee(id: $id) { onboarding { ${WORKFLOW} } } }`, { id: employeeId }, as)).employee.onboarding!;
  const offboardingOf = async (employeeId: string) =>
    (await hr.ok<{ employee: { offboarding: Workflow | null } }>(`query E($id: ID!) { employee(id: $id) { offboarding { ${WORKFLOW} } } }`, { id: employeeId }, manager)).employee.offboarding;
  const stepOf = (workflow: Workflow, step: string) => workflow.steps.find((candidate) => candidate.step === step)!;
  const untilStep = (read: () => Promise<Workflow | null>, step: string, status: string) =>
    eventually(async () => {
      const workflow = await read();
      return workflow && stepOf(workflow, step).status === status ? workflow : undefined;
    }, 30_000);
  const outboxOf = async (type: string, key: string) =>
    ((await hr.dataSource.query(`SELECT envelope FROM outbox_events WHERE event_type = $1 AND message_key = $2 ORDER BY id`, [type, key])) as Array<{ envelope: unknown }>).map((row) =>
      parseEventEnvelope(row.envelope),
    );
  const hiredEventId = async (employeeId: string) =>
    ((await hr.dataSource.query(`SELECT event_id FROM outbox_events WHERE event_type = 'backoffice.hr.employee.hired.v1' AND message_key = $1`, [employeeId])) as Array<{ event_id: string }>)[0]!.event_id;

  it('a hire opens an onboarding whose steps turn DONE only by each department’s event, then it completes', async () => {
    const joiner = await hr.hire({ departmentId, managerId: headId, startDate: '2026-07-01' });
    const opened = await onboardingOf(joiner);
    expect(opened).toMatchObject({ kind: 'ONBOARDING', status: 'IN_PROGRESS', anchorDate: '2026-07-01', overdue: false });
    expect(opened.steps.map(({ step, department, status, dueOn }) => ({ step, department, status, dueOn }))).toEqual([
      // No phone and no emergency contact yet: recordIssues lists them.
      { step: 'HR_RECORD', department: 'HR', status: 'PENDING', dueOn: '2026-07-01' },
      { step: 'ACCESS', department: 'IT', status: 'PENDING', dueOn: '2026-07-01' },
      { step: 'EQUIPMENT', department: 'IT', status: 'PENDING', dueOn: '2026-07-01' },
      { step: 'FIRST_PAYROLL', department: 'ACCOUNTING', status: 'PENDING', dueOn: '2026-08-07' },
    ]);
    const [openedEvent] = await outboxOf('backoffice.hr.workflow.opened.v1', opened.id);
    expect(openedEvent!.data).toMatchObject({ workflowId: opened.id, employeeId: joiner, kind: 'ONBOARDING', anchorDate: '2026-07-01' });

    // HR's own step: fixing the record (hr.employee.updated) completes it.
    await hr.ok(`mutation U($id: ID!, $input: UpdateEmployeeInput!) { updateEmployee(id: $id, input: $input) { id } }`, {
      id: joiner,
      input: { version: opened.version ? (await hr.ok<{ employee: { version: number } }>(`query V($id: ID!) { employee(id: $id) { version } }`, { id: joiner })).employee.version : 1, phone: '+44 20 7946 0101', emergencyContact: { name: 'Sam', relationship: 'Sibling', phone: '+44 7700 900101' } },
    });
    await untilStep(() => onboardingOf(joiner), 'HR_RECORD', 'DONE');

    await publish(accessOnboarded, { employeeId: joiner, startDate: '2026-07-01', systems: ['email', 'sso'] });
    await untilStep(() => onboardingOf(joiner), 'ACCESS', 'DONE');
    // A cancelled kit ticket does not count; a resolved one does.
    await publish(ticketResolved, { ticketId: randomUUID(), number: 'TCK-000901', kind: 'EQUIPMENT', employeeId: joiner, resolvedBy: 'system', resolution: 'CANCELLED', firstResponseMinutes: 0, resolutionMinutes: 0, breached: false });
    await publish(ticketResolved, { ticketId: randomUUID(), number: 'TCK-000902', kind: 'EQUIPMENT', employeeId: joiner, resolvedBy: itStaff.employeeId!, resolution: 'FULFILLED', firstResponseMinutes: 5, resolutionMinutes: 60, breached: false });
    await untilStep(() => onboardingOf(joiner), 'EQUIPMENT', 'DONE');
    expect(stepOf(await onboardingOf(joiner), 'FIRST_PAYROLL').status).toBe('PENDING');

    const included = await publish(payrollEmployeeIncluded, { runId: randomUUID(), employeeId: joiner, period: '2026-07', kind: 'REGULAR', isFinal: false });
    const done = await eventually(async () => {
      const workflow = await onboardingOf(joiner);
      return workflow.status === 'COMPLETED' ? workflow : undefined;
    }, 30_000);
    expect(done.steps.every((step) => step.status === 'DONE' && step.doneAt)).toBe(true);
    const [completed] = await outboxOf('backoffice.hr.workflow.completed.v1', done.id);
    // The completion is a reaction to accounting's event: its causation names it.
    expect(completed).toMatchObject({ causationid: included.id, correlationid: included.correlationid, data: { workflowId: done.id, kind: 'ONBOARDING', employeeId: joiner } });
    expect((await outboxOf('backoffice.hr.workflow.step-changed.v1', done.id)).map((event) => (event.data as { step: string }).step)).toEqual(['HR_RECORD', 'ACCESS', 'EQUIPMENT', 'FIRST_PAYROLL']);

    // A redelivered department event changes nothing.
    const version = done.version;
    await publish(accessOnboarded, { employeeId: joiner, startDate: '2026-07-01', systems: ['email'] });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await onboardingOf(joiner)).version).toBe(version);
  });

  it('a dead-lettered reaction shows its step FAILED with the reason; MANAGER or the department retries it once, others are refused', async () => {
    const joiner = await hr.hire({ departmentId, managerId: headId, startDate: '2026-07-01' });
    const hiredId = await hiredEventId(joiner);
    const failureId = randomUUID();
    await publish(itReactionFailed, {
      failureId,
      consumer: 'it.access-lifecycle',
      eventId: hiredId,
      eventType: 'backoffice.hr.employee.hired.v1',
      topic: 'hr.employee.v1',
      partition: 3,
      offset: '17',
      correlationId: null,
      reason: 'QueryFailedError',
    });
    const failed = await untilStep(() => onboardingOf(joiner), 'ACCESS', 'FAILED');
    expect(stepOf(failed, 'ACCESS').failure).toMatchObject({ consumer: 'it.access-lifecycle', reason: 'QueryFailedError', eventType: 'backoffice.hr.employee.hired.v1' });
    const listed = await hr.ok<{ workflows: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
      `query { workflows(filter: { stepStatus: FAILED, kind: ONBOARDING }) { totalCount edges { node { id } } } }`,
      {},
      manager,
    );
    expect(listed.workflows.edges.map((edge) => edge.node.id)).toContain(failed.id);

    const RETRY = `mutation R($id: ID!, $step: WorkflowStepName!) { retryWorkflowStep(workflowId: $id, step: $step) { id steps { step status retriedAt } } }`;
    // ACCOUNTING does not own ACCESS; an employee owns nothing.
    expect(codeOf(await hr.call(RETRY, { id: failed.id, step: 'ACCESS' }, accounting))).toBe('FORBIDDEN');
    expect(codeOf(await hr.call(RETRY, { id: failed.id, step: 'ACCESS' }, asEmployee(joiner)))).toBe('FORBIDDEN');
    // Only a failed step is retried.
    expect(codeOf(await hr.call(RETRY, { id: failed.id, step: 'EQUIPMENT' }, manager))).toBe('CONFLICT');
    expect(codeOf(await hr.call(RETRY, { id: failed.id, step: 'FINAL_PAY' }, manager))).toBe('CONFLICT');
    expect(codeOf(await hr.call(RETRY, { id: randomUUID(), step: 'ACCESS' }, manager))).toBe('NOT_FOUND');

    // Two retries at once (IT twice): one wins, the other is told the step is no longer failed.
    const [first, second] = await Promise.all([hr.call(RETRY, { id: failed.id, step: 'ACCESS' }, itStaff), hr.call(RETRY, { id: failed.id, step: 'ACCESS' }, itStaff)]);
    expect([first, second].map((response) => codeOf(response) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const retried = await onboardingOf(joiner);
    expect(stepOf(retried, 'ACCESS')).toMatchObject({ status: 'PENDING', failure: { reason: 'QueryFailedError' } });
    expect(stepOf(retried, 'ACCESS').retriedAt).not.toBeNull();
    const requests = await outboxOf('backoffice.hr.workflow.step-retry-requested.v1', failed.id);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.data).toMatchObject({ workflowId: failed.id, step: 'ACCESS', consumer: 'it.access-lifecycle', topic: 'hr.employee.v1', partition: 3, offset: '17', eventId: hiredId, failureId });

    // The retried reaction succeeds: IT's event completes the step.
    await publish(accessOnboarded, { employeeId: joiner, startDate: '2026-07-01', systems: ['email'] });
    await untilStep(() => onboardingOf(joiner), 'ACCESS', 'DONE');
  });

  it('a failure on another event of the request marks the one process of that request, and none when the request opened several', async () => {
    const hireWith = async (correlationId: string) => {
      const signed = identityHeaders(hrAdmin, 'hr');
      const response = await postGraphQL<{ hireEmployee: { id: string } }>(hr.url, `mutation H($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, { input: hr.hireInput({ departmentId, managerId: headId, startDate: '2026-07-01' }) }, (request) => ({
        ...(typeof signed === 'function' ? signed(request) : signed),
        'x-correlation-id': correlationId,
      }));
      expect(response.errors).toBeUndefined();
      return response.data!.hireEmployee.id;
    };
    const payEventOf = async (employeeId: string) =>
      ((await hr.dataSource.query(`SELECT event_id FROM outbox_events WHERE event_type = 'backoffice.hr.compensation.changed.v1' AND message_key = $1`, [employeeId])) as Array<{ event_id: string }>)[0]!.event_id;
    const failPayroll = (eventId: string, correlationId: string) =>
      publish(accountingReactionFailed, { failureId: randomUUID(), consumer: 'accounting.workforce', eventId, eventType: 'backoffice.hr.compensation.changed.v1', topic: 'hr.compensation.v1', partition: 0, offset: '5', correlationId, reason: 'PermanentEventError' });

    const solo = `solo-${randomUUID().slice(0, 8)}`;
    const alone = await hireWith(solo);
    await failPayroll(await payEventOf(alone), solo);
    expect(stepOf(await untilStep(() => onboardingOf(alone), 'FIRST_PAYROLL', 'FAILED'), 'FIRST_PAYROLL').failure).toMatchObject({ consumer: 'accounting.workforce', reason: 'PermanentEventError' });

    const batch = `batch-${randomUUID().slice(0, 8)}`;
    const [first, second] = [await hireWith(batch), await hireWith(batch)];
    const failure = await failPayroll(await payEventOf(first), batch);
    await eventually(async () => ((await hr.dataSource.query(`SELECT 1 FROM inbox_events WHERE consumer = 'hr.workflows' AND event_id = $1`, [failure.id])) as unknown[]).length > 0, 30_000);
    for (const person of [first, second]) expect(stepOf(await onboardingOf(person), 'FIRST_PAYROLL').status).toBe('PENDING');
  });

  it('a termination opens an offboarding; kept equipment completes ASSETS only once accounting charged every unrecovered asset', async () => {
    await hr.ok(`mutation P($input: OffboardingPolicyInput!) { setOffboardingPolicy(input: $input) { unreturnedAfterDays } }`, { input: { unreturnedAfterDays: 14, treatment: 'RECEIVABLE' } }, manager);
    const leaver = await hr.hire({ departmentId, managerId: headId, startDate: '2026-01-05' });
    await hr.ok(`mutation T($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { id } }`, { id: leaver, input: { terminationDate: '2026-06-30', reason: 'RESIGNATION' } });
    const opened = (await offboardingOf(leaver))!;
    expect(opened.steps.map(({ step, status, dueOn }) => ({ step, status, dueOn }))).toEqual([
      { step: 'ACCESS_REVOKED', status: 'PENDING', dueOn: '2026-07-01' },
      // The policy's 14 days after the last day, then charged.
      { step: 'ASSETS', status: 'PENDING', dueOn: '2026-07-15' },
      { step: 'FINAL_PAY', status: 'PENDING', dueOn: '2026-07-07' },
    ]);

    const [laptop, phone] = [randomUUID(), randomUUID()];
    await publish(accessOffboarded, { employeeId: leaver, lastDay: '2026-06-30', accountsRevoked: 3, seatsReleased: 1 });
    // Out of order: a charge before IT's notice of the other asset.
    await publish(assetUnrecovered, { assetId: laptop, tag: 'AST-000901', category: 'LAPTOP', employeeId: leaver, lastDay: '2026-06-30', unrecoveredOn: '2026-07-15', assetsUnrecovered: 2 });
    await publish(fixedAssetCharged, { assetId: laptop, tag: 'AST-000901', category: 'LAPTOP', employeeId: leaver, treatment: 'RECEIVABLE', chargedOn: '2026-07-15', journalEntryId: randomUUID() });
    await untilStep(async () => offboardingOf(leaver), 'ACCESS_REVOKED', 'DONE');
    await eventually(async () => ((await hr.dataSource.query(`SELECT 1 FROM workflow_steps WHERE workflow_id = $1 AND step = 'ASSETS' AND cardinality(charged_asset_ids) = 1`, [opened.id])) as unknown[]).length > 0, 30_000);
    expect(stepOf((await offboardingOf(leaver))!, 'ASSETS').status).toBe('PENDING');
    await publish(fixedAssetCharged, { assetId: phone, tag: 'AST-000902', category: 'PHONE', employeeId: leaver, treatment: 'RECEIVABLE', chargedOn: '2026-07-15', journalEntryId: null });
    await publish(assetUnrecovered, { assetId: phone, tag: 'AST-000902', category: 'PHONE', employeeId: leaver, lastDay: '2026-06-30', unrecoveredOn: '2026-07-15', assetsUnrecovered: 2 });
    await untilStep(async () => offboardingOf(leaver), 'ASSETS', 'DONE');

    await publish(payrollEmployeeIncluded, { runId: randomUUID(), employeeId: leaver, period: '2026-06', kind: 'REGULAR', isFinal: true });
    const completed = await eventually(async () => {
      const workflow = await offboardingOf(leaver);
      return workflow?.status === 'COMPLETED' ? workflow : undefined;
    }, 30_000);
    expect(completed.steps.every((step) => step.status === 'DONE')).toBe(true);
  });

  it('a leaver with nothing to give back completes ASSETS from IT’s notice; a withdrawn termination cancels the offboarding', async () => {
    const leaver = await hr.hire({ departmentId, managerId: headId, startDate: '2026-01-05' });
    await hr.ok(`mutation T($id: ID!, $input: TerminateEmployeeInput!) { terminateEmployee(id: $id, input: $input) { id } }`, { id: leaver, input: { terminationDate: '2026-07-31', reason: 'RESIGNATION' } });
    await publish(equipmentNotNeeded, { employeeId: leaver, reason: 'NOTHING_HELD', on: '2026-07-31' });
    await untilStep(async () => offboardingOf(leaver), 'ASSETS', 'DONE');
    await hr.ok(`mutation W($id: ID!, $reason: String!) { withdrawTermination(id: $id, reason: $reason) { employee { id } } }`, { id: leaver, reason: 'Stays' });
    const cancelled = (await offboardingOf(leaver))!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.cancelledAt).not.toBeNull();
    // A cancelled process is nobody's overdue work.
    expect(cancelled.overdue).toBe(false);
    expect((await outboxOf('backoffice.hr.workflow.cancelled.v1', cancelled.id))).toHaveLength(1);
  });

  it('shows a step past its due date as OVERDUE, and filters by overdue, kind and department', async () => {
    // Started before today (the test clock's), nothing done yet.
    const late = await hr.hire({ departmentId, managerId: headId, startDate: '2026-06-01' });
    const workflow = await onboardingOf(late);
    expect(workflow.overdue).toBe(true);
    expect(stepOf(workflow, 'ACCESS').status).toBe('OVERDUE');
    // First payroll is due 7 July: not late yet on the test clock's day.
    expect(today < '2026-07-07').toBe(true);
    expect(stepOf(workflow, 'FIRST_PAYROLL').status).toBe('PENDING');
    const overdue = await hr.ok<{ workflows: { edges: Array<{ node: { id: string } }> } }>(
      `query W($departmentId: ID) { workflows(filter: { overdue: true, kind: ONBOARDING, departmentId: $departmentId }, first: 100) { edges { node { id } } } }`,
      { departmentId },
      manager,
    );
    expect(overdue.workflows.edges.map((edge) => edge.node.id)).toContain(workflow.id);
    const elsewhere = await hr.ok<{ workflows: { totalCount: number } }>(`query W($departmentId: ID) { workflows(filter: { departmentId: $departmentId }) { totalCount } }`, { departmentId: randomUUID() }, manager);
    expect(elsewhere.workflows.totalCount).toBe(0);
    const bad = await hr.call(`query { workflows(filter: { departmentId: "nope" }) { totalCount } }`, {}, manager);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(problemFields(bad)).toEqual(['filter.departmentId']);
  });

  it('lets the person see their own process, not someone else’s, and keeps the list to the departments', async () => {
    const joiner = await hr.hire({ departmentId, managerId: headId, startDate: '2026-07-01' });
    const other = await hr.hire({ departmentId, managerId: headId, startDate: '2026-07-01' });
    expect((await onboardingOf(joiner, asEmployee(joiner))).kind).toBe('ONBOARDING');
    const refused = await hr.call(`query E($id: ID!) { employee(id: $id) { onboarding { id } } }`, { id: joiner }, asEmployee(other));
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(codeOf(await hr.call(`query { workflows { totalCount } }`, {}, asEmployee(joiner)))).toBe('FORBIDDEN');
    for (const role of [itStaff, accounting, manager]) expect((await hr.ok<{ workflows: { totalCount: number } }>(`query { workflows { totalCount } }`, {}, role)).workflows.totalCount).toBeGreaterThan(0);
  });

  it('sets the offboarding policy as MANAGER only, refuses a bad one writing nothing, and publishes it', async () => {
    const SET = `mutation P($input: OffboardingPolicyInput!) { setOffboardingPolicy(input: $input) { unreturnedAfterDays treatment version changedBy } }`;
    expect(codeOf(await hr.call(SET, { input: { unreturnedAfterDays: 30, treatment: 'WRITE_OFF' } }))).toBe('FORBIDDEN');
    const before = await hr.rowCounts(['offboarding_policy', 'outbox_events']);
    const bad = await hr.call(SET, { input: { unreturnedAfterDays: 400, treatment: 'WRITE_OFF' } }, manager);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(problemFields(bad)).toEqual(['input.unreturnedAfterDays']);
    expect(await hr.rowCounts(['offboarding_policy', 'outbox_events'])).toEqual(before);
    const set = (await hr.ok<{ setOffboardingPolicy: { unreturnedAfterDays: number; treatment: string; changedBy: string } }>(SET, { input: { unreturnedAfterDays: 30, treatment: 'WRITE_OFF' } }, manager)).setOffboardingPolicy;
    expect(set).toMatchObject({ unreturnedAfterDays: 30, treatment: 'WRITE_OFF', changedBy: manager.employeeId });
    const events = await outboxOf('backoffice.hr.offboarding.policy-changed.v1', 'offboarding');
    expect(events.at(-1)!.data).toEqual({ policy: 'offboarding', unreturnedAfterDays: 30, treatment: 'WRITE_OFF' });
    expect((await hr.ok<{ offboardingPolicy: { treatment: string } }>(`query { offboardingPolicy { treatment } }`, {}, itStaff)).offboardingPolicy.treatment).toBe('WRITE_OFF');
  });

  it('lists what one request published in HR for MANAGER, with causation for reactions, and refuses anyone else', async () => {
    const correlationId = `cor-${randomUUID()}`;
    const joiner = await hr.hire({ departmentId, managerId: headId, startDate: '2026-07-01' });
    const [hired] = await outboxOf('backoffice.hr.employee.hired.v1', joiner);
    const accessDone = await publish(accessOnboarded, { employeeId: joiner, startDate: '2026-07-01', systems: ['email'] }, { correlationid: hired!.correlationid });
    await untilStep(() => onboardingOf(joiner), 'ACCESS', 'DONE');
    const QUERY = `query C($id: String!) { correlatedEvents(correlationId: $id) { id hrEvents { id type topic subject sequence actor causationId time publishedAt } } }`;
    const chain = (await hr.ok<{ correlatedEvents: { id: string; hrEvents: Array<{ type: string; causationId: string | null; subject: string }> } }>(QUERY, { id: hired!.correlationid }, manager)).correlatedEvents;
    expect(chain.id).toBe(hired!.correlationid);
    const types = chain.hrEvents.map((event) => event.type);
    expect(types.slice(0, 3)).toEqual(['backoffice.hr.employee.hired.v1', 'backoffice.hr.workflow.opened.v1', 'backoffice.hr.compensation.changed.v1']);
    expect(chain.hrEvents.filter((event) => event.causationId === null)).toHaveLength(3);
    expect(chain.hrEvents.find((event) => event.type === 'backoffice.hr.workflow.step-changed.v1')).toMatchObject({ causationId: accessDone.id });
    expect(codeOf(await hr.call(QUERY, { id: correlationId }))).toBe('FORBIDDEN');
    expect((await hr.ok<{ correlatedEvents: { hrEvents: unknown[] } }>(QUERY, { id: correlationId }, manager)).correlatedEvents.hrEvents).toEqual([]);
    const bad = await hr.call(QUERY, { id: 'not one; DROP' }, manager);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(problemFields(bad)).toEqual(['correlationId']);
  });
});
