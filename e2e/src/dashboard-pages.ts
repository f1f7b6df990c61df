import type { Page } from 'playwright-core';
import { personWith, type DemoPerson } from './demo-system';

// Every page of the dashboard, as the person who uses it would open it: what the screenshots
// show and what the accessibility check walks. A path may need the demo company's ids (a person,
// a ticket), found as the viewer sees them.

export type Viewer = 'MANAGER' | 'HR' | 'ACCOUNTING' | 'IT' | 'MANAGERS_REPORT' | null;

export type DashboardPage = { name: string; viewer: Viewer; path: (context: PageContext) => string | Promise<string> };

export type PageContext = { people: DemoPerson[]; page: Page; dashboardUrl: string };

export const dashboardPages: DashboardPage[] = [
  { name: 'sign-in', viewer: null, path: () => '/sign-in' },
  { name: 'overview', viewer: 'MANAGER', path: () => '/' },
  { name: 'people', viewer: 'MANAGER', path: () => '/people' },
  { name: 'person', viewer: 'MANAGER', path: ({ people }) => `/people/${personWith(people, 'MANAGERS_REPORT').employeeId}` },
  { name: 'approvals', viewer: 'MANAGER', path: () => '/approvals' },
  { name: 'processes', viewer: 'MANAGER', path: () => '/processes' },
  { name: 'helpdesk', viewer: 'IT', path: () => '/helpdesk' },
  { name: 'ticket', viewer: 'IT', path: firstTicketPath },
  { name: 'assets', viewer: 'IT', path: () => '/equipment?tab=assets' },
  { name: 'licences', viewer: 'IT', path: () => '/equipment?tab=licences' },
  { name: 'ledger-trial-balance', viewer: 'ACCOUNTING', path: () => '/ledger?tab=trial-balance' },
  { name: 'ledger-income-statement', viewer: 'ACCOUNTING', path: () => '/ledger?tab=income-statement' },
  { name: 'ledger-balance-sheet', viewer: 'ACCOUNTING', path: () => '/ledger?tab=balance-sheet' },
  { name: 'ledger-journal', viewer: 'ACCOUNTING', path: () => '/ledger?tab=journal' },
  { name: 'budgets', viewer: 'ACCOUNTING', path: () => '/budgets' },
  { name: 'hr-overview', viewer: 'HR', path: () => '/' },
  { name: 'my-record', viewer: 'MANAGERS_REPORT', path: () => '/me?tab=record' },
  { name: 'my-leave', viewer: 'MANAGERS_REPORT', path: () => '/me?tab=leave' },
  { name: 'my-tickets', viewer: 'MANAGERS_REPORT', path: () => '/me?tab=tickets' },
  { name: 'my-claims', viewer: 'MANAGERS_REPORT', path: () => '/me?tab=claims' },
  { name: 'my-payslips', viewer: 'MANAGERS_REPORT', path: () => '/me?tab=payslips' },
];

// The first ticket of the helpdesk queue, as IT sees it there.
async function firstTicketPath({ page, dashboardUrl }: PageContext): Promise<string> {
  await page.goto(`${dashboardUrl}/helpdesk`);
  await settled(page);
  const href = await page.locator('a[href^="/helpdesk/"]').first().getAttribute('href');
  if (!href) throw new Error('the helpdesk queue shows no ticket to open');
  return href;
}

// The page has its data: the network is quiet and nothing says it is loading.
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(`!document.querySelector('[aria-busy="true"]')`, undefined, { timeout: 30_000 });
}
