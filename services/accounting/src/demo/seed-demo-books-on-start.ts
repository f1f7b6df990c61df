import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@backoffice/platform/logger';
import type { ServiceDependencies } from '@backoffice/platform/subgraph-service';
import { employeesEmployedOn, jobsOn, paysOn } from '@backoffice/workforce/workforce.queries';
import type { AccountingConfig } from '../config';
import { createLedgerModules, type LedgerModules } from '../ledger-modules';
import { demoBooksSeeded, demoClaimsSeeded } from './demo.repository';
import { seedDemoBooks, type DemoBooksInput } from './seed-demo-books';
import { seedDemoClaims, type DemoClaimsInput } from './seed-demo-claims';

// Accounting knows HR's departments only through the workforce projection, which fills from HR's
// events while HR seeds its demo company. So the books wait (in the background: the service
// serves meanwhile) until the projection knows the company's people and their number has stopped
// growing, then take the two finance people from it; each month's payroll computes from it too.
// The expense claims follow the books, from the same people and their line managers.

export type WaitOptions = { pollMs: number; timeoutMs: number };
const defaults: WaitOptions = { pollMs: 2_000, timeoutMs: 5 * 60_000 };
// The count must hold over this many polls in a row: HR's events arrive in bursts.
const STEADY_POLLS = 3;

export function seedDemoBooksOnStart(deps: ServiceDependencies<AccountingConfig>, options: WaitOptions = defaults): Promise<void> {
  const modules = createLedgerModules(deps.dataSource, deps.clock, { functionalCurrency: deps.config.extra.FUNCTIONAL_CURRENCY });
  const logger = deps.logger.child({ task: 'demo-books' });
  void seedOnceWorkforceKnown(modules, logger, options).catch((error: unknown) => {
    // The service stopping mid-wait closes the database under the seed: nothing to report.
    if (modules.dataSource.isInitialized) logger.error('demo books could not be seeded', { error });
  });
  return Promise.resolve();
}

async function seedOnceWorkforceKnown(modules: LedgerModules, logger: Logger, options: WaitOptions): Promise<void> {
  // Claims came after books: a database seeded before them gets its claims on the next start.
  if ((await demoBooksSeeded(modules.dataSource)) && (await demoClaimsSeeded(modules.dataSource))) return;
  logger.info('demo books wait for the workforce projection to know the demo company (people employed today, with a job and pay)', { pollMs: options.pollMs, timeoutMs: options.timeoutMs });
  const deadline = Date.now() + options.timeoutMs;
  const counts: number[] = [];
  let company = await demoCompanyFromWorkforce(modules);
  for (let poll = 1; ; poll += 1) {
    counts.push(company.people);
    const steady = counts.length >= STEADY_POLLS && counts.slice(-STEADY_POLLS).every((count) => count === company.people);
    if (company.people > 0 && steady) break;
    if (Date.now() >= deadline) {
      if (!company.people) {
        logger.warn('demo books not seeded: the workforce projection knows nobody yet (is HR seeding, and is Kafka up?); restart accounting to try again');
        return;
      }
      logger.warn('demo books seeded with the people known so far: the projection was still filling when the wait ended', { people: company.people });
      break;
    }
    // Every half minute, so a slow start says what it is waiting for.
    if (poll % 15 === 0) logger.info('demo books still waiting for the workforce projection', { people: company.people });
    await sleep(options.pollMs);
    if (!modules.dataSource.isInitialized) return;
    company = await demoCompanyFromWorkforce(modules);
  }
  await seedDemoBooks(modules, company.input, logger);
  if (company.claims) await seedDemoClaims(modules, company.claims, logger);
  else logger.warn('demo claims not seeded: the workforce projection knows no Accountant to decide and pay them');
}

// An accountant (maker) and the CFO (approver) for the four-eyes entries and the payroll runs;
// service actors where HR's titles do not name them. For the claims: everyone with their
// department and line manager, and the Accountant (a person: the claims' decisions are recorded
// by employee id), if there is one.
export async function demoCompanyFromWorkforce({ dataSource, clock }: LedgerModules): Promise<{ people: number; input: DemoBooksInput; claims: DemoClaimsInput | null }> {
  const today = clock.today();
  const employed = await employeesEmployedOn(dataSource, today);
  const [jobs, pays] = await Promise.all([jobsOn(dataSource, employed, today), paysOn(dataSource, employed, today)]);
  const known = employed.filter((id) => jobs.has(id) && pays.has(id));
  const titled = (title: string) => known.filter((id) => jobs.get(id)!.title === title).sort()[0];
  const accountant = titled('Accountant');
  const maker = accountant ?? 'service:demo-accountant';
  const approver = titled('Chief Financial Officer') ?? 'service:demo-controller';
  const people = known.map((id) => ({ employeeId: id, departmentId: jobs.get(id)!.departmentId, managerId: jobs.get(id)!.managerId }));
  return {
    people: known.length,
    input: { maker, approver },
    claims: accountant ? { people, accountant } : null,
  };
}
