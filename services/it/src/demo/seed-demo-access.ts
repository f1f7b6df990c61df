import { Conflict } from '@backoffice/platform/domain-errors';
import type { Logger } from '@backoffice/platform/logger';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { jobsOn } from '@backoffice/workforce/workforce.queries';
import { setAccessBundle } from '../access-bundles/access-bundle.commands/set-access-bundle';
import { bundlesOf } from '../access-bundles/access-bundle.queries';
import type { ItModules } from '../it-modules';
import { accessLifecycleJob } from '../jobs/access-lifecycle.job';
import { grantAccess } from '../system-accounts/system-account.commands/grant-access';
import { suspendAccess } from '../system-accounts/system-account.commands/suspend-access';
import { accessChanges } from '../system-accounts/system-account.queries';
import { accountsByEmployee, openAccount } from '../system-accounts/system-account.service';
import { DEMO_ACCESS_CORRELATION_ID, demoAccessSeeded, underSeedLock } from './demo.repository';
import type { DemoPerson } from './plan-demo-inventory';
import { planDemoAccess, type DemoAccessPerson, type DemoGrant } from './plan-demo-access';

// The demo access (plan-demo-access.ts) through the same commands a client calls, each in its
// own transaction, recorded against `actor` under the demo access's correlation id: finding it,
// a re-run (or a second replica, once the seed lock is free) seeds nothing.
//
// HR's hires usually reach IT before the bundles exist, so their accounts were opened from the
// bundle of the day: the systems for everyone. Once the bundles are set, everyone's access is
// brought in line with their department's: what is missing is granted.

export type DemoAccessInput = { people: DemoPerson[]; actor: string };
export type DemoAccessCounts = { bundles: number; bundleGrants: number; extraGrants: number; suspended: number; activeAfterLastDay: number };

const nothing: DemoAccessCounts = { bundles: 0, bundleGrants: 0, extraGrants: 0, suspended: 0, activeAfterLastDay: 0 };

export async function seedDemoAccess(modules: ItModules, input: DemoAccessInput, logger: Logger): Promise<DemoAccessCounts> {
  return underSeedLock(
    modules.dataSource,
    async (alreadySeeded) => {
      if (alreadySeeded) return nothing;
      const started = Date.now();
      const counts = await seed(modules, input, logger);
      logger.info('demo access seeded', { ...counts, people: input.people.length, ms: Date.now() - started });
      return counts;
    },
    demoAccessSeeded,
  );
}

// Whether IT's access-lifecycle consumer has caught up with the people the projection knows (a
// separate consumer group, so it may lag): each one's hire seen (they have an account) and each
// leaver's last day scheduled.
export async function accessLifecycleCaughtUp({ dataSource }: ItModules, people: readonly DemoPerson[]): Promise<boolean> {
  const accounts = await accountsByEmployee(dataSource, people.map((person) => person.employeeId));
  if (accounts.some((held) => !held.length)) return false;
  for (const leaver of people.filter((person) => person.lastDay !== null)) {
    const changes = await accessChanges(dataSource, { status: null, employeeId: leaver.employeeId });
    if (!changes.some((change) => change.kind === 'LEAVE' && change.effectiveDate === leaver.lastDay)) return false;
  }
  return true;
}

async function seed(modules: ItModules, input: DemoAccessInput, logger: Logger): Promise<DemoAccessCounts> {
  const { dataSource, clock } = modules;
  const metadata: EventMetadata = { actor: input.actor, correlationId: DEMO_ACCESS_CORRELATION_ID };
  const today = clock.today();
  const counts = { ...nothing };

  // What is due is applied first, as the job does every minute: leavers whose last day ended
  // have nothing left, joiners whose day came are active.
  await accessLifecycleJob.run({ scheduledFor: clock.now(), dataSource, clock, logger });

  const people = await withDepartments(modules, input.people);
  const plan = planDemoAccess(people, today);
  for (const bundle of plan.bundles) {
    // A department someone gave a bundle already (or gives one meanwhile: CONFLICT) keeps theirs.
    if ((await bundlesOf(dataSource, [bundle.departmentId]))[0]!.version > 0) continue;
    try {
      await setAccessBundle(modules, { departmentId: bundle.departmentId, expectedVersion: 0, systems: bundle.systems, equipment: bundle.equipment }, metadata);
      counts.bundles += 1;
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
    }
  }

  // Everyone employed today, or starting later, gets what their department's bundle has and they
  // lack: from today, or from their start date (scheduled). Someone whose hire IT has not seen
  // yet (no account at all) is left to the consumer, which opens the bundle now that it exists.
  const current = people.filter((person) => person.lastDay === null || person.lastDay >= today);
  const held = await accountsByEmployee(dataSource, current.map((person) => person.employeeId));
  const bundles = new Map((await bundlesOf(dataSource, [...new Set(current.map((person) => person.departmentId))])).map((bundle) => [bundle.departmentId, bundle.systems]));
  for (const [index, person] of current.entries()) {
    const accounts = held[index]!;
    if (!accounts.length) continue;
    const live = new Set(accounts.filter((account) => account.status !== 'REVOKED').map((account) => account.system));
    for (const system of bundles.get(person.departmentId)!.filter((code) => !live.has(code))) {
      const from = person.startDate > today ? person.startDate : null;
      if (await granted(modules, { employeeId: person.employeeId, system, reason: 'demo: department bundle' }, from, metadata)) counts.bundleGrants += 1;
    }
  }

  // The exceptions the access review finds.
  for (const grant of plan.extraGrants) {
    if (await granted(modules, grant, null, metadata)) counts.extraGrants += 1;
  }
  if (plan.suspension && (await granted(modules, plan.suspension, null, metadata))) {
    await suspendAccess(modules, { employeeId: plan.suspension.employeeId, system: plan.suspension.system, reason: plan.suspension.suspendReason }, metadata);
    counts.suspended += 1;
  }
  // grantAccess refuses anyone not employed, rightly; a leaver's account live after their last
  // day is what a lifecycle that slipped (or a favour nobody undid) leaves behind. So it is opened
  // the way the commands open accounts, without their employment check, and only once the leaver's
  // own leave was applied (else applying it would revoke this too).
  const leaver = plan.afterLastDay;
  if (leaver) {
    const lastDay = people.find((person) => person.employeeId === leaver.employeeId)!.lastDay;
    const applied = await accessChanges(dataSource, { status: 'APPLIED', employeeId: leaver.employeeId });
    if (applied.some((change) => change.kind === 'LEAVE' && change.effectiveDate === lastDay)) {
      const { opened } = await dataSource.transaction((tx) => openAccount(tx, { ...leaver, activeFrom: today, origin: 'INDIVIDUAL' }, today, metadata));
      if (opened) counts.activeAfterLastDay += 1;
    } else {
      logger.warn('demo access: no account left active after a last day; the leave of the latest leaver is not applied', { employeeId: leaver.employeeId, lastDay });
    }
  }
  return counts;
}

// The people with their department today (or on their first day, for someone not started yet).
async function withDepartments({ dataSource, clock }: ItModules, people: readonly DemoPerson[]): Promise<DemoAccessPerson[]> {
  const jobs = await jobsOn(dataSource, people.map((person) => person.employeeId), clock.today());
  return people.filter((person) => jobs.has(person.employeeId)).map((person) => ({ ...person, departmentId: jobs.get(person.employeeId)!.departmentId }));
}

// False when the person has a live account on the system already (a grant of someone else's
// meanwhile, or the consumer's).
async function granted(modules: ItModules, grant: DemoGrant, from: string | null, metadata: EventMetadata): Promise<boolean> {
  try {
    await grantAccess(modules, { employeeId: grant.employeeId, system: grant.system, reason: grant.reason, from }, metadata);
    return true;
  } catch (error) {
    if (error instanceof Conflict) return false;
    throw error;
  }
}
