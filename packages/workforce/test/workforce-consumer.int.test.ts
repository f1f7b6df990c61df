import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createEventEnvelope, type AnyEventContract, type EventDataOf } from '@backoffice/events/contract';
import type { EventEnvelope } from '@backoffice/events/envelope';
import {
  compensationChanged,
  employeeHired,
  employeeRehired,
  employeeTerminated,
  employeeTerminatedV1,
  employeeTransferred,
  employeeUpdated,
  holidayAdded,
  holidayRemoved,
  leaveApproved,
  leaveApprovedV1,
  leaveCancelled,
  leaveRejected,
  leaveRequested,
  leaveShortened,
  terminationWithdrawn,
} from '@backoffice/events/hr-events';
import { platformMigrations } from '@backoffice/platform/platform-migrations';
import { startConsumerHarness, type ConsumerHarness } from '@backoffice/testkit/consumer-harness';
import { workforceConsumer } from '../src/workforce-consumer';
import { workforceMigrations } from '../src/workforce-migrations';
import { employedOn, employeesEmployedOn, employmentHistory, holidays, jobOn, payOn, unpaidLeaveDaysIn } from '../src/workforce.queries';

jest.setTimeout(90_000);

// The projection as a service runs it: its consumer on real topics, its tables migrated beside
// the platform's in a database of its own, fed real envelopes. Each test uses people of its own
// (and leave and holidays of a year of its own), so the tests may run in any order.
describe('the workforce projection, built from HR events', () => {
  let harness: ConsumerHarness;
  // Everything produced, to deliver it all again at the end.
  const produced: Array<{ contract: AnyEventContract; envelope: Record<string, unknown> }> = [];

  beforeAll(async () => {
    harness = await startConsumerHarness({
      service: 'accounting',
      migrations: [...platformMigrations, ...workforceMigrations],
      consumer: () => workforceConsumer({ consumer: 'accounting.workforce', includePay: true }),
    });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  // Events of one aggregate carry increasing sequences, as HR's outbox numbers them.
  const publish = async <C extends AnyEventContract>(contract: C, sequence: number, data: EventDataOf<C>) => {
    const envelope = await harness.publish(contract, data, { sequence });
    produced.push({ contract, envelope });
    return envelope;
  };
  const db = () => harness.dataSource;
  const ids = () => ({ d1: randomUUID(), d2: randomUUID(), d3: randomUUID(), m1: randomUUID(), m2: randomUUID(), m3: randomUUID() });

  const hire = (employeeId: string, job: { departmentId: string; managerId: string | null; title: string }, startDate: string) => ({
    employeeId,
    employeeNumber: `E-${employeeId.slice(0, 6)}`,
    firstName: 'Katherine',
    lastName: 'Johnson',
    email: `k.${employeeId.slice(0, 8)}@backoffice.dev`,
    ...job,
    employmentType: 'FULL_TIME' as const,
    startDate,
  });

  it('follows an employment through a transfer, a scheduled change HR said again, a withdrawn termination, a termination, a rehire and a new employment type', async () => {
    const employeeId = randomUUID();
    const { d1, d2, d3, m1, m3 } = ids();
    await publish(employeeHired, 1, hire(employeeId, { departmentId: d1, managerId: m1, title: 'Engineer' }, '2030-01-14'));
    // A title change scheduled for June, then a transfer from March recorded after it: HR
    // carries the transfer into the June change and says the June change again as it now stands.
    const june = { fromDepartmentId: d1, toDepartmentId: d1, fromManagerId: m1, toManagerId: m1, fromTitle: 'Engineer', toTitle: 'Senior Engineer', effectiveDate: '2030-06-01' };
    await publish(employeeTransferred, 2, { employeeId, ...june });
    await publish(employeeTransferred, 3, { employeeId, fromDepartmentId: d1, toDepartmentId: d2, fromManagerId: m1, toManagerId: m3, fromTitle: 'Engineer', toTitle: 'Engineer', effectiveDate: '2030-03-01' });
    await publish(employeeTransferred, 4, { employeeId, ...june, fromDepartmentId: d2, toDepartmentId: d2, fromManagerId: m3, toManagerId: m3 });
    await publish(employeeTerminated, 5, { employeeId, terminationDate: '2030-09-30' });
    await publish(terminationWithdrawn, 6, { employeeId, withdrawnTerminationDate: '2030-09-30' });
    // Version 1, as events already on the topic are: with the reason HR no longer publishes.
    await publish(employeeTerminatedV1, 7, { employeeId, terminationDate: '2030-10-31', reason: 'RESIGNATION' });
    // Written before rehires said the employment type: it stays what it was.
    await publish(employeeRehired, 8, { employeeId, startDate: '2031-02-01', departmentId: d3, managerId: null, title: 'Consultant' });
    const last = await publish(employeeUpdated, 9, { employeeId, changes: { employmentType: { from: 'FULL_TIME', to: 'CONTRACTOR' } }, effectiveDate: '2031-03-10' });
    await harness.waitForInbox(last.id);

    expect(await employmentHistory(db(), employeeId)).toEqual([
      { employeeId, startDate: '2030-01-14', lastDay: '2030-10-31', employmentType: 'FULL_TIME' },
      { employeeId, startDate: '2031-02-01', lastDay: null, employmentType: 'CONTRACTOR' },
    ]);
    const employed = async (date: string) => [date, await employedOn(db(), employeeId, date)];
    expect(await Promise.all(['2030-01-13', '2030-01-14', '2030-09-30', '2030-10-01', '2030-10-31', '2030-11-01', '2031-01-31', '2031-02-01', '2040-01-01'].map(employed))).toEqual([
      ['2030-01-13', false],
      ['2030-01-14', true],
      ['2030-09-30', true],
      ['2030-10-01', true],
      ['2030-10-31', true],
      ['2030-11-01', false],
      ['2031-01-31', false],
      ['2031-02-01', true],
      ['2040-01-01', true],
    ]);
    expect(await employeesEmployedOn(db(), '2030-11-15')).not.toContain(employeeId);
    expect(await employeesEmployedOn(db(), '2030-10-15')).toContain(employeeId);

    const job = async (date: string) => {
      const found = await jobOn(db(), employeeId, date);
      return [date, found && { departmentId: found.departmentId, managerId: found.managerId, title: found.title }];
    };
    expect(await Promise.all(['2030-01-01', '2030-02-28', '2030-03-01', '2030-05-31', '2030-06-01', '2031-01-31', '2031-02-01'].map(job))).toEqual([
      // Before the first start, the first job (HR's rule).
      ['2030-01-01', { departmentId: d1, managerId: m1, title: 'Engineer' }],
      ['2030-02-28', { departmentId: d1, managerId: m1, title: 'Engineer' }],
      ['2030-03-01', { departmentId: d2, managerId: m3, title: 'Engineer' }],
      ['2030-05-31', { departmentId: d2, managerId: m3, title: 'Engineer' }],
      // The June change as HR said it last, not as it was first scheduled.
      ['2030-06-01', { departmentId: d2, managerId: m3, title: 'Senior Engineer' }],
      ['2031-01-31', { departmentId: d2, managerId: m3, title: 'Senior Engineer' }],
      ['2031-02-01', { departmentId: d3, managerId: null, title: 'Consultant' }],
    ]);
    expect(await jobOn(db(), randomUUID(), '2030-06-01')).toBeUndefined();
  });

  it('keeps pay effective-dated, a correction for the same date replacing the pay it corrects', async () => {
    const employeeId = randomUUID();
    const pay = (amount: string, effectiveDate: string, previousAmount: string | null, payFrequency: 'ANNUAL' | 'MONTHLY' = 'ANNUAL') => ({
      employeeId, amount, currency: 'EUR', payFrequency, effectiveDate, reason: previousAmount ? 'Review' : 'hire', previousAmount,
    });
    await publish(compensationChanged, 1, pay('50000.00', '2030-01-14', null));
    await publish(compensationChanged, 2, pay('52000.00', '2030-04-01', '50000.00'));
    await publish(compensationChanged, 3, pay('52500.00', '2030-04-01', '50000.00'));
    const last = await publish(compensationChanged, 4, pay('4500.00', '2031-01-01', '52500.00', 'MONTHLY'));
    await harness.waitForInbox(last.id);

    const payment = async (date: string) => {
      const found = await payOn(db(), employeeId, date);
      return [date, found && `${found.amount} ${found.currency} ${found.payFrequency}`];
    };
    expect(await Promise.all(['2030-01-13', '2030-01-14', '2030-03-31', '2030-04-01', '2030-12-31', '2031-01-01'].map(payment))).toEqual([
      ['2030-01-13', undefined],
      ['2030-01-14', '50000.00 EUR ANNUAL'],
      ['2030-03-31', '50000.00 EUR ANNUAL'],
      ['2030-04-01', '52500.00 EUR ANNUAL'],
      ['2030-12-31', '52500.00 EUR ANNUAL'],
      ['2031-01-01', '4500.00 EUR MONTHLY'],
    ]);
  });

  // 2031: Good Friday 18 April, Christmas 25 December; 1 May added, then removed again.
  it('counts approved unpaid leave per month as HR counts it: holidays, half days, shortened, cancelled, rejected and paid leave, versions 1 and 2', async () => {
    const employeeId = randomUUID();
    const timeZone = 'Europe/London';
    await publish(holidayAdded, 1, { date: '2031-04-18', name: 'Good Friday', timeZone });
    await publish(holidayAdded, 1, { date: '2031-05-01', name: 'May Day', timeZone });
    await publish(holidayRemoved, 2, { date: '2031-05-01', timeZone });
    await publish(holidayAdded, 1, { date: '2031-12-25', name: 'Christmas Day', timeZone });

    const leave = (startDate: string, endDate: string, days: string, unpaid = true, halves: { startHalfDay?: boolean; endHalfDay?: boolean } = {}) => ({
      leaveRequestId: randomUUID(), employeeId, startDate, endDate, startHalfDay: halves.startHalfDay ?? false, endHalfDay: halves.endHalfDay ?? false, days, unpaid,
    });
    const v1 = ({ startHalfDay: _start, endHalfDay: _end, ...request }: ReturnType<typeof leave>) => ({ ...request, leaveType: request.unpaid ? 'UNPAID' : 'VACATION' });
    // Version 1, so no half days given: Mon 28 April to Tue 6 May is 7 working days (1 May is
    // not a holiday after all), counted as 6.5: until noon on 6 May. 3 days in April, 3.5 in May.
    const acrossMay = leave('2031-04-28', '2031-05-06', '6.5');
    await publish(leaveApprovedV1, 2, { ...v1(acrossMay), decidedBy: null });
    // From noon on Wed 16 April to Tue 22 April (Good Friday between): 3.5, then shortened to end
    // on Thu 17 April at a termination: 1.5.
    const shortened = leave('2031-04-16', '2031-04-22', '3.5', true, { startHalfDay: true });
    await publish(leaveRequested, 1, shortened);
    await publish(leaveApproved, 2, { ...shortened, decidedBy: null });
    await publish(leaveShortened, 3, { ...shortened, endDate: '2031-04-17', days: '1.5', previousEndDate: '2031-04-22', previousDays: '3.5', daysReturned: '2' });
    const cancelled = leave('2031-06-02', '2031-06-06', '5');
    await publish(leaveApproved, 2, { ...cancelled, decidedBy: randomUUID() });
    await publish(leaveCancelled, 3, cancelled);
    const rejected = leave('2031-07-07', '2031-07-08', '2');
    await publish(leaveRejected, 2, { ...rejected, decidedBy: randomUUID() });
    const paid = leave('2031-08-04', '2031-08-08', '5', false);
    await publish(leaveApproved, 2, { ...paid, decidedBy: null });
    // Mon 22 to Wed 31 December, Christmas Day a holiday: 7 days.
    const december = leave('2031-12-22', '2031-12-31', '7');
    const last = await publish(leaveApprovedV1, 2, { ...v1(december), decidedBy: null });
    await harness.waitUntilCaughtUp();
    await harness.waitForInbox(last.id);

    const byMonth = await Promise.all(Array.from({ length: 12 }, (_, index) => unpaidLeaveDaysIn(db(), employeeId, 2031, index + 1)));
    expect(byMonth).toEqual([0, 0, 0, 4.5, 3.5, 0, 0, 0, 0, 0, 0, 7]);
    expect(await holidays(db(), 2031)).toEqual([
      { date: '2031-04-18', name: 'Good Friday', timeZone },
      { date: '2031-12-25', name: 'Christmas Day', timeZone },
    ]);
  });

  it('a termination of someone never hired is dead-lettered, not dropped', async () => {
    const before = harness.consumer.status().deadLettered;
    await harness.publish(employeeTerminated, { employeeId: randomUUID(), terminationDate: '2030-05-31' });
    const deadline = Date.now() + 30_000;
    while (harness.consumer.status().deadLettered === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(harness.consumer.status().deadLettered).toBe(before + 1);
  });

  // Bypassing the inbox, which would refuse an older event: this is what declaring these
  // handlers order-independent promises a redrive.
  it('an older transfer, pay change, leave decision or holiday change applied after a newer one leaves the newer one in force', async () => {
    const { handlers } = workforceConsumer({ consumer: 'accounting.workforce', includePay: true });
    const employeeId = randomUUID();
    const { d1, d2, m1 } = ids();
    const envelope = <C extends AnyEventContract>(contract: C, sequence: number, data: EventDataOf<C>) => ({
      type: contract.type,
      envelope: createEventEnvelope(contract, { data, sequence, actor: 'system', correlationid: randomUUID() }),
    });
    const transfer = { employeeId, fromDepartmentId: d1, fromManagerId: m1, toManagerId: m1, fromTitle: 'Analyst', toTitle: 'Analyst', effectiveDate: '2032-03-01' };
    const request = { leaveRequestId: randomUUID(), employeeId, startDate: '2032-03-01', endDate: '2032-03-05', startHalfDay: false, endHalfDay: false, days: '5', unpaid: true };
    const newerThenOlder = [
      [envelope(employeeTransferred, 3, { ...transfer, toDepartmentId: d2 }), envelope(employeeTransferred, 2, { ...transfer, toDepartmentId: d1 })],
      [envelope(compensationChanged, 3, { employeeId, amount: '61000.00', currency: 'EUR', payFrequency: 'ANNUAL', effectiveDate: '2032-03-01', reason: 'Correction', previousAmount: null }),
        envelope(compensationChanged, 2, { employeeId, amount: '60000.00', currency: 'EUR', payFrequency: 'ANNUAL', effectiveDate: '2032-03-01', reason: 'Review', previousAmount: null })],
      [envelope(leaveCancelled, 3, request), envelope(leaveApproved, 2, { ...request, decidedBy: null })],
      [envelope(holidayRemoved, 2, { date: '2032-03-02', timeZone: 'UTC' }), envelope(holidayAdded, 1, { date: '2032-03-02', name: 'Founders Day', timeZone: 'UTC' })],
    ];
    const handle = async (event: { type: string; envelope: EventEnvelope<unknown> }) => {
      const handler = handlers[event.type];
      if (!handler || typeof handler === 'function' || !handler.orderIndependent) throw new Error(`${event.type} is not declared order-independent`);
      await db().transaction((tx) => handler.handle(event.envelope, tx));
    };
    for (const [newer, older] of newerThenOlder) {
      await handle(newer!);
      await handle(older!);
    }

    expect((await jobOn(db(), employeeId, '2032-03-01'))?.departmentId).toBe(d2);
    expect((await payOn(db(), employeeId, '2032-03-01'))?.amount).toBe('61000.00');
    expect(await unpaidLeaveDaysIn(db(), employeeId, 2032, 3)).toBe(0);
    expect(await holidays(db(), 2032)).toEqual([]);
  });

  it('delivering every event again changes nothing', async () => {
    await harness.waitUntilCaughtUp();
    const before = await projection();
    const duplicatesBefore = harness.consumer.status().duplicates;
    for (const { contract, envelope } of produced) await harness.produce(contract.topic, String(envelope.subject), envelope);
    await harness.waitUntilCaughtUp();

    expect(harness.consumer.status().duplicates - duplicatesBefore).toBe(produced.length);
    expect(await projection()).toEqual(before);
    expect(produced.length).toBeGreaterThan(20);
  });

  it('a service that may not read pay neither subscribes to hr.compensation.v1 nor handles its events', () => {
    const withoutPay = workforceConsumer({ consumer: 'it.workforce', includePay: false });
    expect(withoutPay.topics).toEqual(['hr.employee.v1', 'hr.leave.v1', 'hr.calendar.v1']);
    expect(Object.keys(withoutPay.handlers)).not.toContain(compensationChanged.type);
    expect(workforceConsumer({ consumer: 'accounting.workforce', includePay: true }).topics).toContain('hr.compensation.v1');
  });

  // Every row of the projection's tables, in a stable order.
  async function projection(): Promise<Record<string, unknown[]>> {
    const tables = ['workforce_employment_periods', 'workforce_jobs', 'workforce_pay', 'workforce_leave', 'workforce_holidays'];
    const snapshot: Record<string, unknown[]> = {};
    for (const table of tables) snapshot[table] = (await db().query(`SELECT * FROM ${table} ORDER BY 1, 2`)) as unknown[];
    return snapshot;
  }
});
