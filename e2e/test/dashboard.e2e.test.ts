import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousAccessibilityViolations, signInAs, type WatchedPage } from '../src/browser';
import { dashboardPages, settled } from '../src/dashboard-pages';
import { demoPeople, personWith, startDemoSystem, type DemoPerson, type DemoSystem } from '../src/demo-system';

jest.setTimeout(600_000);

// The dashboard in Chromium against the whole back office with the demo company: what the
// manager, an employee, IT and accounting do there, each step checked on the page as a person
// would see it. Any console error or uncaught exception on any page fails the test it happened in.

// A weekday within the next weeks, away from the holidays at the year's end, in this year while
// one is left (a long-lived system seeded before December, DASHBOARD_URL, has no allowance for
// next year; one seeded in December has); random, so runs against one system do not ask for the
// same day twice.
function aWorkingDaySoon(): string {
  const days: string[] = [];
  for (let ahead = 3; ahead <= 20; ahead += 1) {
    const day = new Date(Date.now() + ahead * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !/-12-(2[4-9]|3[01])$|-01-0[1-2]$/.test(iso)) days.push(iso);
  }
  const year = new Date().toISOString().slice(0, 4);
  const thisYears = days.filter((day) => day.startsWith(year));
  const choices = thisYears.length ? thisYears : days;
  return choices[Math.floor(Math.random() * choices.length)]!;
}

const displayDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The balance cell of a leave row: "25 days left in 2026 / 0 days taken · 1 day pending, 24 days after".
function leaveFigures(text: string): { left: number; taken: number; pending: number } {
  const number = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  return { left: number(/([\d.]+) days? left/), taken: number(/([\d.]+) days? taken/), pending: number(/([\d.]+) days? pending/) };
}

// Polls until the check returns something (a page updating after a refetch or an event).
async function eventually<T>(check: () => Promise<T | null>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('the page did not show it in time');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('the dashboard in a browser', () => {
  let system: DemoSystem;
  let browser: Browser;
  let people: DemoPerson[];
  const opened: WatchedPage[] = [];

  beforeAll(async () => {
    system = await startDemoSystem();
    browser = await launchBrowser();
    people = await demoPeople(system.dashboardUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  // A signed-in page of its own for one person; its console problems are checked after the test.
  async function as(who: Parameters<typeof personWith>[1]): Promise<Page> {
    const watched = await openPage(browser);
    opened.push(watched);
    await signInAs(watched.page, system.dashboardUrl, personWith(people, who).name);
    return watched.page;
  }

  afterEach(async () => {
    const problems = opened.flatMap((watched) => watched.problems);
    await Promise.all(opened.splice(0).map((watched) => watched.context.close()));
    expect(problems).toEqual([]);
  });

  const go = async (page: Page, path: string) => {
    await page.goto(system.dashboardUrl + path);
    await settled(page);
  };

  it('the manager signs in and reads the overview, whose numbers lead to their lists', async () => {
    const page = await as('MANAGER');
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    for (const card of ['Approvals waiting', 'Headcount', 'Helpdesk', 'Budget against spend', 'Onboardings and offboardings', 'Findings and record issues']) {
      await page.getByRole('heading', { level: 2, name: card }).waitFor();
    }
    const employed = Number(await page.getByRole('link', { name: /people employed/ }).locator('.figure').textContent());
    expect(employed).toBeGreaterThan(50);
    const openTickets = Number(await page.getByRole('link', { name: /open tickets/ }).locator('.figure').textContent());
    expect(openTickets).toBeGreaterThan(0);
    // The headcount figure opens the people directory.
    await page.getByRole('link', { name: /people employed/ }).click();
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    expect(await page.getByRole('table', { name: 'People' }).getByRole('row').count()).toBeGreaterThan(5);
  });

  it('the manager approves a leave request and sees the balance change', async () => {
    const report = personWith(people, 'MANAGERS_REPORT');
    const day = aWorkingDaySoon();
    // The employee asks for the day from their own page.
    const employee = await as('MANAGERS_REPORT');
    await go(employee, '/me?tab=leave');
    await employee.getByLabel('Leave type').selectOption({ label: 'Vacation' });
    await employee.getByLabel('From', { exact: true }).fill(day);
    await employee.getByLabel('To', { exact: true }).fill(day);
    await employee.getByRole('button', { name: 'Request leave' }).click();
    await employee.getByText(/of vacation from .* was sent for approval\./).waitFor();

    // Their manager finds it in the inbox with the balance it would leave, and approves it.
    const manager = await as('MANAGER');
    await go(manager, '/approvals#leave');
    const approve = manager.getByRole('button', { name: new RegExp(`^Approve leave for ${report.name}( \\(${escapeRegExp(displayDate(day))}\\))?$`) });
    // The row, found by who and when: once decided it has no Approve button any more.
    const row = manager.getByRole('row').filter({ hasText: report.name }).filter({ hasText: displayDate(day) });
    const balanceCell = row.locator('td').nth(3);
    const before = await eventually(async () => {
      const text = await balanceCell.innerText();
      return /Loading/.test(text) ? null : leaveFigures(text);
    });
    expect(before.pending).toBeGreaterThanOrEqual(1);
    await approve.click();
    await manager.getByRole('status').filter({ hasText: `Leave for ${report.name} approved.` }).waitFor();
    const after = await eventually(async () => {
      const text = await balanceCell.innerText();
      return /Loading/.test(text) || leaveFigures(text).taken === before.taken ? null : leaveFigures(text);
    });
    // The approved day moved from pending to taken: one day fewer left to take this year.
    expect(after).toEqual({ left: before.left - 1, taken: before.taken + 1, pending: before.pending - 1 });
  });

  it("an employee asks for a stapler and it appears in IT's queue", async () => {
    const requester = personWith(people, 'EMPLOYEE');
    const employee = await as('EMPLOYEE');
    await go(employee, '/me?tab=tickets');
    await employee.getByLabel('Item').selectOption({ label: 'Stapler' });
    await employee.getByLabel('Quantity').fill('1');
    await employee.getByRole('button', { name: 'Request supplies' }).click();
    await employee.getByText('Your request for 1 × Stapler was sent to IT.').waitFor();
    const mine = employee.getByRole('table', { name: 'Your tickets, newest first' });
    const number = await eventually(async () => /TCK-\d+/.exec(await mine.innerText())?.[0] ?? null);

    const it = await as('IT');
    await go(it, '/helpdesk');
    const queued = it.getByRole('table', { name: 'Tickets' }).getByRole('row').filter({ hasText: number });
    await queued.waitFor();
    expect(await queued.innerText()).toContain(requester.name);
    expect(await queued.innerText()).toContain('Supply request');
  });

  it('an expense claim goes from the employee through the manager to the ledger', async () => {
    const title = `Taxi to the client ${Date.now().toString(36)}`;
    const employee = await as('MANAGERS_REPORT');
    await go(employee, '/me?tab=claims');
    await employee.getByLabel('Description').fill(title);
    await employee.getByLabel('Merchant').fill('City Cabs');
    await employee.getByLabel('Amount').fill('42.50');
    // Above 25.00 the expense policy wants the receipt.
    await employee.getByLabel('Receipt reference').fill('RCPT-4711');
    await employee.getByRole('button', { name: 'Save draft' }).click();
    await employee.getByRole('button', { name: `Submit claim ${title}` }).click();
    await employee.getByRole('button', { name: `Submit claim ${title}` }).waitFor({ state: 'detached' });

    const manager = await as('MANAGER');
    await go(manager, '/approvals#expense-claims');
    await manager.getByRole('button', { name: `Approve claim ${title}` }).click();
    await manager.getByRole('status').filter({ hasText: `Claim ${title} approved` }).waitFor();

    // Accounting finds the claim's entry on the first page of the journal's expense-claim
    // entries, newest first.
    const accounting = await as('ACCOUNTING');
    await eventually(async () => {
      await go(accounting, '/ledger?tab=journal&source=EXPENSE');
      const journal = accounting.getByRole('table', { name: 'Journal, newest first', exact: true });
      return (await journal.getByText(`Expense claim: ${title}`, { exact: true }).count()) > 0 ? true : null;
    });
  });

  it('every page passes the accessibility check (no serious or critical axe violation)', async () => {
    const found: Record<string, unknown> = {};
    // One browser context per viewer, signed in once, going from page to page as that person would.
    const viewers = new Map<string, WatchedPage>();
    for (const entry of dashboardPages) {
      let watched = entry.viewer ? viewers.get(entry.viewer) : undefined;
      if (!watched) {
        watched = await openPage(browser);
        opened.push(watched);
        if (entry.viewer) {
          await signInAs(watched.page, system.dashboardUrl, personWith(people, entry.viewer).name);
          viewers.set(entry.viewer, watched);
        }
      }
      await go(watched.page, await entry.path({ people, page: watched.page, dashboardUrl: system.dashboardUrl }));
      const violations = await seriousAccessibilityViolations(watched.page);
      if (violations.length) found[entry.name] = violations.map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).slice(0, 3).join(', ')})`);
    }
    expect(found).toEqual({});
  });
});
