import { z } from 'zod';
import { defineEvent } from './contract';
import { nonEmptyString, uuid } from './scalars';

// IT events: system access, hardware assets and support tickets. Analysts read these
// topics, so tickets carry codes and ids, not the free text people type into them.

export const accessGranted = defineEvent({
  service: 'it',
  aggregate: 'access',
  name: 'granted',
  version: 1,
  topic: 'it.access.v1',
  key: 'accountId',
  description: 'An employee was given an account on a system.',
  data: z.strictObject({
    accountId: uuid,
    employeeId: uuid,
    // System code, e.g. GITHUB or ERP.
    system: nonEmptyString,
    username: nonEmptyString,
  }),
});

export const accessRevoked = defineEvent({
  service: 'it',
  aggregate: 'access',
  name: 'revoked',
  version: 1,
  topic: 'it.access.v1',
  key: 'accountId',
  description: "An employee's account on a system was revoked (e.g. after hr.employee.terminated).",
  data: z.strictObject({
    accountId: uuid,
    employeeId: uuid,
    system: nonEmptyString,
    reason: nonEmptyString.nullable(),
  }),
});

const assetShape = {
  assetId: uuid,
  // The inventory tag printed on the device.
  tag: nonEmptyString,
  // Category code, e.g. LAPTOP or PHONE.
  category: nonEmptyString,
};

export const assetRegistered = defineEvent({
  service: 'it',
  aggregate: 'asset',
  name: 'registered',
  version: 1,
  topic: 'it.asset.v1',
  key: 'assetId',
  description: 'A hardware asset entered the inventory.',
  data: z.strictObject(assetShape),
});

export const assetAssigned = defineEvent({
  service: 'it',
  aggregate: 'asset',
  name: 'assigned',
  version: 1,
  topic: 'it.asset.v1',
  key: 'assetId',
  description: 'An asset was handed to an employee.',
  data: z.strictObject({ ...assetShape, employeeId: uuid }),
});

export const assetReturned = defineEvent({
  service: 'it',
  aggregate: 'asset',
  name: 'returned',
  version: 1,
  topic: 'it.asset.v1',
  key: 'assetId',
  description: 'An employee returned an asset to the inventory.',
  data: z.strictObject({ ...assetShape, employeeId: uuid }),
});

export const ticketPriorities = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;

export const ticketOpened = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'opened',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'An employee opened a support ticket.',
  data: z.strictObject({
    ticketId: uuid,
    requesterId: uuid,
    // Category code, e.g. HARDWARE or ACCESS.
    category: nonEmptyString,
    priority: z.enum(ticketPriorities),
  }),
});

export const ticketAssigned = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'assigned',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'A ticket was assigned to an IT employee.',
  data: z.strictObject({
    ticketId: uuid,
    assigneeId: uuid,
  }),
});

export const ticketResolved = defineEvent({
  service: 'it',
  aggregate: 'ticket',
  name: 'resolved',
  version: 1,
  topic: 'it.ticket.v1',
  key: 'ticketId',
  description: 'A ticket was resolved.',
  data: z.strictObject({
    ticketId: uuid,
    resolvedBy: uuid,
    // Resolution code, e.g. FIXED, WONT_FIX or DUPLICATE.
    resolution: nonEmptyString,
  }),
});

export const itEventContracts = [
  accessGranted,
  accessRevoked,
  assetRegistered,
  assetAssigned,
  assetReturned,
  ticketOpened,
  ticketAssigned,
  ticketResolved,
] as const;
