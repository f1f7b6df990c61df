import { z } from 'zod';
import { defineEvent } from './contract';
import { currencyCode, isoDate, isoDateTime, nonEmptyString, nonNegativeDecimalString, uuid } from './scalars';

// IT events: system access, equipment, licences and support tickets. Analysts read these
// topics, so tickets carry codes and ids, not the free text people type into them.

// The examples share HR's and accounting's fictional ids (see hr-events.ts): Mara Lindqvist's
// access, laptop and kit ticket when she joins, Tomas Berg's access and the laptop he kept when he
// left, Jonas Keller's phone and VPN.
const ex = {
  mara: 'c5175294-534e-416b-8330-b0a949dc6116',
  jonas: 'ef65cce8-8d52-47c1-8bf6-85e2b4e91df2',
  tomas: 'eb50669d-2f2f-4de0-8847-e55690c4c609',
  lena: 'd0f3d981-20f8-452c-864e-8411ab9a8a57',
  noah: 'ba6265b6-9f35-47bd-9681-6b4278acd207',
  // Someone on IT's helpdesk.
  sam: 'f1122157-4c65-4f21-9859-a4f8ecd3139e',
  maraEmail: '0d752741-49ad-4f33-8fec-b671c569c2a4',
  jonasVpn: '2ec3030f-77aa-48cd-9ac4-95dc68f52f5b',
  tomasSourceControl: '0fb99b87-8e0d-4e06-a765-264d69ae9d2f',
  maraLaptop: 'f78ec294-19bb-4d9a-8df2-154f0d7277c7',
  tomasLaptop: '7d0f2fde-3fe9-4b2e-bc74-9de4416118ab',
  jonasPhone: '745bd569-c132-48fa-8ed9-a72a9bf10cff',
  lostPhone: 'f7f4e53b-48fa-473f-baa9-f66aec5276dc',
  oldMonitor: '8c9d2edb-0696-48eb-9822-1d99c184679b',
  ideLicense: '9d67365e-d158-47d7-92a6-7b00b2e0bb47',
  maraKitTicket: 'ae314231-4adf-40e9-9179-5bcfa7a1dd78',
  jonasVpnTicket: 'a39bd908-e7db-4ad6-847a-2893e65114d0',
  maraChargerTicket: '5bd65e67-9638-46ab-9c74-07b81cc57700',
} as const;

// Access: accounts on the company's systems, named by the lower-case codes of IT's catalogue
// (email, sso, vpn, source-control...). One event per status change, and two facts per
// employment for processes: onboarded (the whole bundle active) and offboarded (nothing left active).
const systemCode = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'Expected a system code from IT\'s catalogue, lower case, e.g. "email" or "source-control"');
const accountShape = { accountId: uuid, employeeId: uuid, system: systemCode };

export const accessScheduled = defineEvent({
  service: 'it',
  aggregate: 'access',
  name: 'scheduled',
  version: 1,
  topic: 'it.access.v1',
  key: 'accountId',
  description: 'An account was prepared for an employee, to become active on a future date (a joiner before their start date).',
  data: z.strictObject({ ...accountShape, activeFrom: isoDate }),
  example: { accountId: ex.maraEmail, employeeId: ex.mara, system: 'email', activeFrom: '2026-03-02' },
});

export const accessGranted = defineEvent({
  service: 'it',
  aggregate: 'access',
  name: 'granted',
  version: 1,
  topic: 'it.access.v1',
  key: 'accountId',
  description: 'An employee\'s account on a system became active (granted, due, or resumed after a suspension).',
  data: z.strictObject({
    ...accountShape,
    username: nonEmptyString,
  }),
  example: { accountId: ex.maraEmail, employeeId: ex.mara, system: 'email', username: 'mara.lindqvist' },
});

export const accessSuspended = defineEvent({
  service: 'it',
  aggregate: 'access',
  name: 'suspended',
  version: 1,
  topic: 'it.access.v1',
  key: 'accountId',
  description: 'An account was suspended: it stays, unusable, until granted again or revoked. The reason stays in IT.',
  data: z.strictObject(accountShape),
  example: { accountId: ex.jonasVpn, employeeId: ex.jonas, system: 'vpn' },
});

export const accessRevokeCauses = ['LEAVER', 'MOVER', 'MANUAL', 'REVIEW'] as const;

export const accessRevoked = defineEvent({
  service: 'it',
  aggregate: 'access',
  name: 'revoked',
  version: 1,
  topic: 'it.access.v1',
  key: 'accountId',
  description: "An employee's account on a system was revoked for good. `cause` says why as a code (the reason text stays in IT).",
  data: z.strictObject({
    ...accountShape,
    // LEAVER: at the end of the last day; MOVER: only the old department's bundle gave it; MANUAL:
    // revokeAccess; REVIEW: an access review decided so.
    cause: z.enum(accessRevokeCauses),
  }),
  example: { accountId: ex.tomasSourceControl, employeeId: ex.tomas, system: 'source-control', cause: 'LEAVER' },
});

export const accessOnboarded = defineEvent({
  service: 'it',
  aggregate: 'access',
  name: 'onboarded',
  version: 1,
  topic: 'it.access.v1',
  key: 'employeeId',
  description: "Every system of an employee's bundle is active: their access is ready (once per employment).",
  data: z.strictObject({ employeeId: uuid, startDate: isoDate, systems: z.array(systemCode).min(1) }),
  example: { employeeId: ex.mara, startDate: '2026-03-02', systems: ['email', 'sso', 'source-control', 'vpn'] },
});

export const accessOffboarded = defineEvent({
  service: 'it',
  aggregate: 'access',
  name: 'offboarded',
  version: 1,
  topic: 'it.access.v1',
  key: 'employeeId',
  description: 'Nothing is left active for a leaver after their last day: every account revoked, licence seats released (once per employment).',
  data: z.strictObject({ employeeId: uuid, lastDay: isoDate, accountsRevoked: z.number().int().nonnegative(), seatsReleased: z.number().int().nonnegative() }),
  example: { employeeId: ex.tomas, lastDay: '2026-04-30', accountsRevoked: 4, seatsReleased: 1 },
});

// Assets: what analysts count and depreciate (category, useful life, cost), and who holds what.
// Notes and locations are IT's working text and stay out.
export const assetCategories = ['LAPTOP', 'DESKTOP', 'MONITOR', 'PHONE', 'PERIPHERAL', 'NETWORK', 'FURNITURE', 'OFFICE_EQUIPMENT'] as const;
export const assetConditions = ['NEW', 'GOOD', 'FAIR', 'POOR', 'BROKEN'] as const;

const assetShape = {
  assetId: uuid,
  // The inventory tag printed on the device, e.g. AST-000042.
  tag: nonEmptyString,
  category: z.enum(assetCategories),
};

export const assetRegistered = defineEvent({
  service: 'it',
  aggregate: 'asset',
  name: 'registered',
  version: 1,
  topic: 'it.asset.v1',
  key: 'assetId',
  description: 'A piece of equipment entered the inventory, with what accounting needs to depreciate it.',
  data: z.strictObject({
    ...assetShape,
    manufacturer: nonEmptyString,
    model: nonEmptyString,
    purchaseDate: isoDate,
    // The purchase price in `currency`, e.g. "1499.00".
    purchaseCost: nonNegativeDecimalString,
    currency: currencyCode,
    // The category's useful life when the asset was registered: straight-line depreciation spans it.
    usefulLifeMonths: z.number().int().positive(),
  }),
  example: {
    assetId: ex.maraLaptop,
    tag: 'AST-000317',
    category: 'LAPTOP',
    manufacturer: 'Lenovo',
    model: 'ThinkPad T14 Gen 5',
    purchaseDate: '2026-02-12',
    purchaseCost: '1899.00',
    currency: 'EUR',
    usefulLifeMonths: 36,
  },
});

export const assetAssigned = defineEvent({
  service: 'it',
  aggregate: 'asset',
  name: 'assigned',
  version: 1,
  topic: 'it.asset.v1',
  key: 'assetId',
  description: 'An asset was handed to an employee (for good, or as a loan with an expected return date).',
  data: z.strictObject({
    ...assetShape,
    employeeId: uuid,
    assignedOn: isoDate,
    expectedReturnOn: isoDate.nullable(),
    condition: z.enum(assetConditions),
  }),
  example: {
    assetId: ex.maraLaptop,
    tag: 'AST-000317',
    category: 'LAPTOP',
    employeeId: ex.mara,
    assignedOn: '2026-03-02',
    expectedReturnOn: null,
    condition: 'NEW',
  },
});

export const assetReturned = defineEvent({
  service: 'it',
  aggregate: 'asset',
  name: 'returned',
  version: 1,
  topic: 'it.asset.v1',
  key: 'assetId',
  description: 'An asset came back to stock: from its holder, from repair, or found after it was lost.',
  data: z.strictObject({
    ...assetShape,
    // Who had it; null when it came back from repair or was found.
    employeeId: uuid.nullable(),
    returnedOn: isoDate,
    condition: z.enum(assetConditions),
    from: z.enum(['ASSIGNED', 'IN_REPAIR', 'LOST']),
  }),
  example: {
    assetId: ex.jonasPhone,
    tag: 'AST-000142',
    category: 'PHONE',
    employeeId: null,
    returnedOn: '2026-04-22',
    condition: 'GOOD',
    from: 'IN_REPAIR',
  },
});

export const assetSentToRepair = defineEvent({
  service: 'it',
  aggregate: 'asset',
  name: 'sent-to-repair',
  version: 1,
  topic: 'it.asset.v1',
  key: 'assetId',
  description: 'An asset went to repair; taken from its holder when it had one.',
  data: z.strictObject({ ...assetShape, employeeId: uuid.nullable(), sentOn: isoDate }),
  example: { assetId: ex.jonasPhone, tag: 'AST-000142', category: 'PHONE', employeeId: ex.jonas, sentOn: '2026-04-09' },
});

export const assetLost = defineEvent({
  service: 'it',
  aggregate: 'asset',
  name: 'lost',
  version: 1,
  topic: 'it.asset.v1',
  key: 'assetId',
  description: 'An asset was reported lost; by its holder when it had one.',
  data: z.strictObject({ ...assetShape, employeeId: uuid.nullable(), lostOn: isoDate }),
  example: { assetId: ex.lostPhone, tag: 'AST-000266', category: 'PHONE', employeeId: ex.lena, lostOn: '2026-03-18' },
});

export const assetRetired = defineEvent({
  service: 'it',
  aggregate: 'asset',
  name: 'retired',
  version: 1,
  topic: 'it.asset.v1',
  key: 'assetId',
  description: 'An asset left the inventory for good (disposed of, sold, written off after a loss).',
  data: z.strictObject({ ...assetShape, retiredOn: isoDate, from: z.enum(['IN_STOCK', 'IN_REPAIR', 'LOST']) }),
  example: { assetId: ex.oldMonitor, tag: 'AST-000051', category: 'MONITOR', retiredOn: '2026-03-27', from: 'IN_STOCK' },
});

export const assetUnrecovered = defineEvent({
  service: 'it',
  aggregate: 'asset',
  name: 'unrecovered',
  version: 1,
  topic: 'it.asset.v1',
  key: 'assetId',
  description:
    "A leaver still held an asset the offboarding policy's number of days after their last day: IT gives up recovering it " +
    '(it stays recorded with them) and accounting books it by the policy. Once per asset and leaver; every asset the person ' +
    'still held is marked at once, and assetsUnrecovered says how many that was.',
  data: z.strictObject({
    ...assetShape,
    employeeId: uuid,
    lastDay: isoDate,
    unrecoveredOn: isoDate,
    assetsUnrecovered: z.number().int().positive(),
  }),
  example: {
    assetId: ex.tomasLaptop,
    tag: 'AST-000188',
    category: 'LAPTOP',
    employeeId: ex.tomas,
    lastDay: '2026-04-30',
    // 14 days after the last day, by the offboarding policy.
    unrecoveredOn: '2026-05-14',
    assetsUnrecovered: 1,
  },
});

export const equipmentNotNeeded = defineEvent({
  service: 'it',
  aggregate: 'equipment',
  name: 'not-needed',
  version: 1,
  topic: 'it.asset.v1',
  key: 'employeeId',
  description:
    "IT's helpdesk needs no ticket for a hire or a leaver: NO_KIT (the joiner's department has no kit to hand out) or NOTHING_HELD " +
    '(the leaver holds no asset to take back). Without it a process could not tell "nothing to do" from "not done yet".',
  data: z.strictObject({
    employeeId: uuid,
    reason: z.enum(['NO_KIT', 'NOTHING_HELD']),
    // The start date (NO_KIT) or the last day (NOTHING_HELD).
    on: isoDate,
  }),
  example: { employeeId: ex.noah, reason: 'NO_KIT', on: '2026-04-01' },
});

// Licences: seats per product, who holds one, and renewals (what the company pays per period).
const licenseShape = {
  licenseId: uuid,
  product: nonEmptyString,
  vendor: nonEmptyString,
};

export const licenseRegistered = defineEvent({
  service: 'it',
  aggregate: 'license',
  name: 'registered',
  version: 1,
  topic: 'it.license.v1',
  key: 'licenseId',
  description: 'A software licence with a number of seats was added.',
  data: z.strictObject({
    ...licenseShape,
    seats: z.number().int().positive(),
    costPerPeriod: nonNegativeDecimalString,
    currency: currencyCode,
    billingPeriod: z.enum(['MONTHLY', 'YEARLY']),
    renewalDate: isoDate,
  }),
  example: {
    licenseId: ex.ideLicense,
    product: 'IntelliJ IDEA Ultimate',
    vendor: 'JetBrains',
    seats: 40,
    costPerPeriod: '11560.00',
    currency: 'EUR',
    billingPeriod: 'YEARLY',
    renewalDate: '2026-09-30',
  },
});

export const licenseSeatAssigned = defineEvent({
  service: 'it',
  aggregate: 'license',
  name: 'seat-assigned',
  version: 1,
  topic: 'it.license.v1',
  key: 'licenseId',
  description: 'An employee was given a seat of a licence.',
  data: z.strictObject({ ...licenseShape, employeeId: uuid, seatsUsed: z.number().int().positive(), seats: z.number().int().positive() }),
  example: { licenseId: ex.ideLicense, product: 'IntelliJ IDEA Ultimate', vendor: 'JetBrains', employeeId: ex.mara, seatsUsed: 37, seats: 40 },
});

export const licenseSeatReleased = defineEvent({
  service: 'it',
  aggregate: 'license',
  name: 'seat-released',
  version: 1,
  topic: 'it.license.v1',
  key: 'licenseId',
  description: "An employee's seat of a licence was freed.",
  data: z.strictObject({ ...licenseShape, employeeId: uuid, seatsUsed: z.number().int().nonnegative(), seats: z.number().int().positive() }),
  example: { licenseId: ex.ideLicense, product: 'IntelliJ IDEA Ultimate', vendor: 'JetBrains', employeeId: ex.tomas, seatsUsed: 36, seats: 40 },
});

export const licenseRenewed = defineEvent({
  service: 'it',
  aggregate: 'license',
  name: 'renewed',
  version: 1,
  topic: 'it.license.v1',
  key: 'licenseId',
  description: 'A licence was renewed until a new date, with its seats and cost for the coming period.',
  data: z.strictObject({
    ...licenseShape,
    previousRenewalDate: isoDate,
    renewalDate: isoDate,
    seats: z.number().int().positive(),
    costPerPeriod: nonNegativeDecimalString,
    currency: currencyCode,
    billingPeriod: z.enum(['MONTHLY', 'YEARLY']),
  }),
  example: {
    licenseId: ex.ideLicense,
    product: 'IntelliJ IDEA Ultimate',
    vendor: 'JetBrains',
    previousRenewalDate: '2026-09-30',
    renewalDate: '2027-09-30',
    seats: 45,
    costPerPeriod: '13005.00',
    currency: 'EUR',
    billingPeriod: 'YEARLY',
  },
});

// Helpdesk tickets. Analysts read this topic: codes, ids, dates and business minutes only, never
// the subject, description, comments or notes people type.
export const ticketPriorities = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export const ticketCategories = ['HARDWARE', 'SOFTWARE', 'ACCESS', 'NETWORK', 'OFFICE_SUPPLIES', 'FACILITIES', 'OTHER'] as const;
// REQUEST: asked by someone; SUPPLY: something from the catalogue; EQUIPMENT: a joiner's kit
// (opened by a hire); RECOVERY: a leaver's equipment (opened by a termination); RESTOCK: a
// consumable ran low.
export const ticketKinds = ['REQUEST', 'SUPPLY', 'EQUIPMENT', 'RECOVERY', 'RESTOCK'] as const;
export const ticketResolutions = ['FIXED', 'ANSWERED', 'FULFILLED', 'WONT_FIX', 'DUPLICATE', 'CANCELLED'] as const;
export const slaTargets = ['FIRST_RESPONSE', 'RESOLUTION'] as const;

const ticketShape = {
  ticketId: uuid,
  // TCK-000042, what people quote on the phone.
  number: nonEmptyString,
  kind: z.enum(ticketKinds),
  // The employee the ticket is about: the requester, the joiner, the leaver; null for a restock.
  employeeId: uuid.nullable(),
};

export const ticketOpened = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'opened',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'A ticket was opened: by an employee, by IT for someone, or by another department\'s event (a hire, a termination). Its SLA targets are business-time instants.',
  data: z.strictObject({
    ...ticketShape,
    // Null when the system opened it (hire, termination, restock).
    requesterId: uuid.nullable(),
    category: z.enum(ticketCategories),
    priority: z.enum(ticketPriorities),
    assetId: uuid.nullable(),
    system: z.string().nullable(),
    // The date the work must be done by, for tickets another department's event opened.
    dueOn: isoDate.nullable(),
    firstResponseDue: isoDateTime,
    resolutionDue: isoDateTime,
  }),
  example: {
    ticketId: ex.maraKitTicket,
    number: 'TCK-000581',
    kind: 'EQUIPMENT',
    employeeId: ex.mara,
    requesterId: null,
    category: 'HARDWARE',
    priority: 'MEDIUM',
    assetId: null,
    system: null,
    dueOn: '2026-03-02',
    firstResponseDue: '2026-02-09T14:00:00.000Z',
    resolutionDue: '2026-02-13T16:00:00.000Z',
  },
});

export const ticketAssigned = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'assigned',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'A ticket was given to someone in IT to work on (or to another one).',
  data: z.strictObject({ ...ticketShape, assigneeId: uuid }),
  example: {
    ticketId: ex.maraKitTicket,
    number: 'TCK-000581',
    kind: 'EQUIPMENT',
    employeeId: ex.mara,
    assigneeId: ex.sam,
  },
});

export const ticketStarted = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'started',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'Work on a ticket started (OPEN to IN_PROGRESS).',
  data: z.strictObject({ ...ticketShape, assigneeId: uuid }),
  example: {
    ticketId: ex.maraKitTicket,
    number: 'TCK-000581',
    kind: 'EQUIPMENT',
    employeeId: ex.mara,
    assigneeId: ex.sam,
  },
});

export const ticketWaiting = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'waiting',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'A ticket waits on its requester: its resolution clock stands still until they answer.',
  data: z.strictObject(ticketShape),
  example: {
    ticketId: ex.jonasVpnTicket,
    number: 'TCK-000702',
    kind: 'REQUEST',
    employeeId: ex.jonas,
  },
});

export const ticketResumed = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'resumed',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'A waiting ticket is worked on again (the requester answered, or IT took it back); its resolution clock runs again from the new due time.',
  data: z.strictObject({ ...ticketShape, resolutionDue: isoDateTime }),
  example: {
    ticketId: ex.jonasVpnTicket,
    number: 'TCK-000702',
    kind: 'REQUEST',
    employeeId: ex.jonas,
    resolutionDue: '2026-04-08T15:00:00.000Z',
  },
});

export const ticketResolved = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'resolved',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'A ticket was resolved, with how (a code) and its times in business minutes; the requester may still reopen it for a while.',
  data: z.strictObject({
    ...ticketShape,
    resolvedBy: z.string(),
    resolution: z.enum(ticketResolutions),
    // Business minutes from opening to the first answer and to the resolution, without the time it waited on the requester.
    firstResponseMinutes: z.number().int().nonnegative(),
    resolutionMinutes: z.number().int().nonnegative(),
    breached: z.boolean(),
  }),
  example: {
    ticketId: ex.maraKitTicket,
    number: 'TCK-000581',
    kind: 'EQUIPMENT',
    employeeId: ex.mara,
    resolvedBy: ex.sam,
    resolution: 'FULFILLED',
    firstResponseMinutes: 42,
    resolutionMinutes: 1310,
    breached: false,
  },
});

export const ticketReopened = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'reopened',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'A resolved ticket was reopened; its resolution clock runs again.',
  data: z.strictObject({ ...ticketShape, resolutionDue: isoDateTime }),
  example: {
    ticketId: ex.jonasVpnTicket,
    number: 'TCK-000702',
    kind: 'REQUEST',
    employeeId: ex.jonas,
    resolutionDue: '2026-04-10T11:00:00.000Z',
  },
});

export const ticketClosed = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'closed',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'A ticket was closed for good: confirmed, closed automatically some days after its resolution, or cancelled (a recovery ticket whose termination was withdrawn).',
  data: z.strictObject({ ...ticketShape, resolution: z.enum(ticketResolutions), automatically: z.boolean() }),
  example: {
    ticketId: ex.maraKitTicket,
    number: 'TCK-000581',
    kind: 'EQUIPMENT',
    employeeId: ex.mara,
    resolution: 'FULFILLED',
    automatically: true,
  },
});

export const ticketSlaBreached = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'sla-breached',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'A ticket missed one of its SLA targets. Published once per ticket and target, whatever the replicas and restarts.',
  data: z.strictObject({ ...ticketShape, priority: z.enum(ticketPriorities), target: z.enum(slaTargets), dueAt: isoDateTime }),
  example: {
    ticketId: ex.jonasVpnTicket,
    number: 'TCK-000702',
    kind: 'REQUEST',
    employeeId: ex.jonas,
    priority: 'HIGH',
    target: 'FIRST_RESPONSE',
    dueAt: '2026-04-06T10:00:00.000Z',
  },
});

export const ticketSuppliesHandedOut = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'supplies-handed-out',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'Consumables were handed out from stock against a ticket; the stock left after it.',
  data: z.strictObject({ ...ticketShape, item: nonEmptyString, quantity: z.number().int().positive(), stockLeft: z.number().int().nonnegative() }),
  example: {
    ticketId: ex.maraChargerTicket,
    number: 'TCK-000713',
    kind: 'SUPPLY',
    employeeId: ex.mara,
    item: 'USB-C charger 65 W',
    quantity: 1,
    stockLeft: 6,
  },
});

export const itEventContracts = [
  accessScheduled,
  accessGranted,
  accessSuspended,
  accessRevoked,
  accessOnboarded,
  accessOffboarded,
  assetRegistered,
  assetAssigned,
  assetReturned,
  assetSentToRepair,
  assetLost,
  assetRetired,
  assetUnrecovered,
  equipmentNotNeeded,
  licenseRegistered,
  licenseSeatAssigned,
  licenseSeatReleased,
  licenseRenewed,
  ticketOpened,
  ticketAssigned,
  ticketStarted,
  ticketWaiting,
  ticketResumed,
  ticketResolved,
  ticketReopened,
  ticketClosed,
  ticketSlaBreached,
  ticketSuppliesHandedOut,
] as const;
