import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openPage, signInAs } from './browser';
import { dashboardPages, settled } from './dashboard-pages';
import { demoPeople, personWith, startDemoSystem } from './demo-system';

// `npm run screenshots`: every page of the dashboard at 1280×800 as its user sees it, on the
// demo company, into docs/screenshots/ (the README shows them). Starts its own system, or uses
// the one at DASHBOARD_URL (e.g. DASHBOARD_URL=http://127.0.0.1:4080 beside npm start).

const outputDirectory = join(__dirname, '..', '..', 'docs', 'screenshots');

async function main() {
  mkdirSync(outputDirectory, { recursive: true });
  const started = Date.now();
  console.error(process.env.DASHBOARD_URL ? `using the dashboard at ${process.env.DASHBOARD_URL}` : 'starting the back office with the demo company (a minute or two while it seeds)…');
  const system = await startDemoSystem();
  const browser = await launchBrowser();
  try {
    const people = await demoPeople(system.dashboardUrl);
    for (const entry of dashboardPages) {
      const { page, context, problems } = await openPage(browser);
      if (entry.viewer) await signInAs(page, system.dashboardUrl, personWith(people, entry.viewer).name);
      const path = await entry.path({ people, page, dashboardUrl: system.dashboardUrl });
      await page.goto(system.dashboardUrl + path);
      await settled(page);
      const file = join(outputDirectory, `${entry.name}.png`);
      await page.screenshot({ path: file });
      console.log(`${entry.name.padEnd(26)} ${path.padEnd(40)} docs/screenshots/${entry.name}.png${problems.length ? `  (console: ${problems.join('; ')})` : ''}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await system.stop();
  }
  console.error(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
