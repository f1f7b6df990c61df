import type { Logger } from '@backoffice/platform/logger';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { approveExpenseClaim } from '../expense-claims/expense-claim.commands/approve-expense-claim';
import { draftExpenseClaim } from '../expense-claims/expense-claim.commands/draft-expense-claim';
import { markExpenseClaimPaid } from '../expense-claims/expense-claim.commands/mark-expense-claim-paid';
import { rejectExpenseClaim } from '../expense-claims/expense-claim.commands/reject-expense-claim';
import { submitExpenseClaim } from '../expense-claims/expense-claim.commands/submit-expense-claim';
import type { ExpenseClaimInput } from '../expense-claims/expense-claim.inputs';
import type { ExpenseCategory, ExpenseClaimRecord } from '../expense-claims/expense-claim.record';
import type { LedgerModules } from '../ledger-modules';
import { DEMO_CLAIMS_CORRELATION_ID, demoClaimsSeeded, underSeedLock } from './demo.repository';

// The demo company's expense claims, through the same commands a client calls: a dozen people
// with a line manager, across departments, each claiming what their work costs them (client
// visits, conferences, meals, equipment, software, courses). Most are approved and paid, three
// rejected with the reason (two by the line manager, one by ACCOUNTING), some wait: for the line
// manager, for ACCOUNTING, for payment, and one whose line repeats another claim's, flagged as a
// likely duplicate. Every claim is decided by the right person: its LINE_MANAGER step by the
// claimant's line manager in the workforce projection, its ACCOUNTING step (claims above the
// policy's 1000.00) and the payments by the demo's Accountant.
//
// The policy refuses lines older than 90 days at submission and every claim is submitted now (the
// business clock's today), so the lines are dated over the last 80 days, not across the year; the
// demo keeps the default policy rather than widening it for its own sake.

// Someone employed today with their department and line manager (workforce projection).
export type DemoPerson = { employeeId: string; departmentId: string; managerId: string | null };
// `accountant` decides the ACCOUNTING step and pays; never a claimant nor their line manager.
export type DemoClaimsInput = { people: DemoPerson[]; accountant: string };

type Outcome = 'paid' | 'approved' | 'rejected-by-manager' | 'rejected-by-accounting' | 'waiting-for-manager' | 'waiting-for-accounting';
// `day`: days after the claim's first day. Lines above the policy's 25.00 get a receipt reference.
type Line = { day: number; category: ExpenseCategory; amount: string; merchant: string; description?: string };
type Template = { title: string; lines: Line[] };

const MAX_CLAIMANTS = 12;
const OLDEST_DAYS_AGO = 80;
const NEWEST_DAYS_AGO = 6;
const RECEIPT_ABOVE_CENTS = 2_500;

const templates = {
  hamburg: { title: 'Client visit, Hamburg', lines: [
    { day: 0, category: 'TRAVEL', amount: '186.40', merchant: 'Deutsche Bahn', description: 'Return ticket, 2nd class' },
    { day: 0, category: 'MEALS', amount: '42.80', merchant: 'Brasserie am Hafen', description: 'Lunch with the client' },
    { day: 0, category: 'TRAVEL', amount: '23.50', merchant: 'Taxi Hamburg', description: 'Station to client office' },
  ] },
  teamLunch: { title: 'Team lunch with the new joiners', lines: [{ day: 0, category: 'MEALS', amount: '138.60', merchant: 'Trattoria Roma' }] },
  conference: { title: 'Conference: DevOps Days', lines: [
    { day: 0, category: 'TRAINING', amount: '690.00', merchant: 'DevOps Days', description: 'Conference ticket' },
    { day: 0, category: 'TRAVEL', amount: '248.90', merchant: 'Lufthansa', description: 'Return flight, economy' },
    { day: 0, category: 'LODGING', amount: '189.00', merchant: 'Hotel Alexanderplatz', description: 'First night' },
    { day: 1, category: 'LODGING', amount: '189.00', merchant: 'Hotel Alexanderplatz', description: 'Second night' },
  ] },
  supplies: { title: 'Supplies for the team room', lines: [
    { day: 0, category: 'OFFICE_SUPPLIES', amount: '84.37', merchant: 'Staples', description: 'Whiteboard markers, sticky notes, flip chart pads' },
    { day: 0, category: 'OFFICE_SUPPLIES', amount: '19.99', merchant: 'Staples', description: 'Cable ties' },
  ] },
  designTool: { title: 'Design tool licence', lines: [{ day: 0, category: 'SOFTWARE', amount: '143.88', merchant: 'Figma', description: 'Annual seat' }] },
  paris: { title: 'Customer workshop, Paris', lines: [
    { day: 0, category: 'TRAVEL', amount: '312.50', merchant: 'Eurostar', description: 'Return ticket' },
    { day: 0, category: 'LODGING', amount: '214.00', merchant: 'Hôtel du Nord' },
    { day: 1, category: 'MEALS', amount: '61.20', merchant: 'Le Petit Zinc', description: 'Dinner after the workshop' },
  ] },
  dock: { title: 'Docking station for the home office', lines: [{ day: 0, category: 'EQUIPMENT', amount: '289.90', merchant: 'Dell' }] },
  airportTaxi: { title: 'Taxi to the airport', lines: [{ day: 0, category: 'TRAVEL', amount: '58.70', merchant: 'FreeNow', description: 'Early flight, no train yet' }] },
  course: { title: 'Online course: data analysis', lines: [{ day: 0, category: 'TRAINING', amount: '349.00', merchant: 'Coursera' }] },
  tradeFair: { title: 'Trade fair, Munich', lines: [
    { day: 0, category: 'TRAVEL', amount: '164.30', merchant: 'Deutsche Bahn', description: 'Return ticket' },
    { day: 0, category: 'LODGING', amount: '385.00', merchant: 'Messehotel München', description: 'Fair week rate, first night' },
    { day: 1, category: 'LODGING', amount: '385.00', merchant: 'Messehotel München', description: 'Fair week rate, second night' },
    { day: 1, category: 'MEALS', amount: '88.40', merchant: 'Augustiner Bräu', description: 'Dinner with two prospects' },
  ] },
  supplierVisit: { title: 'Supplier visit: parking and mileage', lines: [
    { day: 0, category: 'TRAVEL', amount: '36.00', merchant: 'APCOA Parking' },
    { day: 0, category: 'OTHER', amount: '74.25', merchant: 'Own car', description: '165 km at 0.45 a km' },
  ] },
  standingDesk: { title: 'Standing desk (occupational health advice)', lines: [{ day: 0, category: 'EQUIPMENT', amount: '1149.00', merchant: 'Ergodesk' }] },
  books: { title: 'Books for the team library', lines: [{ day: 0, category: 'OTHER', amount: '67.45', merchant: 'Thalia' }] },
  dinner: { title: 'Dinner', lines: [{ day: 0, category: 'MEALS', amount: '124.00', merchant: 'Zum Goldenen Hirschen' }] },
  headphones: { title: 'Noise-cancelling headphones', lines: [{ day: 0, category: 'EQUIPMENT', amount: '349.00', merchant: 'MediaMarkt' }] },
  singapore: { title: 'Partner summit, Singapore', lines: [{ day: 0, category: 'TRAVEL', amount: '2380.00', merchant: 'Singapore Airlines', description: 'Return flight, business class' }] },
} satisfies Record<string, Template>;

type Plan = { template: Template; outcome: Outcome; reason?: string };

// Oldest first; the claims still waiting are the most recent.
const plans: Plan[] = [
  { template: templates.hamburg, outcome: 'paid' },
  { template: templates.teamLunch, outcome: 'paid' },
  { template: templates.conference, outcome: 'paid' },
  { template: templates.supplies, outcome: 'paid' },
  { template: templates.designTool, outcome: 'paid' },
  { template: templates.dinner, outcome: 'rejected-by-manager', reason: 'A private dinner, not a business expense.' },
  { template: templates.paris, outcome: 'paid' },
  { template: templates.dock, outcome: 'paid' },
  { template: templates.airportTaxi, outcome: 'paid' },
  { template: templates.course, outcome: 'paid' },
  { template: templates.tradeFair, outcome: 'paid' },
  { template: templates.supplierVisit, outcome: 'paid' },
  { template: templates.headphones, outcome: 'rejected-by-manager', reason: "Headphones are part of IT's standard kit: order them through the IT portal." },
  { template: templates.books, outcome: 'paid' },
  { template: templates.standingDesk, outcome: 'paid' },
  { template: templates.hamburg, outcome: 'paid' },
  { template: templates.singapore, outcome: 'rejected-by-accounting', reason: 'Business class is not covered on flights under 14 hours: resubmit at the economy fare.' },
  { template: templates.teamLunch, outcome: 'paid' },
  { template: templates.airportTaxi, outcome: 'paid' },
  { template: templates.paris, outcome: 'paid' },
  { template: templates.designTool, outcome: 'approved' },
  { template: templates.conference, outcome: 'approved' },
  { template: templates.supplies, outcome: 'waiting-for-manager' },
  { template: templates.tradeFair, outcome: 'waiting-for-accounting' },
  { template: templates.course, outcome: 'waiting-for-manager' },
];
// The claimant of this plan (an airport taxi, paid) claims the same taxi again, last of all: the
// new claim is flagged as a likely duplicate and waits for the line manager to look at it.
const DUPLICATED_PLAN = 8;

export async function seedDemoClaims(modules: LedgerModules, input: DemoClaimsInput, logger: Logger): Promise<number> {
  return underSeedLock(modules.dataSource, demoClaimsSeeded, async (alreadySeeded) => {
    if (alreadySeeded) return 0;
    const claimants = chooseClaimants(input);
    if (!claimants.length) {
      logger.warn('demo claims not seeded: nobody employed today has a line manager other than the accountant');
      return 0;
    }
    const seeded = await seed(modules, input.accountant, claimants);
    logger.info('demo claims seeded', { claims: seeded.length, claimants: claimants.length, byStatus: countBy(seeded.map((claim) => claim.status)) });
    return seeded.length;
  });
}

// Up to a dozen people with a line manager, one department after the other so each is
// represented; by id within a department, so the same people claim every time.
export function chooseClaimants({ people, accountant }: DemoClaimsInput): DemoPerson[] {
  const eligible = people
    .filter((person) => person.managerId && person.managerId !== person.employeeId && person.employeeId !== accountant && person.managerId !== accountant)
    .sort((a, b) => a.departmentId.localeCompare(b.departmentId) || a.employeeId.localeCompare(b.employeeId));
  const byDepartment = new Map<string, DemoPerson[]>();
  for (const person of eligible) byDepartment.set(person.departmentId, [...(byDepartment.get(person.departmentId) ?? []), person]);
  const queues = [...byDepartment.values()];
  const chosen: DemoPerson[] = [];
  for (let round = 0; chosen.length < MAX_CLAIMANTS && queues.some((queue) => queue.length > round); round += 1) {
    for (const queue of queues) if (queue[round] && chosen.length < MAX_CLAIMANTS) chosen.push(queue[round]!);
  }
  return chosen;
}

async function seed(modules: LedgerModules, accountant: string, claimants: DemoPerson[]): Promise<ExpenseClaimRecord[]> {
  const as = (actor: string): EventMetadata => ({ actor, correlationId: DEMO_CLAIMS_CORRELATION_ID });
  const today = modules.clock.today();
  const year = today.slice(0, 4);
  let receipts = 0;
  // Claim `index`'s first day: spread from 80 days ago to about a week ago. One person's claims
  // are `claimants.length` plans apart, so their days (and the per-day limits) never meet.
  const firstDayOf = (index: number) => addDays(today, -(OLDEST_DAYS_AGO - Math.round((index * (OLDEST_DAYS_AGO - NEWEST_DAYS_AGO)) / plans.length)));
  const contentOf = (template: Template, firstDay: string): ExpenseClaimInput => ({
    title: template.title,
    lines: template.lines.map((line) => ({
      date: addDays(firstDay, line.day),
      category: line.category,
      amount: line.amount,
      merchant: line.merchant,
      ...(line.description ? { description: line.description } : {}),
      ...(cents(line.amount) > RECEIPT_ABOVE_CENTS ? { receiptReference: `RCPT-${year}-${String((receipts += 1)).padStart(4, '0')}` } : {}),
    })),
  });

  const submit = async (claimant: DemoPerson, content: ExpenseClaimInput): Promise<ExpenseClaimRecord> => {
    const draft = await draftExpenseClaim(modules, claimant.employeeId, content, as(claimant.employeeId));
    return submitExpenseClaim(modules, draft.id, draft.version, as(claimant.employeeId));
  };
  // The step the claim waits for, decided by its person: the line manager submission named, or
  // the accountant.
  const deciderOf = (claim: ExpenseClaimRecord) => (claim.awaiting === 'LINE_MANAGER' ? { id: claim.approverId!, accounting: false } : { id: accountant, accounting: true });
  const approve = (claim: ExpenseClaimRecord) => {
    const decider = deciderOf(claim);
    return approveExpenseClaim(modules, claim.id, claim.version, decider, as(decider.id));
  };
  const reject = (claim: ExpenseClaimRecord, reason: string) => {
    const decider = deciderOf(claim);
    return rejectExpenseClaim(modules, claim.id, claim.version, reason, decider, as(decider.id));
  };

  const seeded: ExpenseClaimRecord[] = [];
  const contents: Array<{ claimant: DemoPerson; content: ExpenseClaimInput }> = [];
  for (const [index, plan] of plans.entries()) {
    const claimant = claimants[index % claimants.length]!;
    const content = contentOf(plan.template, firstDayOf(index));
    contents.push({ claimant, content });
    let claim = await submit(claimant, content);
    switch (plan.outcome) {
      case 'paid':
      case 'approved':
        while (claim.status === 'SUBMITTED') claim = await approve(claim);
        if (plan.outcome === 'paid') claim = await markExpenseClaimPaid(modules, claim.id, claim.version, null, as(accountant));
        break;
      case 'rejected-by-manager':
        claim = await reject(claim, plan.reason!);
        break;
      case 'rejected-by-accounting':
        if (claim.awaiting === 'LINE_MANAGER') claim = await approve(claim);
        claim = await reject(claim, plan.reason!);
        break;
      case 'waiting-for-accounting':
        if (claim.awaiting === 'LINE_MANAGER') claim = await approve(claim);
        break;
      case 'waiting-for-manager':
        break;
    }
    seeded.push(claim);
  }

  const { claimant, content } = contents[DUPLICATED_PLAN]!;
  seeded.push(await submit(claimant, { title: 'Taxi to the airport (receipt found again)', lines: content.lines }));
  return seeded;
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const cents = (amount: string) => Math.round(Number(amount) * 100);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
