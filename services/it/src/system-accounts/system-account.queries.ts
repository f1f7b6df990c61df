import type { Sql } from '@backoffice/platform/sql';
import { employedAmong, employmentHistories, jobsOn } from '@backoffice/workforce/workforce.queries';
import { bundlesOf } from '../access-bundles/access-bundle.queries';
import type { AccessChangeRecord, AccessChangeStatus, AccessFindingRecord } from './system-account.record';
import * as accounts from './system-account.repository';
export function accessChanges(db: Sql, filter: { status?: AccessChangeStatus | null; employeeId?: string | null }): Promise<AccessChangeRecord[]> {
  return accounts.listChanges(db, { status: filter.status ?? null, employeeId: filter.employeeId ?? null });
}

// Live access checked against the workforce projection and the bundles, today: a fixed number of
// statements whatever the company's size. With a department, its people's findings; without, the
// whole company's, accounts of unknown people included. A finding someone confirmed is not shown
// again; one that was revoked is gone with its account.
// `employeeId` narrows it to one person's accounts (a decision on one finding reads no more).
export async function accessFindings(db: Sql, departmentId: string | null, today: string, employeeId: string | null = null): Promise<AccessFindingRecord[]> {
  const live = (await accounts.liveAccounts(db, employeeId)).filter((account) => account.status === 'ACTIVE' || account.status === 'SUSPENDED');
  const people = [...new Set(live.map((account) => account.employeeId))];
  const [employed, histories, jobs, confirmed] = await Promise.all([employedAmong(db, people, today), employmentHistories(db, people), jobsOn(db, people, today), accounts.confirmedFindings(db)]);
  const departments = [...new Set([...jobs.values()].map((job) => job.departmentId))];
  const bundles = new Map((await bundlesOf(db, departments)).map((bundle) => [bundle.departmentId, bundle.systems]));
  const findings: AccessFindingRecord[] = [];
  for (const account of live) {
    const periods = histories.filter((period) => period.employeeId === account.employeeId);
    const department = jobs.get(account.employeeId)?.departmentId ?? null;
    let finding: AccessFindingRecord | null = null;
    if (!periods.length) {
      finding = { kind: 'NO_PERSON', account, departmentId: null, detail: 'HR has never employed this person, as far as IT knows' };
    } else if (!employed.has(account.employeeId)) {
      const lastDay = periods.at(-1)!.lastDay;
      if (lastDay && lastDay < today) finding = { kind: 'ACTIVE_AFTER_LAST_DAY', account, departmentId: department, detail: `their last day was ${lastDay}` };
    } else if (department && !(bundles.get(department) ?? []).includes(account.system)) {
      finding = { kind: 'EXTRA_GRANT', account, departmentId: department, detail: `${account.system} is not in their department's bundle` };
    }
    if (!finding || confirmed.has(accounts.findingKey(account.id, finding.kind))) continue;
    if (departmentId ? finding.departmentId === departmentId : true) findings.push(finding);
  }
  return findings;
}
