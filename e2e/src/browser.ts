import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

// The dashboard in a real browser: Debian's Chromium, headless, driven by playwright-core (no
// browser is downloaded here). Every page's console errors and uncaught exceptions are kept, so
// a test can fail on any of them; axe-core runs inside the page for the accessibility check.

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const CHROMIUM_MISSING = 'Chromium was not found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable.';

export function chromiumPath(): string | null {
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!)) ?? null;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  // No sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

export const LAPTOP_VIEWPORT = { width: 1280, height: 800 };

export type WatchedPage = { page: Page; context: BrowserContext; problems: string[] };

// A fresh context (its own session storage) with a page whose console errors are collected.
export async function openPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: LAPTOP_VIEWPORT });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message} (${page.url()})`));
  return { page, context, problems };
}

// Signs in through the development sign-in page as the demo person whose button has this name.
export async function signInAs(page: Page, dashboardUrl: string, personName: string): Promise<void> {
  await page.goto(`${dashboardUrl}/sign-in`);
  await page.getByRole('button', { name: `Sign in as ${personName}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

const axeSource = () => readFileSync(join(require.resolve('axe-core'), '..', 'axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };

// axe-core's WCAG 2 A/AA rules on the page as it is; the serious and critical violations.
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource() });
  // A string, run in the page: this package's TypeScript has no DOM types.
  const violations = (await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.map((node) => ({ target: node.target })) }));
  })()`)) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
