import type { EquipmentKitItemRecord } from '../access-bundles/access-bundle.record';

// The demo company's access as a plan: a bundle for each department and the few exceptions an
// access review should find. IT knows a department only by its id (through the workforce
// projection), so what it gets follows from what its people do: their titles. Worked out from
// the people alone and today, with no randomness: the same people in any order give the same
// plan. seed-demo-access.ts runs it through the commands.
//
// The bundles (besides email, sso and chat, which are for everyone):
// - engineering: source control and VPN; IT: IT administration, source control and VPN;
// - people & HR: the HR system and VPN; finance: the accounting system and VPN;
// - sales: the CRM and VPN; the executive office: VPN;
// - operations and logistics: nothing more.
// The exceptions, each on someone employed today, picked by title (the first by id):
// - two individual grants outside the bundle: the HR system for a payroll specialist (payroll
//   reads HR records), source control for a sales engineer (the demo repositories);
// - one account suspended: VPN, granted to someone in operations then suspended;
// - one account active after its holder's last day: a leaver's mailbox reopened for a handover.

export type DemoAccessPerson = {
  employeeId: string;
  title: string;
  // Their department today, or on their first day for someone who has not started.
  departmentId: string;
  // Of their latest employment.
  startDate: string;
  // Their last day, inclusive; null while no termination is recorded.
  lastDay: string | null;
};

// What a department does, by the titles of the people in it.
export type DepartmentKind = 'engineering' | 'it' | 'people' | 'finance' | 'sales' | 'executive' | 'operations' | 'logistics';

export type DemoBundle = { departmentId: string; kind: DepartmentKind; systems: string[]; equipment: EquipmentKitItemRecord[] };

export type DemoGrant = { employeeId: string; system: string; reason: string };

export type DemoAccessPlan = {
  // Ordered by department id.
  bundles: DemoBundle[];
  // Individual grants on systems outside the person's bundle.
  extraGrants: DemoGrant[];
  // An individual grant, then suspended with `suspendReason`.
  suspension: (DemoGrant & { suspendReason: string }) | null;
  // An account opened for a leaver after their last day (null when nobody has left).
  afterLastDay: DemoGrant | null;
};

// The first pattern a title matches decides: "Account Executive" is sales, not the executive office.
const kindsByTitle: Array<[RegExp, DepartmentKind]> = [
  [/software engineer|qa engineer|engineering manager|head of engineering|designer/i, 'engineering'],
  [/head of it|systems administrator|service desk|security engineer/i, 'it'],
  [/head of people|\bhr\b|recruiter/i, 'people'],
  [/financ|accountant|payroll/i, 'finance'],
  [/sales|account executive/i, 'sales'],
  [/chief executive|executive assistant/i, 'executive'],
  [/logistics|warehouse|dispatcher/i, 'logistics'],
];

export function kindOfTitle(title: string): DepartmentKind {
  return kindsByTitle.find(([pattern]) => pattern.test(title))?.[1] ?? 'operations';
}

const laptopDesk: EquipmentKitItemRecord[] = [
  { category: 'LAPTOP', quantity: 1 },
  { category: 'MONITOR', quantity: 1 },
  { category: 'PHONE', quantity: 1 },
];
// A headset and a dock besides.
const laptopDeskHeadsetDock: EquipmentKitItemRecord[] = [...laptopDesk, { category: 'PERIPHERAL', quantity: 2 }];

export const bundleOfKind: Record<DepartmentKind, { systems: string[]; equipment: EquipmentKitItemRecord[] }> = {
  engineering: { systems: ['source-control', 'vpn'], equipment: laptopDeskHeadsetDock },
  it: { systems: ['it-admin', 'source-control', 'vpn'], equipment: laptopDeskHeadsetDock },
  people: { systems: ['hr-system', 'vpn'], equipment: laptopDesk },
  finance: { systems: ['accounting-system', 'vpn'], equipment: laptopDesk },
  sales: { systems: ['crm', 'vpn'], equipment: [...laptopDesk, { category: 'PERIPHERAL', quantity: 1 }] },
  executive: { systems: ['vpn'], equipment: laptopDesk },
  operations: { systems: [], equipment: laptopDesk },
  // A rugged phone on the warehouse floor; dispatch desks are the site's own.
  logistics: { systems: [], equipment: [{ category: 'PHONE', quantity: 1 }] },
};

// Ties between kinds in a department go to the earlier one here.
const kindOrder: DepartmentKind[] = ['engineering', 'it', 'people', 'finance', 'sales', 'executive', 'logistics', 'operations'];

const employedOn = (person: DemoAccessPerson, date: string) => person.startDate <= date && (person.lastDay === null || person.lastDay >= date);

export function planDemoAccess(people: readonly DemoAccessPerson[], today: string): DemoAccessPlan {
  const byId = [...people].sort((a, b) => a.employeeId.localeCompare(b.employeeId));
  // Everyone employed today or starting later belongs to their department; leavers no more.
  const current = byId.filter((person) => employedOn(person, today) || person.startDate > today);

  const departments = [...new Set(current.map((person) => person.departmentId))].sort();
  const bundles = departments.map((departmentId): DemoBundle => {
    const tally = new Map<DepartmentKind, number>();
    for (const person of current.filter((candidate) => candidate.departmentId === departmentId)) tally.set(kindOfTitle(person.title), (tally.get(kindOfTitle(person.title)) ?? 0) + 1);
    const kind = kindOrder.reduce((best, candidate) => ((tally.get(candidate) ?? 0) > (tally.get(best) ?? 0) ? candidate : best));
    return { departmentId, kind, systems: bundleOfKind[kind].systems, equipment: bundleOfKind[kind].equipment };
  });
  const bundleSystems = new Map(bundles.map((bundle) => [bundle.departmentId, bundle.systems]));

  // The first person employed today, not picked yet, whose bundle lacks the system: by title
  // when someone has it, anyone otherwise.
  const picked = new Set<string>();
  const pick = (title: RegExp, system: string, reason: string): DemoGrant | null => {
    const candidates = byId.filter((person) => employedOn(person, today) && !picked.has(person.employeeId) && !bundleSystems.get(person.departmentId)!.includes(system));
    const person = candidates.find((candidate) => title.test(candidate.title)) ?? candidates[0];
    if (!person) return null;
    picked.add(person.employeeId);
    return { employeeId: person.employeeId, system, reason };
  };
  const extraGrants = [
    pick(/payroll/i, 'hr-system', 'demo: payroll reads HR records for the monthly run'),
    pick(/sales engineer/i, 'source-control', 'demo: keeps the repositories of the sales demos'),
  ].filter((grant): grant is DemoGrant => grant !== null);
  const suspended = pick(/facilities/i, 'vpn', 'demo: checks the building management system from home');
  const suspension = suspended ? { ...suspended, suspendReason: 'demo: paused while their laptop is with IT for repair' } : null;

  // The latest leaver: their mailbox reopened so their manager can take over their mail, and
  // never closed again.
  const leaver = byId.filter((person) => person.lastDay !== null && person.lastDay < today).sort((a, b) => b.lastDay!.localeCompare(a.lastDay!))[0];
  const afterLastDay = leaver ? { employeeId: leaver.employeeId, system: 'email', reason: 'demo: mailbox reopened after their last day so their manager can take over their mail' } : null;

  return { bundles, extraGrants, suspension, afterLastDay };
}
