import { randomUUID } from 'node:crypto';
import { asCaller, createDepartment, newHires, type HiredEmployee } from '../src/graph';
import { startStack, type Stack } from '../src/stack';

jest.setTimeout(120_000);

// The helpdesk through the gateway: an employee HR hired asks IT for a stapler; IT answers (an
// internal note and a public comment), starts the ticket, hands the stapler out of stock and
// resolves it as FULFILLED; the employee sees it resolved with the public comment only, and the
// requester's name comes from HR's subgraph. Times are relative to the moment the test runs.

type Ticket = {
  id: string;
  number: string;
  kind: string;
  status: string;
  version: number;
  sla: { firstResponseDue: string; resolutionDue: string; breached: boolean; paused: boolean; pausedFor: number };
  comments: Array<{ body: string; internal: boolean }>;
  items: Array<{ supplyItem: { code: string } | null; quantity: number; handedOut: number; done: boolean }>;
  resolution: string | null;
  resolutionNote: string | null;
  requester: { firstName: string } | null;
};

const TICKET_FIELDS = `id number kind status version
  sla { firstResponseDue resolutionDue breached paused pausedFor }
  comments { body internal }
  items { supplyItem { code } quantity handedOut done }
  resolution resolutionNote`;

const INTERNAL_NOTE = 'Internal: last stapler from the second-floor cupboard, reorder soon.';
const PUBLIC_COMMENT = 'We have one in stock, bringing it to your desk this afternoon.';

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the helpdesk through the gateway', () => {
  let stack: Stack;
  let itToken: string;
  let employeeToken: string;
  let employee: HiredEmployee;

  const serviceLogs = () => (['gateway', 'hr', 'it'] as const).map((name) => `--- ${name} ---\n${stack.logs(name)}`).join('\n');
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await asCaller<T>(stack.gatewayUrl, token, query, variables);
    if (response.errors?.length || !response.data) throw new Error(`${query.split('(')[0]} failed: ${JSON.stringify(response.errors ?? response)}\n${serviceLogs()}`);
    return response.data;
  };
  const stockOf = async (code: string): Promise<number> => {
    const { supplyItems } = await ok<{ supplyItems: Array<{ code: string; stock: number | null }> }>(itToken, `{ supplyItems { code stock } }`);
    const item = supplyItems.find((candidate) => candidate.code === code);
    if (!item || item.stock === null) throw new Error(`no stock count for ${code}: ${JSON.stringify(supplyItems)}`);
    return item.stock;
  };

  beforeAll(async () => {
    stack = await startStack();
    const managerToken = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
    itToken = stack.token({ employeeId: randomUUID(), roles: ['IT'] });
    const departmentId = await createDepartment(stack.gatewayUrl, managerToken, 'OPS', 'Operations');
    employee = (
      await ok<{ hireEmployee: HiredEmployee }>(managerToken, `mutation Hire($input: HireEmployeeInput!) { hireEmployee(input: $input) { id email } }`, {
        input: { title: 'Office Manager', ...newHires.ada, departmentId, startDate: daysFromToday(-30) },
      })
    ).hireEmployee;
    employeeToken = stack.token({ employeeId: employee.id, roles: ['EMPLOYEE'] });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  // IT opens a ticket only for someone its workforce projection has employed today, and the
  // projection fills from HR's events after the hire returns: until then the request is refused
  // (BAD_USER_INPUT naming input.requesterId) and changes nothing, so it is asked again.
  async function untilItKnowsTheEmployeeAndTakesTheRequest(): Promise<Ticket> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const response = await asCaller<{ requestSupplies: Ticket }>(
        stack.gatewayUrl,
        employeeToken,
        `mutation Ask($input: RequestSuppliesInput!) { requestSupplies(input: $input) { ${TICKET_FIELDS} } }`,
        { input: { items: [{ item: 'stapler', quantity: 1 }] } },
      );
      if (!response.errors && response.data) return response.data.requestSupplies;
      const notYetKnown = response.errors?.every((error) => error.extensions?.code === 'BAD_USER_INPUT' && JSON.stringify(error.extensions).includes('input.requesterId'));
      if (!notYetKnown) throw new Error(`requestSupplies failed: ${JSON.stringify(response.errors)}\n${serviceLogs()}`);
      if (Date.now() > deadline) throw new Error(`IT never learned that ${employee.id} is employed\n${serviceLogs()}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  it('an employee asks for a stapler, IT answers, hands one out of stock and resolves; the employee sees it resolved without the internal note', async () => {
    const stockBefore = await stockOf('stapler');

    // The employee asks: a SUPPLY ticket, open, with its clocks running and nothing breached.
    const requestedAt = Date.now();
    const opened = await untilItKnowsTheEmployeeAndTakesTheRequest();
    expect(opened).toMatchObject({ kind: 'SUPPLY', status: 'OPEN', comments: [], items: [{ supplyItem: { code: 'stapler' }, quantity: 1, handedOut: 0, done: false }] });
    expect(opened.number).toMatch(/^TCK-\d{6}$/);
    const firstResponseDue = Date.parse(opened.sla.firstResponseDue);
    const resolutionDue = Date.parse(opened.sla.resolutionDue);
    expect(firstResponseDue).toBeGreaterThan(requestedAt - 60_000);
    expect(resolutionDue).toBeGreaterThanOrEqual(firstResponseDue);
    expect(opened.sla).toMatchObject({ breached: false, paused: false, pausedFor: 0 });

    // The employee sees their own ticket, with the same clocks.
    const { ticket: seenByEmployee } = await ok<{ ticket: Ticket }>(employeeToken, `query T($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`, { id: opened.id });
    expect(seenByEmployee).toMatchObject({ id: opened.id, number: opened.number, status: 'OPEN' });
    expect(seenByEmployee.sla).toMatchObject({ firstResponseDue: opened.sla.firstResponseDue, resolutionDue: opened.sla.resolutionDue, breached: false });

    // IT: an internal note, then a public comment (the first answer).
    const comment = async (body: string, internal: boolean) =>
      (await ok<{ commentOnTicket: Ticket }>(itToken, `mutation C($input: CommentOnTicketInput!) { commentOnTicket(input: $input) { ${TICKET_FIELDS} } }`, { input: { ticketId: opened.id, body, internal } })).commentOnTicket;
    await comment(INTERNAL_NOTE, true);
    const commented = await comment(PUBLIC_COMMENT, false);
    expect(commented.comments).toEqual([
      { body: INTERNAL_NOTE, internal: true },
      { body: PUBLIC_COMMENT, internal: false },
    ]);

    const started = (await ok<{ startTicket: Ticket }>(itToken, `mutation S($input: TicketChangeInput!) { startTicket(input: $input) { ${TICKET_FIELDS} } }`, { input: { ticketId: opened.id, expectedVersion: commented.version } })).startTicket;
    expect(started.status).toBe('IN_PROGRESS');

    const handedOut = (
      await ok<{ handOutSupplies: Ticket }>(itToken, `mutation H($input: HandOutSuppliesInput!) { handOutSupplies(input: $input) { ${TICKET_FIELDS} } }`, {
        input: { ticketId: opened.id, expectedVersion: started.version, item: 'stapler', quantity: 1 },
      })
    ).handOutSupplies;
    expect(handedOut.items).toEqual([{ supplyItem: { code: 'stapler' }, quantity: 1, handedOut: 1, done: true }]);
    expect(await stockOf('stapler')).toBe(stockBefore - 1);

    const resolved = (
      await ok<{ resolveTicket: Ticket }>(itToken, `mutation R($input: ResolveTicketInput!) { resolveTicket(input: $input) { ${TICKET_FIELDS} } }`, {
        input: { ticketId: opened.id, expectedVersion: handedOut.version, resolution: 'FULFILLED', note: 'Stapler on your desk.' },
      })
    ).resolveTicket;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: 'FULFILLED', resolutionNote: 'Stapler on your desk.' });
    expect(resolved.sla.breached).toBe(false);

    // The employee again: resolved, the public comment and not the internal note, and who asked
    // (their own first name) resolved from HR through the gateway.
    const { ticket: afterwards } = await ok<{ ticket: Ticket }>(employeeToken, `query T($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} requester { firstName } } }`, { id: opened.id });
    expect(afterwards).toMatchObject({ status: 'RESOLVED', resolution: 'FULFILLED', requester: { firstName: 'Ada' } });
    expect(afterwards.comments).toEqual([{ body: PUBLIC_COMMENT, internal: false }]);
    expect(JSON.stringify(afterwards)).not.toContain('second-floor cupboard');
    // The stock stays where the hand-out left it.
    expect(await stockOf('stapler')).toBe(stockBefore - 1);
  });
});
