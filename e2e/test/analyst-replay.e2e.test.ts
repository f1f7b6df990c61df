import { randomUUID } from 'node:crypto';
import { baseTopics, deadLetterTopic, topicName } from '@backoffice/events/topics';
import { revokeKafkaAcls, syncKafkaAcls } from '@backoffice/infra/kafka-acls';
import type { Admin } from 'kafkajs';
import { createServiceDataSource, serviceDatabaseName, withDatabase } from '@backoffice/platform/database';
import { exportTopics } from '@backoffice/platform/analyst-stream';
import { createKafkaClient } from '@backoffice/platform/kafka';
import { createLogger } from '@backoffice/platform/logger';
import { requiredEnv } from '@backoffice/testkit/isolation';
import { analystKafka, analystTopics, figuresFromEvents, figuresFromServices, readAnalystStream, type MonthlyFigures } from '../src/analyst-figures';
import { startStack, subgraphNames, type Stack } from '../src/stack';

// The analysts' stream is complete: the demo company, seeded by all three services through their
// own commands on a fixed business clock, is rebuilt from offset 0 of every topic the analyst's
// Kafka login may read (through the broker's ACLs, as the analysts' export reads it), and its
// headcount, equipment in use and expense spend by department and month, and payroll cost by
// month, equal what the services' own queries answer, over three years.

jest.setTimeout(600_000);

const CLOCK_AT = '2026-06-17T10:00:00Z';
const TODAY = CLOCK_AT.slice(0, 10);
const YEARS = [2024, 2025, 2026];
const SETTLED_POLLS = 3;

describe('the demo company rebuilt from the analysts’ stream', () => {
  let stack: Stack;
  let managerToken: string;
  let admin: Admin;
  const cleanups: Array<() => Promise<unknown>> = [];

  beforeAll(async () => {
    stack = await startStack({ env: { SEED_DEMO_DATA: 'true', CLOCK_AT } });
    cleanups.push(() => stack.stop());
    managerToken = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
    // The stack's topics get the grants a deployment gets, so the analyst login reads them.
    admin = createKafkaClient({
      brokers: requiredEnv('KAFKA_BROKERS').split(','),
      clientId: 'analyst-replay-admin',
      logger: createLogger({ test: 'analyst-replay' }, 'silent'),
    }).admin();
    await admin.connect();
    cleanups.push(() => admin.disconnect());
    await syncKafkaAcls(admin, stack.env.KAFKA_PREFIX!);
    cleanups.push(() => revokeKafkaAcls(admin, stack.env.KAFKA_PREFIX!));
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('gives the services’ headcount, equipment in use, expense spend and payroll cost, month by month', async () => {
    const services = await untilSeededAndPublished();
    // The demo is not trivial: several departments and months in each figure.
    expect(departmentsIn(services.headcount).size).toBeGreaterThan(3);
    expect(monthsIn(services.headcount).size).toBeGreaterThan(12);
    expect(departmentsIn(services.equipmentInUse).size).toBeGreaterThan(3);
    expect(Object.keys(services.expenseSpend).length).toBeGreaterThan(1);
    expect(Object.keys(services.payrollCost).length).toBeGreaterThanOrEqual(5);

    // Every reaction to the demo's events was applied: no consumer dead-lettered one.
    const deadLetters: Record<string, number> = {};
    for (const topic of baseTopics) {
      const offsets = await admin.fetchTopicOffsets(topicName(deadLetterTopic(topic), stack.env.KAFKA_PREFIX!));
      const held = offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
      if (held > 0) deadLetters[topic] = held;
    }
    expect(deadLetters).toEqual({});

    const events = await readAnalystStream(analystKafka(), stack.env.KAFKA_PREFIX!);
    const topicsRead = new Set(events.map((event) => event.topic));
    // Pay is not among them: hr.compensation.v1 and the ledger are restricted.
    expect(analystTopics).not.toContain('hr.compensation.v1');
    expect(analystTopics).not.toContain('accounting.journal.v1');
    for (const topic of ['hr.employee.v1', 'it.asset.v1', 'accounting.expense.v1', 'accounting.payroll.v1']) expect(topicsRead).toContain(topic);

    const rebuilt = figuresFromEvents(events, { years: YEARS, today: TODAY });
    const cells = (figures: MonthlyFigures) => Object.entries(figures).map(([name, figure]) => `${name} ${Object.keys(figure as object).length}`).join(', ');
    console.log(`rebuilt from ${events.length} events on ${topicsRead.size} topics; cells compared: ${cells(services)}`);
    expect(rebuilt.headcount).toEqual(services.headcount);
    expect(rebuilt.equipmentInUse).toEqual(services.equipmentInUse);
    expect(rebuilt.expenseSpend).toEqual(services.expenseSpend);
    expect(rebuilt.payrollCost).toEqual(services.payrollCost);
  });

  it('reads through the analyst login, which the broker refuses the restricted topics', async () => {
    for (const topic of ['hr.compensation.v1', 'accounting.journal.v1'] as const) {
      await expect(exportTopics({ kafka: analystKafka(), topicPrefix: stack.env.KAFKA_PREFIX!, topics: [topic], since: new Date(0), format: 'ndjson', write: () => undefined })).rejects.toThrow(/authori[sz]/i);
    }
  });

  // Seeding is over when every figure the services answer holds still over a few polls, with
  // claims approved and payroll posted, and every outbox row is on Kafka.
  async function untilSeededAndPublished(): Promise<MonthlyFigures> {
    const deadline = Date.now() + 420_000;
    const history: string[] = [];
    for (;;) {
      const figures = await figuresFromServices(stack.gatewayUrl, managerToken, { years: YEARS });
      const seeded = Object.keys(figures.expenseSpend).length > 0 && Object.keys(figures.payrollCost).length > 0 && Object.keys(figures.equipmentInUse).length > 0;
      history.push(JSON.stringify(figures));
      const settled = history.length >= SETTLED_POLLS && history.slice(-SETTLED_POLLS).every((poll) => poll === history.at(-1));
      if (seeded && settled && (await outboxesDrained())) return figures;
      if (Date.now() > deadline) {
        throw new Error(`the demo company did not settle within 7 minutes (seeded: ${seeded}, settled: ${settled})\n${subgraphNames.map((name) => `--- ${name} ---\n${stack.logs(name)}`).join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
  }

  async function outboxesDrained(): Promise<boolean> {
    for (const service of subgraphNames) {
      const database = createServiceDataSource({ url: withDatabase(requiredEnv('DATABASE_URL'), serviceDatabaseName(service, stack.env.DATABASE_NAME_SUFFIX!)), migrations: [], poolSize: 1 });
      await database.initialize();
      try {
        const [{ pending }] = (await database.query(`SELECT count(*)::int AS pending FROM outbox_events WHERE published_at IS NULL`)) as [{ pending: number }];
        if (pending > 0) return false;
      } finally {
        await database.destroy();
      }
    }
    return true;
  }
});

const departmentsIn = (figure: Record<string, unknown>) => new Set(Object.keys(figure).map((key) => key.split(' ')[1]));
const monthsIn = (figure: Record<string, unknown>) => new Set(Object.keys(figure).map((key) => key.split(' ')[0]));
