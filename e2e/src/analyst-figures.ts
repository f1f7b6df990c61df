import type { Kafka } from 'kafkajs';
import { revokeKafkaAcls, syncKafkaAcls } from '@backoffice/infra/kafka-acls';
import { PAYROLL_TOTAL_SMALLEST_HEADCOUNT } from '@backoffice/events/accounting-events';
import { DEVELOPMENT_KAFKA_PASSWORDS, isRestrictedTopic } from '@backoffice/events/kafka-access';
import { baseTopics, type TopicBase } from '@backoffice/events/topics';
import { exportTopics } from '@backoffice/platform/analyst-stream';
import { createKafkaClient, kafkaSecurityFrom } from '@backoffice/platform/kafka';
import { createLogger } from '@backoffice/platform/logger';
import { monthEndsOf } from '@backoffice/platform/month-ends';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import { bearer } from './tokens';

// The figures an analyst builds from the event stream, and the same figures as the services
// answer them. The stream side reads what the analyst's Kafka login may read (every topic that is
// not restricted), from offset 0, as NDJSON envelopes through the analysts' export, and folds
// them the way an analyst would, from the published contracts alone (docs/events.md): no service
// code, no database. The services' side asks each service's own query through the gateway.
// Equal figures say the stream is complete enough to rebuild them.
//
// The figures, each keyed so a difference reads in a test's diff:
// - headcount:       `YYYY-MM <departmentId>` -> people employed at the month's end (today for the
//                    month still running) whose job in force that day is in the department;
// - equipmentInUse:  `YYYY-MM <departmentId|->` -> assets held that day, by the holder's
//                    department that day;
// - expenseSpend:    `YYYY-MM <departmentId|-> <currency>` -> approved claims' total (and count),
//                    by the month of their ledger entry;
// - payrollCost:     `YYYY-MM <currency>` -> the posted runs' total of that period, or `withheld`
//                    when a run of it paid fewer than five people: the contract leaves such a
//                    total out (it would tell one person's pay), so neither side shows it.

export type MonthlyFigures = {
  headcount: Record<string, number>;
  equipmentInUse: Record<string, number>;
  expenseSpend: Record<string, { total: string; claims: number }>;
  payrollCost: Record<string, string>;
};

export type FigureRange = { years: readonly number[]; today: string };

// An export line: the envelope with the topic it came from (sequences count per topic and subject).
type Envelope = { topic: string; id: string; type: string; subject: string; sequence: number; data: Record<string, unknown> };

// --- From the stream -------------------------------------------------------------------------

// The topics the analyst login may read: the broker refuses the others.
export const analystTopics: TopicBase[] = baseTopics.filter((topic) => !isRestrictedTopic(topic));

// The broker's SASL listener (the local stack starts one beside the PLAINTEXT listener).
export function analystKafka(brokers: string[] = saslBrokers()): Kafka {
  const security = kafkaSecurityFrom({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_USERNAME: 'analyst', KAFKA_PASSWORD: DEVELOPMENT_KAFKA_PASSWORDS.analyst, KAFKA_SSL: false, KAFKA_SSL_CA_FILE: undefined });
  return createKafkaClient({ brokers, clientId: 'analyst-figures', logger: createLogger({ test: 'analyst-figures' }, 'silent'), security });
}

function saslBrokers(): string[] {
  const value = process.env.KAFKA_SASL_BROKERS;
  if (!value) throw new Error('KAFKA_SASL_BROKERS is not set: the analyst reads through the SASL listener the local stack starts beside the PLAINTEXT one.');
  return value.split(',');
}

// A test stack's topics get the grants a deployment's get (the ACL plan of packages/events), so
// the analyst login reads them; the returned function takes them away again.
export async function grantAnalystAccess(topicPrefix: string, brokers: string[] = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',')): Promise<() => Promise<void>> {
  const admin = createKafkaClient({ brokers, clientId: 'analyst-figures-acls', logger: createLogger({ test: 'analyst-figures' }, 'silent') }).admin();
  await admin.connect();
  try {
    await syncKafkaAcls(admin, topicPrefix);
  } catch (error) {
    await admin.disconnect();
    throw error;
  }
  return async () => {
    try {
      await revokeKafkaAcls(admin, topicPrefix);
    } finally {
      await admin.disconnect();
    }
  };
}

// Every event of the analysts' topics, from offset 0 up to what they held when it started.
export async function readAnalystStream(kafka: Kafka, topicPrefix: string): Promise<Envelope[]> {
  const lines: string[] = [];
  await exportTopics({ kafka, topicPrefix, topics: analystTopics, since: new Date(0), format: 'ndjson', write: (line) => lines.push(line) });
  return lines.map((line) => JSON.parse(line) as Envelope);
}

type Period = { start: string; end: string | null };
type Job = { effective: string; departmentId: string };
type Holding = { employeeId: string; from: string; to: string | null };

const WITHHELD = 'withheld';

const shortType = (type: string) => type.replace(/^backoffice\./, '');

export function figuresFromEvents(events: readonly Envelope[], { years, today }: FigureRange): MonthlyFigures {
  // At least once: the same envelope id twice is one event. Each aggregate's events in their
  // sequence (per topic and subject); different aggregates do not depend on each other's order.
  const seen = new Set<string>();
  const ordered = events
    .filter((event) => (seen.has(event.id) ? false : (seen.add(event.id), true)))
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.subject.localeCompare(b.subject) || a.sequence - b.sequence);

  const periods = new Map<string, Period[]>();
  const jobs = new Map<string, Job[]>();
  const holdings = new Map<string, Holding[]>();
  const spend = new Map<string, { cents: bigint; claims: number }>();
  const payroll = new Map<string, bigint | typeof WITHHELD>();
  const addJob = (employeeId: string, job: Job) => jobs.set(employeeId, [...(jobs.get(employeeId) ?? []).filter((known) => known.effective !== job.effective), job]);

  for (const { type, data } of ordered) {
    const employeeId = data.employeeId as string;
    switch (shortType(type)) {
      case 'hr.employee.hired.v1':
        periods.set(employeeId, [{ start: data.startDate as string, end: null }]);
        addJob(employeeId, { effective: data.startDate as string, departmentId: data.departmentId as string });
        break;
      case 'hr.employee.rehired.v1':
        periods.set(employeeId, [...(periods.get(employeeId) ?? []), { start: data.startDate as string, end: null }]);
        addJob(employeeId, { effective: data.startDate as string, departmentId: data.departmentId as string });
        break;
      case 'hr.employee.transferred.v1':
        addJob(employeeId, { effective: data.effectiveDate as string, departmentId: data.toDepartmentId as string });
        break;
      case 'hr.employee.terminated.v1':
      case 'hr.employee.terminated.v2': {
        const lastDay = data.terminationDate as string;
        const period = (periods.get(employeeId) ?? []).filter((candidate) => candidate.start <= lastDay).at(-1);
        if (period) period.end = lastDay;
        break;
      }
      case 'hr.employee.termination-withdrawn.v1': {
        const period = (periods.get(employeeId) ?? []).find((candidate) => candidate.end === data.withdrawnTerminationDate);
        if (period) period.end = null;
        break;
      }
      case 'it.asset.assigned.v1':
        holdings.set(data.assetId as string, [...(holdings.get(data.assetId as string) ?? []), { employeeId, from: data.assignedOn as string, to: null }]);
        break;
      case 'it.asset.returned.v1':
      case 'it.asset.sent-to-repair.v1':
      case 'it.asset.lost.v1': {
        const open = (holdings.get(data.assetId as string) ?? []).find((holding) => holding.to === null);
        if (open) open.to = (data.returnedOn ?? data.sentOn ?? data.lostOn) as string;
        break;
      }
      case 'accounting.expense.approved.v1': {
        const key = `${(data.postedOn as string).slice(0, 7)} ${(data.departmentId as string | null) ?? '-'} ${data.currency as string}`;
        const sum = spend.get(key) ?? { cents: 0n, claims: 0 };
        spend.set(key, { cents: sum.cents + toCents(data.total as string), claims: sum.claims + 1 });
        break;
      }
      case 'accounting.payroll.posted.v1': {
        const key = `${data.period as string} ${data.currency as string}`;
        const sum = payroll.get(key);
        payroll.set(key, data.total === null || sum === WITHHELD ? WITHHELD : (sum ?? 0n) + toCents(data.total as string));
        break;
      }
    }
  }

  // HR's rule for the job in force: the latest effective on or before the day; before the first
  // start, the first job.
  const jobOn = (employeeId: string, day: string): Job | undefined => {
    const known = [...(jobs.get(employeeId) ?? [])].sort((a, b) => a.effective.localeCompare(b.effective));
    return known.filter((job) => job.effective <= day).at(-1) ?? known[0];
  };
  const employedOn = (employeeId: string, day: string) => (periods.get(employeeId) ?? []).some((period) => period.start <= day && (period.end === null || period.end >= day));

  const figures: MonthlyFigures = { headcount: {}, equipmentInUse: {}, expenseSpend: {}, payrollCost: {} };
  const inRange = (month: string) => years.includes(Number(month.slice(0, 4)));
  for (const year of years) {
    for (const { month, asOf } of monthEndsOf(year, today)) {
      for (const employeeId of periods.keys()) {
        if (!employedOn(employeeId, asOf)) continue;
        const key = `${month} ${jobOn(employeeId, asOf)!.departmentId}`;
        figures.headcount[key] = (figures.headcount[key] ?? 0) + 1;
      }
      for (const assetHoldings of holdings.values()) {
        for (const holding of assetHoldings) {
          if (holding.from > asOf || (holding.to !== null && holding.to <= asOf)) continue;
          const key = `${month} ${jobOn(holding.employeeId, asOf)?.departmentId ?? '-'}`;
          figures.equipmentInUse[key] = (figures.equipmentInUse[key] ?? 0) + 1;
        }
      }
    }
  }
  for (const [key, { cents, claims }] of spend) if (inRange(key)) figures.expenseSpend[key] = { total: fromCents(cents), claims };
  for (const [key, cents] of payroll) if (inRange(key)) figures.payrollCost[key] = cents === WITHHELD ? WITHHELD : fromCents(cents);
  return sorted(figures);
}

// --- From the services -----------------------------------------------------------------------

export async function figuresFromServices(gatewayUrl: string, managerToken: string, { years }: Pick<FigureRange, 'years'>): Promise<MonthlyFigures> {
  const ask = async <T>(query: string, year: number): Promise<T> => {
    const response = await postGraphQL<T>(gatewayUrl, query, { year }, bearer(managerToken));
    if (response.errors?.length || !response.data) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(response.errors ?? response)}`);
    return response.data;
  };
  const figures: MonthlyFigures = { headcount: {}, equipmentInUse: {}, expenseSpend: {}, payrollCost: {} };
  for (const year of years) {
    const [{ headcountByMonth }, { equipmentInUseByMonth }, { expenseSpendByMonth }, { payrollRuns }] = await Promise.all([
      ask<{ headcountByMonth: Array<{ month: string; department: { id: string }; headcount: number }> }>(`query F($year: Int!) { headcountByMonth(year: $year) { month department { id } headcount } }`, year),
      ask<{ equipmentInUseByMonth: Array<{ month: string; department: { id: string } | null; count: number }> }>(
        `query F($year: Int!) { equipmentInUseByMonth(year: $year) { month department { id } count } }`,
        year,
      ),
      ask<{ expenseSpendByMonth: Array<{ month: string; department: { id: string } | null; total: { amount: string; currency: string }; claims: number }> }>(
        `query F($year: Int!) { expenseSpendByMonth(year: $year) { month department { id } total { amount currency } claims } }`,
        year,
      ),
      ask<{ payrollRuns: Array<{ period: string; status: string; headcount: number; total: { amount: string; currency: string } }> }>(
        `query F($year: Int!) { payrollRuns(year: $year) { period status headcount total { amount currency } } }`,
        year,
      ),
    ]);
    for (const row of headcountByMonth) figures.headcount[`${row.month} ${row.department.id}`] = row.headcount;
    for (const row of equipmentInUseByMonth) figures.equipmentInUse[`${row.month} ${row.department?.id ?? '-'}`] = row.count;
    for (const row of expenseSpendByMonth) figures.expenseSpend[`${row.month} ${row.department?.id ?? '-'} ${row.total.currency}`] = { total: row.total.amount, claims: row.claims };
    const payroll = new Map<string, bigint | typeof WITHHELD>();
    for (const run of payrollRuns.filter((candidate) => candidate.status === 'POSTED')) {
      const key = `${run.period} ${run.total.currency}`;
      const sum = payroll.get(key);
      payroll.set(key, run.headcount < PAYROLL_TOTAL_SMALLEST_HEADCOUNT || sum === WITHHELD ? WITHHELD : (sum ?? 0n) + toCents(run.total.amount));
    }
    for (const [key, cents] of payroll) figures.payrollCost[key] = cents === WITHHELD ? WITHHELD : fromCents(cents);
  }
  return sorted(figures);
}

// --- Money in cents, exactly -------------------------------------------------------------------

function toCents(decimal: string): bigint {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = ''] = decimal.replace(/^-/, '').split('.');
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  return negative ? -cents : cents;
}

function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const absolute = cents < 0n ? -cents : cents;
  return `${sign}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
}

function sorted(figures: MonthlyFigures): MonthlyFigures {
  const byKey = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return { headcount: byKey(figures.headcount), equipmentInUse: byKey(figures.equipmentInUse), expenseSpend: byKey(figures.expenseSpend), payrollCost: byKey(figures.payrollCost) };
}
