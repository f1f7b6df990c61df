import { randomUUID } from 'node:crypto';
import { parseEventEnvelope } from '@backoffice/events/registry';
import { eventually, KafkaObserver } from '@backoffice/testkit/kafka-observer';
import { Kafka, logLevel } from 'kafkajs';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import { asCaller, createDepartment, hireEmployee, newHires, type HiredEmployee } from '../src/graph';
import { startStack, type Stack } from '../src/stack';
import { bearer } from '../src/tokens';

jest.setTimeout(120_000);

type EmployeeView = {
  firstName: string;
  email: string;
  salary: { amount: string; currency: string } | null;
  department: { name: string; budget: { fiscalYear: number } | null };
  accounts: Array<{ system: string; status: string; activeFrom: string }>;
};

const employeeQuery = `query Employee($id: ID!) {
  employee(id: $id) {
    firstName email salary { amount currency }
    department { name budget { fiscalYear } }
    accounts { system status activeFrom }
  }
}`;

// The systems IT's catalogue gives everyone: every hire gets an account on each.
const forEveryone = ['chat', 'email', 'sso'];
const DAY_MS = 86_400_000;

describe('hiring through the gateway', () => {
  let stack: Stack;
  let managerToken: string;
  let departmentId: Promise<string> | undefined;
  let ada: Promise<HiredEmployee> | undefined;

  beforeAll(async () => {
    stack = await startStack();
    managerToken = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  // Each test may run alone: the department and the first hire are made once, on first use.
  const engineering = () => (departmentId ??= createDepartment(stack.gatewayUrl, managerToken, 'ENG', 'Engineering'));
  const hireAda = () =>
    (ada ??= engineering().then((departmentId) => hireEmployee(stack.gatewayUrl, managerToken, { ...newHires.ada, departmentId })));

  const viewEmployee = async (id: string) => {
    const response = await asCaller<{ employee: EmployeeView | null }>(stack.gatewayUrl, managerToken, employeeQuery, { id });
    if (response.errors) throw new Error(`employee query failed: ${JSON.stringify(response.errors)}\n${serviceLogs()}`);
    return response.data!.employee!;
  };

  const serviceLogs = () => (['gateway', 'hr', 'it'] as const).map((name) => `--- ${name} ---\n${stack.logs(name)}`).join('\n');

  const emailAccounts = (view: EmployeeView) => view.accounts.filter((account) => account.system === 'email').map(({ system, status }) => ({ system, status }));
  const bySystem = (view: EmployeeView) => [...view.accounts].sort((a, b) => a.system.localeCompare(b.system));

  const provisioned = (id: string) =>
    eventually(async () => {
      const view = await viewEmployee(id);
      return view.accounts.some((account) => account.system === 'email' && account.status === 'ACTIVE') ? view : undefined;
    }, 30_000).catch((error: Error) => {
      throw new Error(`${error.message}: no active email account for ${id}\n${serviceLogs()}`);
    });

  it("one gateway query returns an employee's HR fields with their IT accounts and a department with its budget", async () => {
    const hired = await hireAda();
    const view = await provisioned(hired.id);
    expect({ ...view, accounts: bySystem(view) }).toEqual({
      firstName: 'Ada',
      email: 'ada@example.com',
      salary: { amount: '72000.00', currency: 'EUR' },
      department: { name: 'Engineering', budget: null },
      // She started on 2026-01-05 (graph.ts): her accounts are active, from that day.
      accounts: forEveryone.map((system) => ({ system, status: 'ACTIVE', activeFrom: '2026-01-05' })),
    });
  });

  it('a hire starting in a month has the accounts for everyone prepared, SCHEDULED from their start date', async () => {
    // Thirty days from now is a later date than today in any company time zone.
    const startDate = new Date(Date.now() + 30 * DAY_MS).toISOString().slice(0, 10);
    const hired = await asCaller<{ hireEmployee: { id: string } }>(stack.gatewayUrl, managerToken, `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`, {
      input: { firstName: 'Linus', lastName: 'Starter', email: 'linus@example.com', title: 'Engineer', departmentId: await engineering(), startDate, salary: { amount: '64000.00', currency: 'EUR' } },
    });
    expect(hired.errors).toBeUndefined();
    const id = hired.data!.hireEmployee.id;
    const view = await eventually(async () => {
      const seen = await viewEmployee(id);
      return seen.accounts.length === forEveryone.length ? seen : undefined;
    }, 30_000).catch((error: Error) => {
      throw new Error(`${error.message}: no scheduled accounts for ${id}\n${serviceLogs()}`);
    });
    expect(bySystem(view)).toEqual(forEveryone.map((system) => ({ system, status: 'SCHEDULED', activeFrom: startDate })));
  });

  it('the hire event on Kafka validates against its schema and carries no salary', async () => {
    const hired = await hireAda();
    const observer = new KafkaObserver(stack.env.KAFKA_BROKERS!.split(','));
    try {
      await observer.start([`${stack.env.KAFKA_PREFIX}hr.employee.v1`]);
      const messages = await observer.waitFor((seen) => seen.some((message) => message.key === hired.id));
      const message = messages.find((seen) => seen.key === hired.id)!;
      const envelope = parseEventEnvelope(message.value);
      expect(envelope.type).toBe('backoffice.hr.employee.hired.v1');
      expect(envelope.data).toMatchObject({ employeeId: hired.id, email: 'ada@example.com', departmentId: await engineering() });
      expect(message.value).not.toContain('72000');
      expect(message.value).not.toMatch(/salary|compensation/i);
    } finally {
      await observer.stop();
    }
  });

  it("a client's trace is carried into the hire's events and into IT's reaction to it", async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const traceparent = `00-${traceId}-b7ad6b7169203331-01`;
    const observer = new KafkaObserver(stack.env.KAFKA_BROKERS!.split(','));
    try {
      await observer.start([`${stack.env.KAFKA_PREFIX}hr.employee.v1`, `${stack.env.KAFKA_PREFIX}it.access.v1`]);
      const response = await postGraphQL<{ hireEmployee: { id: string } }>(
        stack.gatewayUrl,
        `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id } }`,
        { input: { firstName: 'Tracy', lastName: 'Parent', email: 'tracy@example.com', title: 'Engineer', departmentId: await engineering(), startDate: '2026-01-05', salary: { amount: '50000.00', currency: 'EUR' } } },
        { ...bearer(managerToken), traceparent },
      );
      expect(response.errors).toBeUndefined();
      const id = response.data!.hireEmployee.id;
      const messages = await observer.waitFor((seen) => seen.some((m) => m.key === id && m.topic.endsWith('hr.employee.v1')) && seen.some((m) => m.topic.endsWith('it.access.v1') && m.value.includes(id)));
      const hired = parseEventEnvelope(messages.find((m) => m.key === id && m.topic.endsWith('hr.employee.v1'))!.value);
      const granted = parseEventEnvelope(messages.find((m) => m.topic.endsWith('it.access.v1') && m.value.includes(id))!.value);
      // The same trace; the gateway's own span as the parent.
      expect(hired.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
      expect(hired.traceparent).not.toBe(traceparent);
      expect(granted.traceparent).toBe(hired.traceparent);
      expect(granted.correlationid).toBe(hired.correlationid);
    } finally {
      await observer.stop();
    }
  });

  it('restarting IT changes nothing', async () => {
    const hired = await hireAda();
    await provisioned(hired.id);

    const before = await consumerGroup(stack, 'it.access-lifecycle', 'hr.employee.v1', () => true);
    await stack.restart('it');
    // The restarted consumer, not a stale member of the old process, has joined and caught up.
    await consumerGroup(stack, 'it.access-lifecycle', 'hr.employee.v1', (members) => members.every((id) => !before.includes(id)));

    const view = await viewEmployee(hired.id);
    expect(emailAccounts(view)).toEqual([{ system: 'email', status: 'ACTIVE' }]);

    // The restarted IT still provisions: a later hire gets its account, and Ada still has one.
    const grace = await hireEmployee(stack.gatewayUrl, managerToken, { ...newHires.grace, departmentId: await engineering() });
    await provisioned(grace.id);
    expect(emailAccounts(await viewEmployee(hired.id))).toHaveLength(1);
  });
});

// Waits until the consumer group is stable with members that satisfy `acceptMembers` and has
// committed every message on the topic; returns the member ids.
async function consumerGroup(stack: Stack, consumer: string, topic: string, acceptMembers: (memberIds: string[]) => boolean): Promise<string[]> {
  const kafka = new Kafka({ clientId: 'e2e-admin', brokers: stack.env.KAFKA_BROKERS!.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const groupId = `${stack.env.KAFKA_PREFIX}${consumer}`;
    const topicName = `${stack.env.KAFKA_PREFIX}${topic}`;
    return await eventually(async () => {
      const { groups } = await admin.describeGroups([groupId]);
      const memberIds = groups[0]?.members.map((member) => member.memberId) ?? [];
      if (groups[0]?.state !== 'Stable' || memberIds.length === 0 || !acceptMembers(memberIds)) return undefined;
      const ends = await admin.fetchTopicOffsets(topicName);
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topicName] });
      const caughtUp = ends.every((end) => end.high === '0' || committed?.partitions.find((p) => p.partition === end.partition)?.offset === end.high);
      return caughtUp ? memberIds : undefined;
    }, 45_000);
  } finally {
    await admin.disconnect();
  }
}
