import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousAccessibilityViolations, signInAs, type WatchedPage } from '../src/browser';
import { dashboardPages, settled } from '../src/dashboard-pages';
import { demoPeople, personWith, startDemoSystem, type DemoPerson, type DemoSystem } from '../src/demo-system';

jest.setTimeout(600_000);

// The dashboard in Chromium against the whole back office with the demo company: what the
// manager, an employee, IT and accounting do there, each step checked on the page as a person
// would see it. Any console error or uncaught exception on any page fails the test it happened in.

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

  it('every page passes the accessibility check (no serious or critical axe violation)', async () => {
    const found: Record<string, unknown> = {};
    for (const entry of dashboardPages) {
      const watched = await openPage(browser);
      opened.push(watched);
      if (entry.viewer) await signInAs(watched.page, system.dashboardUrl, personWith(people, entry.viewer).name);
      await go(watched.page, await entry.path({ people, page: watched.page, dashboardUrl: system.dashboardUrl }));
      const violations = await seriousAccessibilityViolations(watched.page);
      if (violations.length) found[entry.name] = violations.map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).slice(0, 3).join(', ')})`);
    }
    expect(found).toEqual({});
  });
});
