import { setTimeout as sleep } from 'node:timers/promises';
import { SYSTEM_ACTOR } from '@backoffice/events/envelope';
import type { Logger } from '@backoffice/platform/logger';
import type { ServiceDependencies } from '@backoffice/platform/subgraph-service';
import type { EmploymentPeriod } from '@backoffice/workforce/workforce.record';
import { employmentHistories, jobsOn, knownEmployees } from '@backoffice/workforce/workforce.queries';
import type { ItConfig } from '../config';
import { itModulesOf, type ItModules } from '../it-modules';
import { demoAccessSeeded, demoHelpdeskSeeded, demoInventorySeeded } from './demo.repository';
import type { DemoPerson } from './plan-demo-inventory';
import { accessLifecycleCaughtUp, seedDemoAccess } from './seed-demo-access';
import { seedDemoHelpdesk } from './seed-demo-helpdesk';
import { seedDemoInventory, type DemoInventoryInput } from './seed-demo-inventory';

// IT knows HR's people only through the workforce projection, which fills from HR's events while
// HR seeds its demo company. So the demo waits (in the background: the service serves meanwhile)
// until the projection knows the company and has stopped changing, then hands out equipment and
// seats to the people it knows; then, once IT's own access-lifecycle consumer has caught up with
// them too, sets the departments' bundles and brings everyone's access in line (seed-demo-access.ts);
// last, the helpdesk's tickets and maintenance calendar (seed-demo-helpdesk.ts).

export type WaitOptions = { pollMs: number; timeoutMs: number };
const defaults: WaitOptions = { pollMs: 2_000, timeoutMs: 5 * 60_000 };
// The projection must hold still over this many polls in a row: HR's events arrive in bursts.
const STEADY_POLLS = 3;

export function seedDemoInventoryOnStart(deps: ServiceDependencies<ItConfig>, options: WaitOptions = defaults): Promise<void> {
  const modules = itModulesOf(deps);
  const logger = deps.logger.child({ task: 'demo-inventory' });
  void seedOnceWorkforceKnown(modules, logger, options).catch((error: unknown) => {
    // The service stopping mid-wait closes the database under the seed: nothing to report.
    if (modules.dataSource.isInitialized) logger.error('demo inventory or access could not be seeded', { error });
  });
  return Promise.resolve();
}

async function seedOnceWorkforceKnown(modules: ItModules, logger: Logger, options: WaitOptions): Promise<void> {
  if ((await demoInventorySeeded(modules.dataSource)) && (await demoAccessSeeded(modules.dataSource)) && (await demoHelpdeskSeeded(modules.dataSource))) return;
  logger.info('demo inventory waits for the workforce projection to know the demo company (people with a job)', { pollMs: options.pollMs, timeoutMs: options.timeoutMs });
  const deadline = Date.now() + options.timeoutMs;
  // How many people the projection knows and how many of them have a last day: a termination
  // changes what someone holds, so it counts as a change too.
  const states: string[] = [];
  let company = await demoCompanyFromWorkforce(modules);
  for (let poll = 1; ; poll += 1) {
    const state = `${company.people.length}/${company.people.filter((person) => person.lastDay !== null).length}`;
    states.push(state);
    const steady = states.length >= STEADY_POLLS && states.slice(-STEADY_POLLS).every((seen) => seen === state);
    if (company.people.length > 0 && steady) break;
    if (Date.now() >= deadline) {
      if (!company.people.length) {
        logger.warn('demo inventory not seeded: the workforce projection knows nobody yet (is HR seeding, and is Kafka up?); restart it to try again');
        return;
      }
      logger.warn('demo inventory seeded for the people known so far: the projection was still filling when the wait ended', { people: company.people.length });
      break;
    }
    // Every half minute, so a slow start says what it is waiting for.
    if (poll % 15 === 0) logger.info('demo inventory still waiting for the workforce projection', { people: company.people.length });
    await sleep(options.pollMs);
    if (!modules.dataSource.isInitialized) return;
    company = await demoCompanyFromWorkforce(modules);
  }
  await seedDemoInventory(modules, company, logger);
  // HR's events reach the projection and the access-lifecycle consumer through two consumer
  // groups: the access waits for the latter to have seen everyone too (within the same deadline).
  while (!(await accessLifecycleCaughtUp(modules, company.people))) {
    if (Date.now() >= deadline) {
      logger.warn('demo access seeded before the access-lifecycle consumer saw every hire and last day: those it has not seen get their bundle when it does');
      break;
    }
    await sleep(options.pollMs);
    if (!modules.dataSource.isInitialized) return;
  }
  await seedDemoAccess(modules, company, logger);
  // Then the helpdesk: tickets from the people the projection knows, worked on by IT's own.
  await seedDemoHelpdesk(modules, company, logger);
}

// Everyone the projection knows, with their title and their latest employment; the equipment is
// handed over and taken back by someone on the service desk (by title), or by the system when the
// company has nobody there.
export async function demoCompanyFromWorkforce({ dataSource, clock }: ItModules): Promise<DemoInventoryInput> {
  const today = clock.today();
  const known = await knownEmployees(dataSource);
  const [periods, jobs] = await Promise.all([employmentHistories(dataSource, known), jobsOn(dataSource, known, today)]);
  // Oldest first: the last one seen is the latest.
  const latest = new Map<string, EmploymentPeriod>(periods.map((period) => [period.employeeId, period]));
  const people: DemoPerson[] = known
    .filter((id) => latest.has(id) && jobs.has(id))
    .map((id) => ({ employeeId: id, title: jobs.get(id)!.title, startDate: latest.get(id)!.startDate, lastDay: latest.get(id)!.lastDay }));
  const employedToday = people.filter((person) => person.startDate <= today && (person.lastDay === null || person.lastDay >= today));
  const titled = (title: string) => employedToday.filter((person) => person.title === title).map((person) => person.employeeId).sort()[0];
  const actor = titled('Service Desk Analyst') ?? titled('Systems Administrator') ?? titled('Head of IT') ?? SYSTEM_ACTOR;
  return { people, actor };
}
