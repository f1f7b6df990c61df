import type { EntityManager } from 'typeorm';
import { accessGranted, accessOffboarded, accessOnboarded, accessRevoked, accessScheduled, accessSuspended, type accessRevokeCauses } from '@backoffice/events/it-events';
import type { Clock } from '@backoffice/platform/clock';
import { employedOn, employmentHistory } from '@backoffice/workforce/workforce.queries';
import { recordAudit } from '@backoffice/platform/audit';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import type { Sql } from '@backoffice/platform/sql';
import type { AccountOrigin, SystemAccountChangeRecord, SystemAccountRecord } from './system-account.record';
import { bundlesOf } from '../access-bundles/access-bundle.queries';
import { addDays } from '../dates';
import { releaseSeatsOf } from '../licenses/license.hooks';
import type { AccessChangeRecord, ScheduledBy } from './system-account.record';
import * as accounts from './system-account.repository';

// What happens to an account, in the caller's transaction (a command's, a consumer's with its
// inbox row, or the access-lifecycle job's): each status change with its history row, its audit
// row and its event. The callers decide when; these say how.

export type RevokeCause = (typeof accessRevokeCauses)[number];

// A scheduled row keeps the chain of the event that asked for it ...
const chainOf = (metadata: EventMetadata): ScheduledBy => ({ correlationId: metadata.correlationId, causationId: metadata.causationId ?? null });

// ... and what the job publishes when the row falls due continues that chain: HR's hire, say,
// and IT's onboarded on the start date share one correlation id, caused by the hire.
export function continuing(chain: ScheduledBy | null, job: EventMetadata): EventMetadata {
  if (!chain) return job;
  return { actor: job.actor, correlationId: chain.correlationId, ...(chain.causationId ? { causationId: chain.causationId } : {}) };
}

// The username an account gets: the work email for email, its local part elsewhere (HR's email
// from the hire; the employee id when IT never saw a hire for them).
async function usernameFor(tx: Sql, employeeId: string, system: string): Promise<string> {
  const email = await accounts.emailOf(tx, employeeId);
  if (!email) return employeeId;
  return system === 'email' ? email : email.split('@')[0]!;
}

// A new account, SCHEDULED until `activeFrom` when that is after today, ACTIVE otherwise. A live
// account of the person on the system already there is returned as it is (`opened: false`).
export async function openAccount(
  tx: EntityManager,
  request: { employeeId: string; system: string; activeFrom: string; origin: AccountOrigin; reason: string },
  today: string,
  metadata: EventMetadata,
): Promise<{ account: SystemAccountRecord; opened: boolean }> {
  const existing = await accounts.lockLiveAccount(tx, request.employeeId, request.system);
  if (existing) return { account: existing, opened: false };
  const status = request.activeFrom > today ? 'SCHEDULED' : 'ACTIVE';
  const username = await usernameFor(tx, request.employeeId, request.system);
  const account = await accounts.insertAccount(tx, { employeeId: request.employeeId, system: request.system, username, status, activeFrom: request.activeFrom, origin: request.origin, chain: chainOf(metadata) });
  if (!account) return { account: (await accounts.lockLiveAccount(tx, request.employeeId, request.system))!, opened: false };
  await accounts.recordChange(tx, { accountId: account.id, status, effectiveOn: today, reason: request.reason, actor: metadata.actor });
  await recordAudit(tx, { actor: metadata.actor, action: status === 'ACTIVE' ? 'access.granted' : 'access.scheduled', entityType: 'system_account', entityId: account.id, changes: { employeeId: account.employeeId, system: account.system, activeFrom: account.activeFrom, origin: account.origin, reason: request.reason }, correlationId: metadata.correlationId });
  if (status === 'ACTIVE') await recordEvent(tx, accessGranted, { accountId: account.id, employeeId: account.employeeId, system: account.system, username: account.username }, metadata);
  else await recordEvent(tx, accessScheduled, { accountId: account.id, employeeId: account.employeeId, system: account.system, activeFrom: account.activeFrom }, metadata);
  return { account, opened: true };
}

// SCHEDULED whose day came, or SUSPENDED resumed: ACTIVE from `on`.
export async function activateAccount(tx: EntityManager, account: SystemAccountRecord, on: string, reason: string, metadata: EventMetadata): Promise<SystemAccountRecord> {
  const active = await accounts.setStatus(tx, account.id, { status: 'ACTIVE', ...(account.status === 'SCHEDULED' && on < account.activeFrom ? { activeFrom: on } : {}) });
  await accounts.recordChange(tx, { accountId: account.id, status: 'ACTIVE', effectiveOn: on, reason, actor: metadata.actor });
  await recordAudit(tx, { actor: metadata.actor, action: 'access.granted', entityType: 'system_account', entityId: account.id, changes: { from: account.status, reason }, correlationId: metadata.correlationId });
  await recordEvent(tx, accessGranted, { accountId: account.id, employeeId: account.employeeId, system: account.system, username: account.username }, metadata);
  return active;
}

export async function suspendAccount(tx: EntityManager, account: SystemAccountRecord, on: string, reason: string, metadata: EventMetadata): Promise<SystemAccountRecord> {
  const suspended = await accounts.setStatus(tx, account.id, { status: 'SUSPENDED' });
  await accounts.recordChange(tx, { accountId: account.id, status: 'SUSPENDED', effectiveOn: on, reason, actor: metadata.actor });
  await recordAudit(tx, { actor: metadata.actor, action: 'access.suspended', entityType: 'system_account', entityId: account.id, changes: { from: account.status, reason }, correlationId: metadata.correlationId });
  await recordEvent(tx, accessSuspended, { accountId: account.id, employeeId: account.employeeId, system: account.system }, metadata);
  return suspended;
}

export async function revokeAccount(tx: EntityManager, account: SystemAccountRecord, on: string, cause: RevokeCause, reason: string, metadata: EventMetadata): Promise<SystemAccountRecord> {
  const revoked = await accounts.setStatus(tx, account.id, { status: 'REVOKED', revokedOn: on });
  await accounts.recordChange(tx, { accountId: account.id, status: 'REVOKED', effectiveOn: on, reason, actor: metadata.actor });
  await recordAudit(tx, { actor: metadata.actor, action: 'access.revoked', entityType: 'system_account', entityId: account.id, changes: { from: account.status, cause, reason }, correlationId: metadata.correlationId });
  await recordEvent(tx, accessRevoked, { accountId: account.id, employeeId: account.employeeId, system: account.system, cause }, metadata);
  return revoked;
}

// Loader batches: each employee's accounts, each account's history, in the order asked.
export async function accountsByEmployee(db: Sql, employeeIds: readonly string[]): Promise<SystemAccountRecord[][]> {
  const found = await accounts.accountsOfEmployees(db, employeeIds);
  return employeeIds.map((id) => found.filter((account) => account.employeeId === id));
}

export async function historyByAccount(db: Sql, accountIds: readonly string[]): Promise<SystemAccountChangeRecord[][]> {
  const found = await accounts.historyOfAccounts(db, accountIds);
  return accountIds.map((id) => found.filter((change) => change.accountId === id));
}

// --- Joiner, mover, leaver ------------------------------------------------------------------------

// Joiner, mover, leaver: access follows HR's dates. A joiner's accounts are opened at once,
// SCHEDULED until the start date; a mover's and a leaver's changes are rows due at an instant,
// applied by the access-lifecycle job (or at once when HR records them after that instant). All
// run in the caller's transaction: the consumer's, with its inbox row, or the job's.

// The department's bundle for a joiner (a hire, or a rehire), from the start date.
export async function openJoinerAccess(tx: EntityManager, joiner: { employeeId: string; departmentId: string; startDate: string }, clock: Clock, metadata: EventMetadata): Promise<void> {
  const today = clock.today();
  // A rehire right after a last day ended, before the job's next run: the leave goes first, so
  // the new employment starts from nothing rather than from accounts about to be revoked.
  for (const due of await accounts.lockDueOf(tx, joiner.employeeId, clock.now())) await applyAccessChange(tx, due, clock, metadata);
  const bundle = (await bundlesOf(tx, [joiner.departmentId]))[0]!;
  for (const system of bundle.systems) {
    await openAccount(tx, { employeeId: joiner.employeeId, system, activeFrom: joiner.startDate, origin: 'BUNDLE', reason: 'joiner: the department\'s bundle' }, today, metadata);
  }
  if (joiner.startDate <= today) await announceOnboardedIfComplete(tx, { ...joiner, systems: bundle.systems }, metadata);
}

// A transfer to another department, due at the start of its effective date.
export async function scheduleMove(tx: EntityManager, move: { employeeId: string; fromDepartmentId: string; toDepartmentId: string; effectiveDate: string }, clock: Clock, metadata: EventMetadata): Promise<void> {
  const change = await accounts.scheduleChange(tx, { ...move, kind: 'MOVE', dueDate: move.effectiveDate, timeZone: clock.timeZone, chain: chainOf(metadata) });
  if (change && change.status === 'PENDING' && change.dueAt <= clock.now()) await applyAccessChange(tx, change, clock, metadata);
}

// A last day, due at its end (midnight after it) in the company's time zone: nothing is revoked early.
export async function scheduleLeave(tx: EntityManager, leave: { employeeId: string; lastDay: string }, clock: Clock, metadata: EventMetadata): Promise<void> {
  const change = await accounts.scheduleChange(tx, { employeeId: leave.employeeId, kind: 'LEAVE', effectiveDate: leave.lastDay, dueDate: addDays(leave.lastDay, 1), timeZone: clock.timeZone, fromDepartmentId: null, toDepartmentId: null, chain: chainOf(metadata) });
  if (change && change.status === 'PENDING' && change.dueAt <= clock.now()) await applyAccessChange(tx, change, clock, metadata);
}

// HR withdrew the termination: its leave, still pending, is cancelled (one already applied stays:
// HR withdraws only before the last day has passed).
export async function cancelLeave(tx: EntityManager, leave: { employeeId: string; lastDay: string }): Promise<void> {
  await accounts.cancelPendingLeave(tx, leave.employeeId, leave.lastDay);
}

// Applies one due change (locked by the caller) and settles it.
export async function applyAccessChange(tx: EntityManager, change: AccessChangeRecord, clock: Clock, metadata: EventMetadata): Promise<void> {
  const outcome = change.kind === 'MOVE' ? await applyMove(tx, change, clock, metadata) : await applyLeave(tx, change, metadata);
  await accounts.settle(tx, change.id, outcome);
}

// What the new bundle adds is granted from the effective date; what only the old one gave is
// revoked; individual grants stay.
// A transfer HR left scheduled after someone's last day gives a leaver nothing back: it is
// cancelled when its date comes and the workforce projection has them not employed then.
async function applyMove(tx: EntityManager, change: AccessChangeRecord, clock: Clock, metadata: EventMetadata): Promise<'APPLIED' | 'CANCELLED'> {
  const employments = await employmentHistory(tx, change.employeeId);
  if (employments.length && !(await employedOn(tx, change.employeeId, change.effectiveDate))) return 'CANCELLED';
  const [before, after] = await bundlesOf(tx, [change.fromDepartmentId!, change.toDepartmentId!]);
  const live = await accounts.lockLiveAccountsOf(tx, change.employeeId);
  for (const account of live) {
    if (account.origin === 'BUNDLE' && before!.systems.includes(account.system) && !after!.systems.includes(account.system)) {
      await revokeAccount(tx, account, change.effectiveDate, 'MOVER', `mover: not in the new department's bundle`, metadata);
    }
  }
  for (const system of after!.systems) {
    await openAccount(tx, { employeeId: change.employeeId, system, activeFrom: change.effectiveDate, origin: 'BUNDLE', reason: `mover: the new department's bundle` }, clock.today(), metadata);
  }
  // A joiner moved on their start date is complete only now, with the new department's bundle.
  await announceOnboardedIfDue(tx, change.employeeId, change.toDepartmentId!, clock.today(), metadata);
  return 'APPLIED';
}

// Everything revoked as of the day after the last day, and every licence seat released.
async function applyLeave(tx: EntityManager, change: AccessChangeRecord, metadata: EventMetadata): Promise<'APPLIED'> {
  const revokedOn = addDays(change.effectiveDate, 1);
  const live = await accounts.lockLiveAccountsOf(tx, change.employeeId);
  for (const account of live) await revokeAccount(tx, account, revokedOn, 'LEAVER', 'leaver: the last day ended', metadata);
  const seatsReleased = await releaseSeatsOf(tx, change.employeeId, change.effectiveDate, metadata);
  if (await accounts.recordFact(tx, change.employeeId, 'OFFBOARDED', change.effectiveDate)) {
    await recordEvent(tx, accessOffboarded, { employeeId: change.employeeId, lastDay: change.effectiveDate, accountsRevoked: live.length, seatsReleased }, metadata);
  }
  return 'APPLIED';
}

// Scheduled accounts whose day has come become ACTIVE, each in the chain that scheduled it;
// returns the people they belong to, with the chain of their last account activated.
export async function activateDueAccounts(tx: EntityManager, clock: Clock, metadata: EventMetadata, limit: number): Promise<Array<{ employeeId: string; metadata: EventMetadata }>> {
  const today = clock.today();
  const due = await accounts.lockDueScheduled(tx, today, limit);
  const people = new Map<string, EventMetadata>();
  for (const account of due) {
    const chained = continuing(account.chain, metadata);
    await activateAccount(tx, account, account.activeFrom, 'its start date came', chained);
    people.set(account.employeeId, chained);
  }
  return [...people].map(([employeeId, chained]) => ({ employeeId, metadata: chained }));
}

// Once every system of the person's bundle is active: onboarded, once per employment.
export async function announceOnboardedIfComplete(tx: EntityManager, joiner: { employeeId: string; startDate: string; systems: readonly string[] }, metadata: EventMetadata): Promise<void> {
  const live = await accounts.lockLiveAccountsOf(tx, joiner.employeeId);
  const active = new Set(live.filter((account) => account.status === 'ACTIVE').map((account) => account.system));
  if (!joiner.systems.length || !joiner.systems.every((system) => active.has(system))) return;
  if (await accounts.recordFact(tx, joiner.employeeId, 'ONBOARDED', joiner.startDate)) {
    await recordEvent(tx, accessOnboarded, { employeeId: joiner.employeeId, startDate: joiner.startDate, systems: [...joiner.systems] }, metadata);
  }
}

// The work email HR announced at hire: what accounts are named after.
export async function recordWorkEmail(tx: EntityManager, employeeId: string, email: string): Promise<void> {
  await accounts.recordEmail(tx, employeeId, email);
}

// Movers' and leavers' changes due by now, up to `limit`, locked (another replica skips them) and
// applied; returns how many.
export async function applyDueAccessChanges(tx: EntityManager, clock: Clock, metadata: EventMetadata, limit: number): Promise<number> {
  const due = await accounts.lockDue(tx, clock.now(), limit);
  for (const change of due) await applyAccessChange(tx, change, clock, continuing(change.chain, metadata));
  return due.length;
}

// Onboarded for the employment in force today (workforce projection), against `departmentId`'s
// bundle, once complete. Nothing while the projection does not know the person yet.
export async function announceOnboardedIfDue(tx: EntityManager, employeeId: string, departmentId: string, today: string, metadata: EventMetadata): Promise<void> {
  const start = (await employmentHistory(tx, employeeId)).filter((period) => period.startDate <= today).at(-1)?.startDate;
  if (!start) return;
  await announceOnboardedIfComplete(tx, { employeeId, startDate: start, systems: (await bundlesOf(tx, [departmentId]))[0]!.systems }, metadata);
}
