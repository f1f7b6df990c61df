import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@backoffice/platform/identity';
import { createLogger } from '@backoffice/platform/logger';
import { testEnvironment } from '@backoffice/testkit/isolation';
import { loadItConfig } from '../src/config';
import { addDays } from '../src/dates';
import { planDemoHelpdesk } from '../src/demo/plan-demo-helpdesk';
import { seedDemoHelpdesk } from '../src/demo/seed-demo-helpdesk';
import { demoCompanyFromWorkforce } from '../src/demo/seed-demo-inventory-on-start';
import type { DemoInventoryInput } from '../src/demo/seed-demo-inventory';
import { itModulesOf, type ItModules } from '../src/it-modules';
import { hrPeople, type HrPeople, type Person } from './support/hr-people';
import { startItForTest, type ItForTest } from './support/it-test-service';

jest.setTimeout(180_000);

// The demo helpdesk, seeded through the commands for a small company whose people reach IT the
// way HR's do (hr.employee.v1), then read back through IT's schema. A fixed business clock, on a
// Wednesday: nothing depends on the day the test runs.
const CLOCK_AT = '2026-06-17T10:00:00Z';
const today = CLOCK_AT.slice(0, 10);

type Ticket = { number: string; kind: string; status: string; requester: { id: string } | null; assignee: { id: string } | null; comments: Array<{ internal: boolean }>; items: Array<{ supplyItem: { code: string } | null; done: boolean }> };
type Window = { system: string; startsAt: string; endsAt: string; status: string; impact: string };

const TICKETS = `{ tickets(first: 100, orderBy: OLDEST) { totalCount edges { node { number kind status requester { id } assignee { id } comments { internal } items { supplyItem { code } done } } } } }`;
const WINDOWS = `query W($from: DateTime, $to: DateTime) { maintenanceWindows(from: $from, to: $to) { system startsAt endsAt status impact } }`;
const STOCK = `{ supplyItems { code stock } }`;

describe('the demo helpdesk', () => {
  let it_: ItForTest;
  let hr: HrPeople;
  let modules: ItModules;
  let input: DemoInventoryInput;
  const env = testEnvironment({ CLOCK_AT });
  const itStaff: Principal = { employeeId: randomUUID(), roles: ['IT'] };
  const logger = createLogger({ test: 'demo-helpdesk' }, 'warn');
  const departmentId = randomUUID();
  const hire = (title: string, startDate: string, lastDay?: string): Person => ({ employeeId: randomUUID(), departmentId, title, startDate, ...(lastDay ? { lastDay } : {}) });
  const serviceDesk = hire('Service Desk Analyst', '2021-06-07');
  const sysadmin = hire('Systems Administrator', '2020-01-06');
  const requesters = [hire('Accountant', '2019-10-07'), hire('Software Engineer', '2021-05-03'), hire('Recruiter', '2023-03-06'), hire('Warehouse Operative', '2022-02-14'), hire('Account Executive', '2021-02-01')];
  const leaver = hire('Designer', '2020-01-13', addDays(today, -42));

  const ok = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await it_.call<T>(query, variables, itStaff);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const tickets = async () => (await ok<{ tickets: { totalCount: number; edges: Array<{ node: Ticket }> } }>(TICKETS)).tickets;
  const windows = async () => (await ok<{ maintenanceWindows: Window[] }>(WINDOWS, { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' })).maintenanceWindows;
  const stock = async () => new Map((await ok<{ supplyItems: Array<{ code: string; stock: number | null }> }>(STOCK)).supplyItems.map((item) => [item.code, item.stock]));
  const counts = async () =>
    (
      await it_.admin.query(`
        SELECT (SELECT count(*)::int FROM tickets) AS tickets, (SELECT count(*)::int FROM ticket_comments) AS comments, (SELECT count(*)::int FROM ticket_timeline) AS timeline,
               (SELECT count(*)::int FROM supply_stock_moves) AS "stockMoves", (SELECT count(*)::int FROM maintenance_windows) AS windows,
               (SELECT count(*)::int FROM outbox_events) AS events, (SELECT count(*)::int FROM audit_log) AS audits`)
    ).rows[0] as { tickets: number; comments: number; timeline: number; stockMoves: number; windows: number; events: number; audits: number };
  const tally = (values: string[]) => Object.fromEntries([...new Set(values)].sort().map((value) => [value, values.filter((seen) => seen === value).length]));

  beforeAll(async () => {
    it_ = await startItForTest(env);
    hr = await hrPeople(env.KAFKA_PREFIX!, it_.service.dataSource);
    await hr.publish([serviceDesk, sysadmin, ...requesters, leaver]);
    modules = itModulesOf({ dataSource: it_.service.dataSource, config: loadItConfig(env) });
    input = await demoCompanyFromWorkforce(modules);
  });

  afterAll(async () => {
    await hr?.stop();
    await it_?.stop();
  });

  it('the plan is the same for the same people in any order, and its windows never overlap', () => {
    const now = new Date(CLOCK_AT);
    const plan = planDemoHelpdesk(input.people, now, today);
    expect(planDemoHelpdesk([...input.people].reverse(), now, today)).toEqual(plan);
    expect(plan.tickets).toHaveLength(40);
    expect(tally(plan.tickets.map((ticket) => ticket.status))).toEqual({ CLOSED: 6, IN_PROGRESS: 6, OPEN: 8, RESOLVED: 14, WAITING: 6 });
    // Nobody asks for help who has left, nor anyone on the service desk while others can.
    const agents = [serviceDesk.employeeId, sysadmin.employeeId];
    for (const ticket of plan.tickets) {
      expect(requesters.map((person) => person.employeeId)).toContain(ticket.requesterId);
      expect(agents).toContain(ticket.agentId);
    }
  });

  it('seeds forty tickets in every status, with answers, internal notes and supplies handed out from stock, and six maintenance windows', async () => {
    const stockBefore = await stock();
    const before = await counts();
    const seeded = await seedDemoHelpdesk(modules, input, logger);
    expect(seeded).toMatchObject({ tickets: 40, maintenanceWindows: 6 });

    const page = await tickets();
    // The forty, and the restock ticket the toner hand-outs raised (its stock fell to its threshold).
    expect(page.totalCount).toBe(41);
    const all = page.edges.map((edge) => edge.node);
    expect(tally(all.map((ticket) => ticket.status))).toEqual({ CLOSED: 6, IN_PROGRESS: 6, OPEN: 9, RESOLVED: 14, WAITING: 6 });
    expect(tally(all.map((ticket) => ticket.kind))).toEqual({ REQUEST: 33, RESTOCK: 1, SUPPLY: 7 });
    expect(all.filter((ticket) => ticket.kind === 'RESTOCK').map((ticket) => ticket.status)).toEqual(['OPEN']);
    expect(all.some((ticket) => ticket.comments.some((comment) => comment.internal))).toBe(true);
    expect(all.filter((ticket) => ticket.comments.some((comment) => !comment.internal)).length).toBeGreaterThanOrEqual(15);
    expect(all.every((ticket) => ticket.kind === 'RESTOCK' || requesters.some((person) => person.employeeId === ticket.requester?.id))).toBe(true);
    // What is being worked on or waits has someone from IT on it.
    const working = all.filter((ticket) => ticket.status === 'IN_PROGRESS' || ticket.status === 'WAITING');
    expect(working.map((ticket) => ticket.assignee?.id).every((id) => id === serviceDesk.employeeId || id === sysadmin.employeeId)).toBe(true);

    // What was handed out left the stock: one stapler, four toner cartridges (down to the threshold of 2), three notebooks, ...
    const stockAfter = await stock();
    const taken = (code: string) => stockBefore.get(code)! - stockAfter.get(code)!;
    expect({ stapler: taken('stapler'), toner: taken('toner'), notebook: taken('notebook'), pens: taken('pens'), cable: taken('usb-c-cable'), mouse: taken('mouse'), keyboard: taken('keyboard'), stickyNotes: taken('sticky-notes') }).toEqual({
      stapler: 1,
      toner: 4,
      notebook: 3,
      pens: 2,
      cable: 1,
      mouse: 1,
      keyboard: 0,
      stickyNotes: 0,
    });
    expect(stockAfter.get('toner')).toBe(2);

    const calendar = await windows();
    expect(calendar).toHaveLength(6);
    expect(new Set(calendar.map((window) => window.system)).size).toBe(6);
    expect(tally(calendar.map((window) => window.status))).toEqual({ COMPLETED: 2, PLANNED: 4 });
    // Soonest first, and each one ends before the next starts.
    for (let index = 1; index < calendar.length; index += 1) expect(Date.parse(calendar[index - 1]!.endsAt)).toBeLessThanOrEqual(Date.parse(calendar[index]!.startsAt));
    expect(calendar.filter((window) => window.status === 'PLANNED').every((window) => Date.parse(window.startsAt) > Date.parse(CLOCK_AT))).toBe(true);

    const after = await counts();
    expect(after.tickets - before.tickets).toBe(41);
    expect(after.windows - before.windows).toBe(6);
  });

  it('seeding again (twice at once) adds nothing', async () => {
    const before = await counts();
    const stockBefore = await stock();
    const [first, second] = await Promise.all([seedDemoHelpdesk(modules, input, logger), seedDemoHelpdesk(modules, input, logger)]);
    const nothing = { tickets: 0, comments: 0, handedOut: 0, maintenanceWindows: 0 };
    expect(first).toEqual(nothing);
    expect(second).toEqual(nothing);
    expect(await counts()).toEqual(before);
    expect(await stock()).toEqual(stockBefore);
  });
});
