import { randomUUID } from 'node:crypto';
import { startDashboardServer } from '@backoffice/dashboard/server';
import { postGraphQL } from '@backoffice/testkit/graphql-client';
import { startStack, type Stack } from './stack';

// The whole back office with the demo company seeded and the dashboard served in front of it:
// what the browser tests and the screenshots look at. DASHBOARD_URL points both at a system
// already running (npm start) instead, for quick iterations on a page.

export type DemoSystem = { dashboardUrl: string; gatewayUrl: string; stack: Stack | null; stop(): Promise<void> };

export type DemoPerson = { employeeId: string; name: string; title: string; department: string | null; roles: string[]; reportsTo: string | null };

export async function startDemoSystem(): Promise<DemoSystem> {
  if (process.env.DASHBOARD_URL) {
    const dashboardUrl = process.env.DASHBOARD_URL.replace(/\/$/, '');
    return { dashboardUrl, gatewayUrl: `${dashboardUrl}/graphql`, stack: null, stop: async () => undefined };
  }
  const stack = await startStack({ env: { SEED_DEMO_DATA: 'true' } });
  try {
    await untilDemoSeeded(stack);
    const dashboard = await startDashboardServer({ port: 0, gatewayUrl: stack.gatewayUrl, production: false });
    return {
      dashboardUrl: dashboard.url,
      gatewayUrl: stack.gatewayUrl,
      stack,
      stop: async () => {
        await dashboard.stop();
        await stack.stop();
      },
    };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

type SeedFigures = { budgets: unknown[]; supplyItems: unknown[]; tickets: { totalCount: number }; assets: { totalCount: number }; workflows: { totalCount: number } };

// The seeding is done when every department has reached its part (budgets, the helpdesk, the
// equipment, the processes) and the counts hold still over two polls.
async function untilDemoSeeded(stack: Stack, timeoutMs = 420_000): Promise<void> {
  const token = stack.token({ employeeId: randomUUID(), roles: ['MANAGER'] });
  const year = new Date().getUTCFullYear();
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  let lastProblem = '';
  for (;;) {
    const response = await postGraphQL<SeedFigures>(
      stack.gatewayUrl,
      'query Seeded($year: Int!) { budgets(fiscalYear: $year) { id } supplyItems { name } tickets(first: 1) { totalCount } assets(first: 1) { totalCount } workflows(first: 1) { totalCount } }',
      { year },
      { authorization: `Bearer ${token}` },
    ).catch(() => null);
    const figures = response?.data;
    if (response?.errors?.length && !figures) lastProblem = response.errors.map((error) => error.message).join('; ');
    const current = figures ? JSON.stringify([figures.budgets.length, figures.supplyItems.length, figures.tickets.totalCount, figures.assets.totalCount, figures.workflows.totalCount]) : '';
    const reached = figures && figures.budgets.length > 0 && figures.supplyItems.length > 0 && figures.tickets.totalCount > 0 && figures.assets.totalCount > 0;
    if (reached && current === previous) return;
    previous = current;
    if (Date.now() > deadline) throw new Error(`the demo company was not seeded within ${timeoutMs / 1000} s (last figures: ${current || 'none'}${lastProblem ? `; the gateway said: ${lastProblem}` : ''})`);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
  }
}

export async function demoPeople(dashboardUrl: string): Promise<DemoPerson[]> {
  const response = await fetch(`${dashboardUrl}/dev/sign-in/people`);
  if (!response.ok) throw new Error(`the development sign-in answered HTTP ${response.status}`);
  return ((await response.json()) as { people: DemoPerson[] }).people;
}

// The demo person holding a role (MANAGER, HR, ACCOUNTING, IT), or the one reporting to the manager.
export function personWith(people: DemoPerson[], who: 'MANAGER' | 'HR' | 'ACCOUNTING' | 'IT' | 'MANAGERS_REPORT' | 'EMPLOYEE'): DemoPerson {
  const manager = people.find((person) => person.roles.includes('MANAGER'));
  const found =
    who === 'MANAGERS_REPORT'
      ? people.find((person) => person.roles.length === 1 && person.roles[0] === 'EMPLOYEE' && manager && person.reportsTo === manager.name)
      : who === 'EMPLOYEE'
        ? people.find((person) => person.roles.length === 1 && person.roles[0] === 'EMPLOYEE' && person.reportsTo !== manager?.name)
        : people.find((person) => person.roles.includes(who));
  if (!found) throw new Error(`no demo person for ${who} among ${people.map((person) => person.name).join(', ')}`);
  return found;
}
