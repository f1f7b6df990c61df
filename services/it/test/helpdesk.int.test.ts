import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { employeeHired, employeeTerminated, terminationWithdrawn } from '@backoffice/events/hr-events';
import type { Principal } from '@backoffice/platform/identity';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { hrEvents, type HrEvents, type SentEvent } from '@backoffice/testkit/hr-events';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { statementCounter } from '@backoffice/testkit/statement-counter';
import { loadItConfig } from '../src/config';
import { itModulesOf } from '../src/it-modules';
import { assignTicket } from '../src/tickets/ticket.commands/assign-ticket';
import { openTicket } from '../src/tickets/ticket.commands/open-ticket';
import { codeOf, fieldsOf, ok } from './support/graphql-answers';
import { startItForTest, type ItForTest } from './support/it-test-service';

jest.setTimeout(120_000);

// IT's helpdesk through the service: HR's terminations opening (once) and cancelling a recovery
// ticket, concurrent changes, supplies from stock, what a requester sees, maintenance windows,
// and what a page of the queue costs in SQL statements.

type Ticket = {
  id: string;
  number: string;
  kind: string;
  status: string;
  version: number;
  resolution: string | null;
  employee: { id: string } | null;
  items: Array<{ supplyItem: { code: string } | null; quantity: number; handedOut: number; asset: { id: string } | null }>;
};
const TICKET = 'id number kind status version resolution employee { id } items { supplyItem { code } quantity handedOut asset { id } }';

const OPEN = `mutation Open($input: OpenTicketInput!) { openTicket(input: $input) { ${TICKET} } }`;
const REQUEST_SUPPLIES = `mutation Request($input: RequestSuppliesInput!) { requestSupplies(input: $input) { ${TICKET} } }`;
const HAND_OUT = `mutation HandOut($input: HandOutSuppliesInput!) { handOutSupplies(input: $input) { ${TICKET} } }`;
const ASSIGN = `mutation Assign($input: AssignTicketInput!) { assignTicket(input: $input) { ${TICKET} assignee { id } } }`;
const COMMENT = `mutation Comment($input: CommentOnTicketInput!) { commentOnTicket(input: $input) { id } }`;
const SEEN = `query Seen($id: ID!) { ticket(id: $id) { id comments { body internal author } timeline { action } } }`;
const SUPPLIES = `query { supplyItems { code stock lowStockThreshold } }`;
const TICKETS = `query Tickets($filter: TicketFilter) { tickets(filter: $filter, first: 100) { totalCount edges { node { ${TICKET} } } } }`;
const SCHEDULE = `mutation Schedule($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { id system status version startsAt endsAt } }`;
const UPDATE_WINDOW = `mutation Update($input: UpdateMaintenanceWindowInput!) { updateMaintenanceWindow(input: $input) { id status version } }`;
const REGISTER = `mutation Register($input: RegisterAssetInput!) { registerAsset(input: $input) { id tag version } }`;
const ASSIGN_ASSET = `mutation Assign($input: AssignAssetInput!) { assignAsset(input: $input) { id tag version } }`;

const person = (roles: string[] = ['EMPLOYEE']): Principal => ({ employeeId: randomUUID(), roles }) as Principal;

describe('IT helpdesk', () => {
  let it_: ItForTest;
  let hr: HrEvents;
  let today: string;
  const department = randomUUID();
  const itAdmin = person(['IT']);
  const alice = person();
  const bob = person();
  const call = <T>(query: string, variables: Record<string, unknown>, who: Principal = itAdmin) => it_.call<T>(query, variables, who);
  const dayOffset = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  // Until IT's helpdesk consumer has applied the event (or a later one of the same person).
  const helpdeskApplied = (event: SentEvent) =>
    eventually(async () => {
      const found = await it_.admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM inbox_positions WHERE consumer = 'it.helpdesk' AND topic = $1 AND subject = $2 AND last_sequence >= $3`,
        [event.topic, event.subject, event.sequence],
      );
      return found.rows[0]!.n === 1;
    }, 30_000);

  const openFor = async (who: Principal, fields: Record<string, unknown> = {}) =>
    ok(await call<{ openTicket: Ticket }>(OPEN, { input: { category: 'SOFTWARE', priority: 'MEDIUM', subject: 'Editor crashes', description: 'On start', ...fields } }, who)).openTicket;

  beforeAll(async () => {
    it_ = await startItForTest();
    today = (await it_.service.dataSource.query<Array<{ today: string }>>('SELECT business_today()::text AS today'))[0]!.today;
    await it_.hire([itAdmin, alice, bob].map((who) => ({ employeeId: who.employeeId!, departmentId: department, managerId: null, startDate: dayOffset(-200) })));
    hr = await hrEvents(it_.env.KAFKA_PREFIX!, 'helpdesk-test-hr', [employeeHired.topic]);
  });

  afterAll(async () => {
    await hr?.stop();
    await it_?.stop();
  });

  it('a redelivered or re-sent termination opens one recovery ticket for what the leaver holds; a withdrawal cancels it', async () => {
    const leaver = randomUUID();
    const hired = await hr.publish(employeeHired, {
      employeeId: leaver,
      employeeNumber: `E-${leaver.slice(0, 8)}`,
      firstName: 'Lee',
      lastName: 'Ver',
      email: `lee-${leaver.slice(0, 8)}@example.com`,
      title: 'Analyst',
      departmentId: department,
      managerId: null,
      employmentType: 'FULL_TIME',
      startDate: dayOffset(-100),
    });
    await helpdeskApplied(hired);
    const asset = ok(
      await call<{ registerAsset: { id: string; tag: string; version: number } }>(REGISTER, {
        input: { category: 'LAPTOP', manufacturer: 'Lenovo', model: 'T14', serialNumber: `SN-${randomUUID()}`, purchaseDate: dayOffset(-30), purchaseCost: '1000.00', currency: 'EUR' },
      }),
    ).registerAsset;
    await eventually(async () => !(await call(ASSIGN_ASSET, { input: { assetId: asset.id, expectedVersion: asset.version, employeeId: leaver } })).errors, 30_000);

    const lastDay = dayOffset(10);
    const terminated = await hr.publish(employeeTerminated, { employeeId: leaver, terminationDate: lastDay });
    await hr.redeliver(terminated);
    const again = await hr.publish(employeeTerminated, { employeeId: leaver, terminationDate: lastDay });
    expect(again.envelope.id).not.toBe(terminated.envelope.id);
    await helpdeskApplied(again);

    const recoveries = async () =>
      (await it_.admin.query<{ id: string; status: string; resolution: string | null }>(`SELECT id, status, resolution FROM tickets WHERE kind = 'RECOVERY' AND employee_id = $1`, [leaver])).rows;
    const [recovery, ...more] = await recoveries();
    expect(more).toHaveLength(0);
    expect(recovery).toMatchObject({ status: 'OPEN', resolution: null });
    const listed = ok(await call<{ tickets: { edges: Array<{ node: Ticket }> } }>(TICKETS, { filter: { kind: 'RECOVERY' } })).tickets.edges.map((edge) => edge.node);
    const mine = listed.filter((ticket) => ticket.employee?.id === leaver);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.items).toEqual([{ supplyItem: null, quantity: 1, handedOut: 0, asset: { id: asset.id } }]);

    const withdrawn = await hr.publish(terminationWithdrawn, { employeeId: leaver, withdrawnTerminationDate: lastDay });
    await helpdeskApplied(withdrawn);
    expect(await recoveries()).toEqual([{ id: recovery!.id, status: 'CLOSED', resolution: 'CANCELLED' }]);
  });

  it('two assignments with the same expected version: one wins, the other gets CONFLICT', async () => {
    const ticket = await openFor(alice);
    const answers = await Promise.all(
      [itAdmin, bob].map((assignee) => call<{ assignTicket: Ticket & { assignee: { id: string } } }>(ASSIGN, { input: { ticketId: ticket.id, expectedVersion: ticket.version, assigneeId: assignee.employeeId } })),
    );
    const won = answers.filter((answer) => !answer.errors);
    const lost = answers.filter((answer) => answer.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(codeOf(lost[0]!)).toBe('CONFLICT');
    const winner = won[0]!.data!.assignTicket;
    expect(winner.version).toBe(ticket.version + 1);
    const stored = await it_.admin.query<{ assignee_id: string; version: number }>(`SELECT assignee_id, version FROM tickets WHERE id = $1`, [ticket.id]);
    expect(stored.rows).toEqual([{ assignee_id: winner.assignee.id, version: ticket.version + 1 }]);
    const assigned = await it_.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM ticket_timeline WHERE ticket_id = $1 AND action = 'ASSIGNED'`, [ticket.id]);
    expect(assigned.rows[0]!.n).toBe(1);
  });

  it('supplies: a hand-out lowers the stock, more than in stock is refused and writes nothing, and low stock raises one restock ticket', async () => {
    const stapler = async () => ok(await call<{ supplyItems: Array<{ code: string; stock: number; lowStockThreshold: number }> }>(SUPPLIES, {})).supplyItems.find((item) => item.code === 'stapler')!;
    const before = await stapler();
    expect(before).toEqual({ code: 'stapler', stock: 12, lowStockThreshold: 3 });

    const one = ok(await call<{ requestSupplies: Ticket }>(REQUEST_SUPPLIES, { input: { items: [{ item: 'stapler', quantity: 1 }] } }, alice)).requestSupplies;
    expect(one).toMatchObject({ kind: 'SUPPLY', status: 'OPEN', items: [{ supplyItem: { code: 'stapler' }, quantity: 1, handedOut: 0 }] });
    const handed = ok(await call<{ handOutSupplies: Ticket }>(HAND_OUT, { input: { ticketId: one.id, expectedVersion: one.version, item: 'stapler', quantity: 1 } })).handOutSupplies;
    expect(handed.items[0]!.handedOut).toBe(1);
    expect((await stapler()).stock).toBe(11);

    // 13 asked, 11 in stock.
    const many = ok(await call<{ requestSupplies: Ticket }>(REQUEST_SUPPLIES, { input: { items: [{ item: 'stapler', quantity: 13 }] } }, alice)).requestSupplies;
    const moves = async () => (await it_.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM supply_stock_moves WHERE item = 'stapler'`)).rows[0]!.n;
    const movesBefore = await moves();
    const tooMany = await call(HAND_OUT, { input: { ticketId: many.id, expectedVersion: many.version, item: 'stapler', quantity: 13 } });
    expect(codeOf(tooMany)).toBe('CONFLICT');
    expect((await stapler()).stock).toBe(11);
    expect(await moves()).toBe(movesBefore);
    const untouched = await it_.admin.query<{ version: number; handed_out: number }>(`SELECT t.version, i.handed_out FROM tickets t JOIN ticket_items i ON i.ticket_id = t.id WHERE t.id = $1`, [many.id]);
    expect(untouched.rows).toEqual([{ version: many.version, handed_out: 0 }]);

    const restocks = async () =>
      (await it_.admin.query<{ id: string }>(`SELECT id FROM tickets WHERE kind = 'RESTOCK' AND supply_item = 'stapler' AND status NOT IN ('RESOLVED', 'CLOSED')`)).rows;
    // 11 → 4: not yet at the threshold of 3.
    let current = ok(await call<{ handOutSupplies: Ticket }>(HAND_OUT, { input: { ticketId: many.id, expectedVersion: many.version, item: 'stapler', quantity: 7 } })).handOutSupplies;
    expect((await stapler()).stock).toBe(4);
    expect(await restocks()).toHaveLength(0);
    // 4 → 3: at the threshold.
    current = ok(await call<{ handOutSupplies: Ticket }>(HAND_OUT, { input: { ticketId: many.id, expectedVersion: current.version, item: 'stapler', quantity: 1 } })).handOutSupplies;
    expect((await stapler()).stock).toBe(3);
    const [restock] = await restocks();
    expect(restock).toBeDefined();
    // 3 → 2 → 1: still the one restock ticket.
    current = ok(await call<{ handOutSupplies: Ticket }>(HAND_OUT, { input: { ticketId: many.id, expectedVersion: current.version, item: 'stapler', quantity: 1 } })).handOutSupplies;
    current = ok(await call<{ handOutSupplies: Ticket }>(HAND_OUT, { input: { ticketId: many.id, expectedVersion: current.version, item: 'stapler', quantity: 1 } })).handOutSupplies;
    expect((await stapler()).stock).toBe(1);
    expect(await restocks()).toEqual([restock]);
    expect(current.items[0]!.handedOut).toBe(10);
  });

  it('an employee sees their own ticket with public comments only, not another person\'s, and cannot post an internal note', async () => {
    const ticket = await openFor(alice);
    ok(await call(COMMENT, { input: { ticketId: ticket.id, body: 'We are looking into it', internal: false } }));
    ok(await call(COMMENT, { input: { ticketId: ticket.id, body: 'Probably a licence problem', internal: true } }));

    type Seen = { ticket: { id: string; comments: Array<{ body: string; internal: boolean }>; timeline: Array<{ action: string }> } };
    const asIt = ok(await call<Seen>(SEEN, { id: ticket.id })).ticket;
    expect(asIt.comments.map((comment) => comment.body)).toEqual(['We are looking into it', 'Probably a licence problem']);
    expect(asIt.timeline.map((entry) => entry.action)).toEqual(['OPENED', 'COMMENTED', 'COMMENTED']);

    const asAlice = ok(await call<Seen>(SEEN, { id: ticket.id }, alice)).ticket;
    expect(asAlice.comments).toEqual([expect.objectContaining({ body: 'We are looking into it', internal: false })]);
    expect(asAlice.timeline.map((entry) => entry.action)).toEqual(['OPENED', 'COMMENTED']);

    const asBob = await call<Seen>(SEEN, { id: ticket.id }, bob);
    expect(codeOf(asBob)).toBe('FORBIDDEN');
    expect(asBob.data?.ticket ?? null).toBeNull();

    const note = await call(COMMENT, { input: { ticketId: ticket.id, body: 'Just between us', internal: true } }, alice);
    expect(codeOf(note)).toBe('FORBIDDEN');
    const stored = await it_.admin.query<{ body: string }>(`SELECT body FROM ticket_comments WHERE ticket_id = $1 ORDER BY at, body`, [ticket.id]);
    expect(stored.rows.map((row) => row.body).sort()).toEqual(['Probably a licence problem', 'We are looking into it']);
  });

  it('maintenance: an overlapping window on the same system is refused, another system is fine, and a cancelled window no longer blocks', async () => {
    const startsAt = `${dayOffset(20)}T20:00:00.000Z`;
    const endsAt = `${dayOffset(20)}T22:00:00.000Z`;
    const window = (system: string, from = startsAt, to = endsAt) => ({ input: { system, title: `Upgrade ${system}`, startsAt: from, endsAt: to, impact: 'OUTAGE' } });
    const first = ok(await call<{ scheduleMaintenance: { id: string; version: number; status: string } }>(SCHEDULE, window('vpn'))).scheduleMaintenance;
    expect(first.status).toBe('PLANNED');

    const overlapping = await call(SCHEDULE, window('vpn', `${dayOffset(20)}T21:00:00.000Z`, `${dayOffset(20)}T23:00:00.000Z`));
    expect(codeOf(overlapping)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(overlapping)).toEqual(['input.startsAt']);

    ok(await call(SCHEDULE, window('chat')));

    ok(await call(UPDATE_WINDOW, { input: { windowId: first.id, expectedVersion: first.version, status: 'CANCELLED' } }));
    const afterCancel = ok(await call<{ scheduleMaintenance: { system: string; status: string } }>(SCHEDULE, window('vpn', `${dayOffset(20)}T21:00:00.000Z`, `${dayOffset(20)}T23:00:00.000Z`))).scheduleMaintenance;
    expect(afterCancel).toMatchObject({ system: 'vpn', status: 'PLANNED' });
    const stored = await it_.admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM maintenance_windows WHERE system = 'vpn'`);
    expect(stored.rows[0]!.n).toBe(2);

    // What changes when, for anyone signed in: both vpn windows and the chat one on that day, soonest first.
    const LIST = `query Windows($from: DateTime, $to: DateTime) { maintenanceWindows(from: $from, to: $to) { system status startsAt } }`;
    const day = { from: `${dayOffset(20)}T00:00:00.000Z`, to: `${dayOffset(21)}T00:00:00.000Z` };
    const listed = ok(await call<{ maintenanceWindows: Array<{ system: string; status: string; startsAt: string }> }>(LIST, day, alice)).maintenanceWindows;
    expect(listed.map((one) => `${one.system} ${one.status}`)).toEqual(['chat PLANNED', 'vpn CANCELLED', 'vpn PLANNED']);
    const backwards = await call(LIST, { from: day.to, to: day.from }, alice);
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(backwards)).toEqual(['to']);
  });

  // Last: it stops the relay and the job runner, so that their polls do not land in a count.
  it('a page of 100 tickets with requester, assignee, asset and SLA costs the same number of SQL statements as a page of 10', async () => {
    const modules = itModulesOf({ dataSource: it_.service.dataSource, config: loadItConfig(it_.env) });
    const metadata = (): EventMetadata => ({ actor: itAdmin.employeeId!, correlationId: randomUUID() });
    const assets = [];
    for (let index = 0; index < 3; index += 1) {
      assets.push(
        ok(
          await call<{ registerAsset: { id: string; tag: string } }>(REGISTER, {
            input: { category: 'MONITOR', manufacturer: 'Dell', model: 'U27', serialNumber: `SN-${randomUUID()}`, purchaseDate: dayOffset(-30), purchaseCost: '300.00', currency: 'EUR' },
          }),
        ).registerAsset,
      );
    }
    const requesters = [alice, bob];
    const assignees = [itAdmin, bob];
    for (let index = 0; index < 100; index += 1) {
      const opened = await openTicket(
        modules,
        { category: 'HARDWARE', priority: 'HIGH', subject: `Monitor flickers ${index}`, description: 'Now and then', assetId: assets[index % assets.length]!.id, requesterId: requesters[index % 2]!.employeeId },
        metadata(),
      );
      await assignTicket(modules, { ticketId: opened.id, expectedVersion: opened.version, assigneeId: assignees[index % 2]!.employeeId }, metadata());
    }
    await it_.service.relay.stop();
    await it_.service.jobs.stop();

    const PAGE = `query Page($first: Int!) { tickets(first: $first, filter: { category: HARDWARE, kind: REQUEST }) { totalCount edges { node { id requester { id } assignee { id } asset { tag } sla { breached } } } } }`;
    type Page = { tickets: { totalCount: number; edges: Array<{ node: { requester: { id: string }; assignee: { id: string }; asset: { tag: string }; sla: { breached: boolean } } }> } };
    const counter = statementCounter(it_.service.dataSource);
    const ten = await counter.during(() => call<Page>(PAGE, { first: 10 }));
    const hundred = await counter.during(() => call<Page>(PAGE, { first: 100 }));

    const page = ok(hundred.result).tickets;
    expect(page.totalCount).toBe(100);
    expect(page.edges).toHaveLength(100);
    const tags = new Set(assets.map((asset) => asset.tag));
    for (const { node } of page.edges) {
      expect([alice.employeeId, bob.employeeId]).toContain(node.requester.id);
      expect([itAdmin.employeeId, bob.employeeId]).toContain(node.assignee.id);
      expect(tags.has(node.asset.tag)).toBe(true);
      expect(node.sla.breached).toBe(false);
    }
    expect(ok(ten.result).tickets.edges).toHaveLength(10);
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
    console.log(`a page of the queue: ${ten.statements} SQL statements for 10 tickets, ${hundred.statements} for 100`);
  });
});
