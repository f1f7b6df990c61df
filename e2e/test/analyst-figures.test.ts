import { randomUUID } from 'node:crypto';
import { figuresFromEvents } from '../src/analyst-figures';

// The analysts' fold on its own, on a handful of envelopes: what each event type moves, at-least-
// once delivery and per-aggregate order. The replay test compares it with the services at scale;
// this says which rule broke when it fails.

const ENG = 'a0000000-0000-4000-8000-000000000001';
const OPS = 'a0000000-0000-4000-8000-000000000002';
const ADA = 'e0000000-0000-4000-8000-000000000001';
const LIN = 'e0000000-0000-4000-8000-000000000002';
const LAPTOP = 'f0000000-0000-4000-8000-000000000001';
const PHONE = 'f0000000-0000-4000-8000-000000000002';

const sequences = new Map<string, number>();
function event(topic: string, type: string, subject: string, data: Record<string, unknown>) {
  const sequence = (sequences.get(`${topic} ${subject}`) ?? 0) + 1;
  sequences.set(`${topic} ${subject}`, sequence);
  return { topic, id: randomUUID(), type: `backoffice.${type}`, subject, sequence, data };
}
const hr = (type: string, employeeId: string, data: Record<string, unknown>) => event('hr.employee.v1', `hr.employee.${type}`, employeeId, { employeeId, ...data });
const asset = (type: string, assetId: string, data: Record<string, unknown>) => event('it.asset.v1', `it.asset.${type}`, assetId, { assetId, ...data });

const range = { years: [2026], today: '2026-04-15' };

describe('the analysts’ figures folded from envelopes', () => {
  beforeEach(() => sequences.clear());

  it('counts people at each month end in the department of their job that day, through transfers, a termination withdrawn and a rehire', () => {
    const events = [
      hr('hired.v1', ADA, { startDate: '2026-01-05', departmentId: ENG }),
      hr('transferred.v1', ADA, { effectiveDate: '2026-03-01', fromDepartmentId: ENG, toDepartmentId: OPS }),
      hr('hired.v1', LIN, { startDate: '2025-06-01', departmentId: ENG }),
      hr('terminated.v2', LIN, { terminationDate: '2026-01-31' }),
      hr('termination-withdrawn.v1', LIN, { withdrawnTerminationDate: '2026-01-31' }),
      hr('terminated.v2', LIN, { terminationDate: '2026-02-27' }),
      hr('rehired.v1', LIN, { startDate: '2026-04-01', departmentId: OPS }),
    ];
    expect(figuresFromEvents(events, range).headcount).toEqual({
      [`2026-01 ${ENG}`]: 2,
      [`2026-02 ${ENG}`]: 1,
      [`2026-03 ${OPS}`]: 1,
      [`2026-04 ${OPS}`]: 2,
    });
  });

  it('counts equipment held at each month end by the holder’s department that day; a return, repair or loss ends it on its day', () => {
    const events = [
      hr('hired.v1', ADA, { startDate: '2026-01-05', departmentId: ENG }),
      hr('transferred.v1', ADA, { effectiveDate: '2026-03-01', fromDepartmentId: ENG, toDepartmentId: OPS }),
      asset('assigned.v1', LAPTOP, { employeeId: ADA, assignedOn: '2026-01-05' }),
      asset('assigned.v1', PHONE, { employeeId: ADA, assignedOn: '2026-01-05' }),
      asset('sent-to-repair.v1', PHONE, { employeeId: ADA, sentOn: '2026-02-28' }),
      asset('returned.v1', PHONE, { employeeId: null, returnedOn: '2026-03-10', from: 'IN_REPAIR' }),
      asset('assigned.v1', PHONE, { employeeId: ADA, assignedOn: '2026-03-10' }),
      asset('lost.v1', PHONE, { employeeId: ADA, lostOn: '2026-04-15' }),
    ];
    expect(figuresFromEvents(events, range).equipmentInUse).toEqual({
      [`2026-01 ${ENG}`]: 2,
      [`2026-02 ${ENG}`]: 1,
      [`2026-03 ${OPS}`]: 2,
      [`2026-04 ${OPS}`]: 1,
    });
  });

  it('sums approved claims by the month of their ledger entry and payroll by posted run (withheld where a run paid fewer than five), and only in the years asked', () => {
    const claim = (postedOn: string, total: string, departmentId: string | null) =>
      event('accounting.expense.v1', 'accounting.expense.approved.v1', randomUUID(), { departmentId, total, currency: 'EUR', status: 'APPROVED', postedOn });
    const run = (type: string, period: string, total: string | null) => event('accounting.payroll.v1', `accounting.payroll.${type}.v1`, randomUUID(), { period, total, currency: 'EUR', kind: 'REGULAR' });
    const events = [
      claim('2026-02-03', '10.50', ENG),
      claim('2026-02-27', '0.55', ENG),
      claim('2026-02-27', '99.00', null),
      claim('2025-12-31', '5.00', ENG),
      event('accounting.expense.v1', 'accounting.expense.submitted.v1', randomUUID(), { departmentId: ENG, total: '1000.00', currency: 'EUR', status: 'SUBMITTED' }),
      run('posted', '2026-01', '12000.00'),
      run('posted', '2026-01', '-150.25'),
      run('approved', '2026-02', '13000.00'),
      // Fewer than five people: the contract leaves the total out, so the month's is unknown.
      run('posted', '2026-03', '9000.00'),
      run('posted', '2026-03', null),
    ];
    const figures = figuresFromEvents(events, range);
    expect(figures.expenseSpend).toEqual({ [`2026-02 ${ENG} EUR`]: { total: '11.05', claims: 2 }, '2026-02 - EUR': { total: '99.00', claims: 1 } });
    expect(figures.payrollCost).toEqual({ '2026-01 EUR': '11849.75', '2026-03 EUR': 'withheld' });
  });

  it('applies an event delivered twice once, and an aggregate’s events in sequence whatever order they arrive in', () => {
    const hired = hr('hired.v1', ADA, { startDate: '2026-01-05', departmentId: ENG });
    const terminated = hr('terminated.v2', ADA, { terminationDate: '2026-02-10' });
    const withdrawn = hr('termination-withdrawn.v1', ADA, { withdrawnTerminationDate: '2026-02-10' });
    const assigned = asset('assigned.v1', LAPTOP, { employeeId: ADA, assignedOn: '2026-01-05' });
    const returned = asset('returned.v1', LAPTOP, { employeeId: ADA, returnedOn: '2026-02-01', from: 'ASSIGNED' });
    const figures = figuresFromEvents([withdrawn, hired, terminated, hired, withdrawn, returned, assigned, returned], range);
    expect(figures.headcount).toEqual({ [`2026-01 ${ENG}`]: 1, [`2026-02 ${ENG}`]: 1, [`2026-03 ${ENG}`]: 1, [`2026-04 ${ENG}`]: 1 });
    expect(figures.equipmentInUse).toEqual({ [`2026-01 ${ENG}`]: 1 });
  });
});
