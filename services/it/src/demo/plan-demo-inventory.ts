import type { AssetCondition } from '../assets/asset.record';
import { addDays } from '../dates';
import { licenses, models, type DemoLicenseKey, type DemoModel } from './demo-catalogue';

// The demo inventory as a plan: each asset's registration and the dated changes that follow it,
// each licence and who holds its seats. Worked out from the people alone (their title, and the
// start and last day of their latest employment) and today, with no randomness: the same people
// in any order give the same plan. seed-demo-inventory.ts runs it through the commands.
//
// What it holds, relative to today:
// - for everyone employed: a laptop (a desktop for dispatchers; none for warehouse staff), a phone
//   for most, a monitor for many, bought over the last three years (or just before someone's
//   start) and handed over on or after their start date;
// - three laptops refreshed in the past year: the old one returned worn out and retired, a new
//   one handed over the same day; a broken monitor sent to repair, retired, replaced;
// - two phones lost in the past year (one written off since) and replaced;
// - a laptop in repair under warranty, its holder on a loaner due back in two weeks; a phone in
//   repair; a monitor from stock sent back to the supplier;
// - leavers' (last day in the past year) laptops and phones collected on their last day, back in
//   stock; a laptop set up for each joiner starting within two months;
// - spare laptops, phones, monitors, headsets and docks in stock;
// - the usual licences, a seat for each person whose work needs it, a few seats free in each,
//   and one contract renewing within 30 days (Zoom).

export type DemoPerson = {
  employeeId: string;
  title: string;
  // Of their latest employment.
  startDate: string;
  // Their last day, inclusive; null while no termination is recorded.
  lastDay: string | null;
};

export type DemoAssetChange =
  | { kind: 'assign'; on: string; employeeId: string; expectedReturnOn?: string; notes?: string }
  | { kind: 'return'; on: string; condition: AssetCondition; notes: string; location: string }
  | { kind: 'repair'; on: string; notes: string }
  | { kind: 'lose'; on: string; notes: string }
  | { kind: 'retire'; on: string; notes: string };

export type DemoAssetRegistration = {
  category: DemoModel['category'];
  manufacturer: string;
  model: string;
  serialNumber: string;
  purchaseDate: string;
  purchaseCost: string;
  currency: 'EUR';
  supplier: string;
  warrantyEndsOn: string;
  location: string | null;
  condition: AssetCondition;
  notes: string | null;
};

// One asset's life: registered on its purchase date, then each change in date order.
export type DemoAsset = { register: DemoAssetRegistration; changes: DemoAssetChange[] };

export type DemoLicensePlan = {
  key: DemoLicenseKey;
  register: { product: string; vendor: string; seats: number; costPerPeriod: string; currency: 'EUR'; billingPeriod: 'MONTHLY' | 'YEARLY'; renewalDate: string; notes: string | null };
  // Who holds a seat, from when: their start date, or a year ago for those who came earlier.
  holders: Array<{ employeeId: string; on: string }>;
};

export type DemoInventoryPlan = { assets: DemoAsset[]; licenses: DemoLicensePlan[] };

// The kind of work a title stands for: it decides the kit and the software.
export type Profile = 'engineering' | 'design' | 'it' | 'leadership' | 'sales' | 'office' | 'warehouse' | 'dispatch';

export function profileOf(title: string): Profile {
  if (/designer/i.test(title)) return 'design';
  if (/software engineer|qa engineer|engineering manager|head of engineering/i.test(title)) return 'engineering';
  if (/head of it|systems administrator|security engineer|service desk/i.test(title)) return 'it';
  if (/^(chief|head of)\b|director/i.test(title)) return 'leadership';
  if (/account executive|sales/i.test(title)) return 'sales';
  if (/warehouse/i.test(title)) return 'warehouse';
  if (/dispatcher/i.test(title)) return 'dispatch';
  return 'office';
}

const STOCKROOM = 'IT stockroom, Manchester';

type Kit = { computer: DemoModel | null; phone: DemoModel | null; monitor: DemoModel | null };

// `index`: the person's place among everyone, for the variety within a profile.
function kitOf(profile: Profile, index: number): Kit {
  const computer = {
    engineering: models.macBookPro14,
    design: models.macBookPro16,
    it: models.thinkPadX1,
    leadership: models.macBookAir15,
    sales: models.thinkPadT14s,
    office: index % 2 === 0 ? models.latitude7440 : models.eliteBook840,
    dispatch: models.optiPlex7010,
    warehouse: null,
  }[profile];
  // Some office staff and engineers use their own phone: one in six has no company phone.
  const ownPhone = (profile === 'office' || profile === 'engineering' || profile === 'design') && index % 6 === 5;
  const phone = ownPhone ? null : profile === 'leadership' || profile === 'sales' ? models.iPhone15 : profile === 'warehouse' || profile === 'dispatch' ? models.galaxyXCover7 : models.galaxyA55;
  const deskMonitor = index % 3 === 2 ? null : index % 2 === 0 ? models.p2423d : models.lg27up850;
  const monitor = {
    engineering: models.ultraSharp27,
    design: models.studioDisplay,
    it: models.ultraSharp27,
    leadership: deskMonitor,
    sales: deskMonitor,
    office: deskMonitor,
    dispatch: models.p2423d,
    warehouse: null,
  }[profile];
  return { computer, phone, monitor };
}

// The model a laptop replaced: the same maker's previous generation.
const previousGeneration: Record<string, DemoModel> = { Apple: models.macBookPro14M1, Lenovo: models.thinkPadT14sGen2, Dell: models.latitude7420, HP: models.eliteBook840G8 };

// Who needs which software.
function seatsFor(profile: Profile, title: string): DemoLicenseKey[] {
  const keys: DemoLicenseKey[] = ['microsoft365'];
  if (profile !== 'warehouse') keys.push('slack');
  if (['it', 'engineering', 'design', 'leadership'].includes(profile) || /accountant|payroll|financial/i.test(title)) keys.push('onePassword');
  if (profile === 'engineering' || (profile === 'it' && !/service desk/i.test(title))) keys.push('github');
  if (profile === 'engineering' || profile === 'design' || profile === 'it') keys.push('jira');
  if (profile === 'design' || /engineering manager|head of engineering/i.test(title)) keys.push('figma');
  if (profile === 'design') keys.push('adobe');
  if (profile === 'sales' || profile === 'leadership' || /recruiter|hr business partner/i.test(title)) keys.push('zoom');
  if (profile === 'sales' || (profile === 'leadership' && /sales/i.test(title))) keys.push('salesforce');
  return keys;
}

export function planDemoInventory(people: readonly DemoPerson[], today: string): DemoInventoryPlan {
  const daysAgo = (days: number) => addDays(today, -days);
  const latest = (a: string, b: string) => (a > b ? a : b);
  const earliest = (a: string, b: string) => (a < b ? a : b);
  let serials = 0;
  const assets: DemoAsset[] = [];

  const register = (model: DemoModel, purchaseDate: string, extra: { location?: string | null; condition?: AssetCondition; notes?: string | null } = {}): DemoAssetRegistration => {
    serials += 1;
    return {
      category: model.category,
      manufacturer: model.manufacturer,
      model: model.model,
      serialNumber: `${model.serialPrefix}${serialCode(serials, model.serialLength)}`,
      purchaseDate,
      purchaseCost: model.cost,
      currency: 'EUR',
      supplier: model.supplier,
      warrantyEndsOn: addDays(addMonths(purchaseDate, model.warrantyMonths), -1),
      location: extra.location ?? null,
      condition: extra.condition ?? 'NEW',
      notes: extra.notes ?? null,
    };
  };
  const add = (registration: DemoAssetRegistration, changes: DemoAssetChange[] = []) => assets.push({ register: registration, changes });
  // Bought `ageDays` ago and handed over a few days later; bought just before someone's start
  // when they joined after that, and handed over on their first day.
  const handOver = (person: DemoPerson, model: DemoModel, ageDays: number, index: number) => {
    let purchaseDate = daysAgo(ageDays);
    let assignedOn: string;
    if (person.startDate > purchaseDate) {
      purchaseDate = addDays(person.startDate, -(5 + (index % 10)));
      assignedOn = person.startDate;
    } else {
      assignedOn = earliest(addDays(purchaseDate, 2 + (index % 8)), today);
    }
    const assign: DemoAssetChange = { kind: 'assign', on: assignedOn, employeeId: person.employeeId };
    return { registration: register(model, purchaseDate), assign };
  };

  // Earliest start first (ties by id): the order, and so the plan, does not depend on how the
  // people were listed.
  const ordered = [...people].sort((a, b) => (a.startDate === b.startDate ? a.employeeId.localeCompare(b.employeeId) : a.startDate.localeCompare(b.startDate)));
  const employed = ordered.filter((person) => person.startDate <= today && (person.lastDay === null || person.lastDay >= today));
  const leavers = ordered.filter((person) => person.lastDay !== null && person.lastDay < today && person.lastDay >= daysAgo(365));
  const joiners = ordered.filter((person) => person.startDate > today && person.startDate <= addDays(today, 60));
  const kits = new Map(employed.map((person, index) => [person.employeeId, kitOf(profileOf(person.title), index)]));
  const kit = (person: DemoPerson) => kits.get(person.employeeId)!;

  // The people the year's incidents happened to, spread over the company: the first one from
  // `at` (a share of the way through the list, wrapping) who fits and has no incident yet.
  const chosen = new Set<string>();
  const pick = (at: number, fits: (person: DemoPerson) => boolean): DemoPerson | undefined => {
    const start = Math.floor(at * employed.length);
    for (let step = 0; step < employed.length; step += 1) {
      const person = employed[(start + step) % employed.length]!;
      if (!chosen.has(person.employeeId) && fits(person)) {
        chosen.add(person.employeeId);
        return person;
      }
    }
    return undefined;
  };
  const hasLaptop = (person: DemoPerson) => kit(person).computer?.category === 'LAPTOP';
  const startedBy = (days: number) => (person: DemoPerson) => person.startDate <= daysAgo(days);
  const refreshed = [0.15, 0.45, 0.75].map((at) => pick(at, (person) => hasLaptop(person) && startedBy(1100)(person)));
  const lostPhone = [0.3, 0.6].map((at) => pick(at, (person) => kit(person).phone !== null && startedBy(500)(person)));
  const laptopInRepair = pick(0.5, (person) => hasLaptop(person) && startedBy(60)(person));
  const phoneInRepair = pick(0.85, (person) => kit(person).phone !== null && startedBy(60)(person));
  const brokenMonitor = pick(0.05, (person) => kit(person).monitor !== null && startedBy(730)(person));

  for (const [index, person] of employed.entries()) {
    const { computer, phone, monitor } = kit(person);
    const refresh = refreshed.indexOf(person);
    if (computer && refresh >= 0) {
      // Bought three years ago, worn out in the past year: returned, retired once wiped, and a new
      // one handed over the day the old one came back.
      const oldModel = previousGeneration[computer.manufacturer] ?? computer;
      const boughtOn = daysAgo(1045 + 15 * refresh);
      const refreshOn = daysAgo(290 - 90 * refresh);
      const wornOut = [
        { condition: 'POOR', notes: 'Battery no longer holds a charge: replaced in the laptop refresh' },
        { condition: 'BROKEN', notes: 'Dropped: display cracked and hinge broken' },
        { condition: 'POOR', notes: 'Keyboard and trackpad failing: replaced in the laptop refresh' },
      ][refresh] as { condition: AssetCondition; notes: string };
      add(register(oldModel, boughtOn), [
        { kind: 'assign', on: latest(addDays(boughtOn, 4), person.startDate), employeeId: person.employeeId },
        { kind: 'return', on: refreshOn, condition: wornOut.condition, notes: wornOut.notes, location: STOCKROOM },
        { kind: 'retire', on: addDays(refreshOn, 12 + refresh), notes: 'Data wiped (certificate on file) and collected by the recycler' },
      ]);
      add(register(computer, addDays(refreshOn, -6)), [{ kind: 'assign', on: refreshOn, employeeId: person.employeeId }]);
    } else if (computer) {
      const { registration, assign } = handOver(person, computer, 40 + ((index * 211) % 1040), index);
      const changes: DemoAssetChange[] = [assign];
      if (person === laptopInRepair) {
        const sentOn = daysAgo(6);
        changes.push({ kind: 'repair', on: sentOn, notes: `Keyboard keys failing: sent to ${computer.manufacturer} under warranty` });
        // A loaner from the pool while it is away, due back in two weeks.
        add(register(models.latitude5440, daysAgo(400), { location: STOCKROOM, condition: 'GOOD', notes: 'Loaner pool' }), [
          { kind: 'assign', on: sentOn, employeeId: person.employeeId, expectedReturnOn: addDays(today, 14), notes: 'Loan while their laptop is repaired' },
        ]);
      }
      add(registration, changes);
    }

    const lost = lostPhone.indexOf(person);
    if (phone && lost >= 0) {
      // Lost in the past year and replaced at once; the older loss is written off since.
      const boughtOn = daysAgo(430 + 40 * lost);
      const lostOn = daysAgo([25, 190][lost]!);
      const changes: DemoAssetChange[] = [
        { kind: 'assign', on: latest(addDays(boughtOn, 3), person.startDate), employeeId: person.employeeId },
        { kind: 'lose', on: lostOn, notes: ['Left in a taxi: SIM blocked and the phone wiped remotely', 'Stolen on a business trip: police report on file'][lost]! },
      ];
      if (lost === 1) changes.push({ kind: 'retire', on: addDays(lostOn, 30), notes: 'Not recovered: written off' });
      add(register(phone, boughtOn), changes);
      add(register(phone, addDays(lostOn, 1)), [{ kind: 'assign', on: addDays(lostOn, 2), employeeId: person.employeeId }]);
    } else if (phone) {
      const { registration, assign } = handOver(person, phone, 20 + ((index * 137) % 880), index);
      const changes: DemoAssetChange[] = [assign];
      if (person === phoneInRepair) changes.push({ kind: 'repair', on: daysAgo(3), notes: "Cracked screen: with the carrier's repair service" });
      add(registration, changes);
    }

    if (monitor && person === brokenMonitor) {
      const boughtOn = daysAgo(720);
      add(register(monitor, boughtOn), [
        { kind: 'assign', on: latest(addDays(boughtOn, 3), person.startDate), employeeId: person.employeeId },
        { kind: 'repair', on: daysAgo(120), notes: 'Flickering, then no signal' },
        { kind: 'retire', on: daysAgo(95), notes: 'Beyond economical repair: the quote was above a new one' },
      ]);
      add(register(monitor, daysAgo(100)), [{ kind: 'assign', on: daysAgo(94), employeeId: person.employeeId }]);
    } else if (monitor) {
      const { registration, assign } = handOver(person, monitor, 30 + ((index * 173) % 1000), index);
      add(registration, [assign]);
    }
  }

  // Leavers hand their laptop and phone back on their last day.
  for (const [index, person] of leavers.entries()) {
    const { computer, phone } = kitOf(profileOf(person.title), index);
    const lastDay = person.lastDay!;
    for (const [model, ageDays, condition, notes] of [
      [computer, 300 + ((index * 97) % 400), 'GOOD', 'Collected on their last day; wiped and re-imaged'],
      [phone, 200 + ((index * 61) % 300), 'FAIR', 'Collected on their last day; factory reset'],
    ] as const) {
      if (!model) continue;
      let boughtOn = addDays(lastDay, -ageDays);
      let assignedOn = addDays(boughtOn, 3);
      if (person.startDate > boughtOn) {
        boughtOn = addDays(person.startDate, -7);
        assignedOn = person.startDate;
      }
      add(register(model, boughtOn), [
        { kind: 'assign', on: assignedOn, employeeId: person.employeeId },
        { kind: 'return', on: lastDay, condition, notes, location: STOCKROOM },
      ]);
    }
  }

  // A laptop ready for each joiner: it is handed over on their first day, not before.
  for (const [index, person] of joiners.entries()) {
    const computer = kitOf(profileOf(person.title), index).computer;
    if (computer) add(register(computer, daysAgo(10), { location: STOCKROOM, notes: `Set up for a joiner starting on ${person.startDate}` }));
  }

  // Spares, and what went back to a supplier from stock.
  const spare = (model: DemoModel, count: number, boughtDaysAgo: number, notes: string | null = null) => {
    for (let n = 0; n < count; n += 1) add(register(model, daysAgo(boughtDaysAgo), { location: STOCKROOM, notes }));
  };
  spare(models.latitude7440, 3, 21, 'For new joiners');
  spare(models.macBookPro14, 2, 35, 'For new joiners');
  add(register(models.latitude5440, daysAgo(400), { location: STOCKROOM, condition: 'GOOD', notes: 'Loaner pool' }));
  spare(models.galaxyA55, 3, 28);
  spare(models.p2423d, 4, 60);
  add(register(models.p2423d, daysAgo(60), { location: STOCKROOM }), [{ kind: 'repair', on: daysAgo(10), notes: 'Dead pixels found before hand-out: returned to the supplier' }]);
  spare(models.evolve2, 6, 45);
  spare(models.wd19s, 4, 45);

  // Tags are given at registration: the oldest purchase gets the first.
  const byPurchase = assets.map((asset, order) => ({ asset, order })).sort((a, b) => a.asset.register.purchaseDate.localeCompare(b.asset.register.purchaseDate) || a.order - b.order);

  // Seats for everyone employed today whose work needs the product; each licence bought with a
  // few seats to spare.
  const holders = new Map<DemoLicenseKey, Array<{ employeeId: string; on: string }>>();
  const yearAgo = daysAgo(365);
  for (const person of employed) {
    for (const key of seatsFor(profileOf(person.title), person.title)) holders.set(key, [...(holders.get(key) ?? []), { employeeId: person.employeeId, on: person.startDate > yearAgo ? person.startDate : yearAgo }]);
  }
  const licensePlans = (Object.keys(licenses) as DemoLicenseKey[]).map((key): DemoLicensePlan => {
    const product = licenses[key];
    const seated = holders.get(key) ?? [];
    const spareSeats = Math.max(2, Math.ceil(seated.length * 0.06));
    const seats = seated.length + spareSeats > 20 ? Math.ceil((seated.length + spareSeats) / 5) * 5 : seated.length + spareSeats;
    const months = product.billingPeriod === 'MONTHLY' ? 1 : 12;
    return {
      key,
      register: {
        product: product.product,
        vendor: product.vendor,
        seats,
        costPerPeriod: centsToAmount(amountToCents(product.unitCost) * seats * months),
        currency: 'EUR',
        billingPeriod: product.billingPeriod,
        renewalDate: addDays(today, product.renewsInDays),
        notes: product.notes,
      },
      holders: seated,
    };
  });

  return { assets: byPurchase.map(({ asset }) => asset), licenses: licensePlans };
}

// A serial number's letters and digits from a running number: different numbers never share one.
function serialCode(n: number, length: number): string {
  const space = 36n ** BigInt(length);
  // 7919² is prime to 36, so n ↦ n·7919² is one-to-one below 36^length.
  const scrambled = (BigInt(n) * 62_710_561n + 104_729n) % space;
  return scrambled.toString(36).toUpperCase().padStart(length, '0');
}

function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

const amountToCents = (amount: string) => Math.round(Number(amount) * 100);
const centsToAmount = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
