import { z } from 'zod';
import { defineEvent } from './contract';
import { currencyCode, isoDate, isoDateTime, nonEmptyString, nonNegativeDecimalString, uuid } from './scalars';

// IT events: system access, equipment, licences and support tickets. Analysts read these
// topics, so tickets carry codes and ids, not the free text people type into them.

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
