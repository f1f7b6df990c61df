import { z } from 'zod';
import { ticketCategories, ticketKinds, ticketPriorities, ticketResolutions } from '@backoffice/events/it-events';
import { expectedVersionInput, optionalText, systemCodeInput, text } from '../inputs';

const ticketId = z.uuid('must be a ticket id');
const statuses = z.enum(['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED']);
const supplyCode = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a code from the supply catalogue, e.g. "stapler"');

export const openTicketInput = z.strictObject({
  category: z.enum(ticketCategories),
  priority: z.enum(ticketPriorities).nullish(),
  subject: text(200),
  description: text(10_000),
  assetId: z.uuid('must be an asset id').nullish(),
  system: systemCodeInput.nullish(),
  requesterId: z.uuid('must be an employee id').nullish(),
});
export type OpenTicketInput = z.infer<typeof openTicketInput>;

export const requestSuppliesInput = z.strictObject({
  items: z
    .array(z.strictObject({ item: supplyCode, quantity: z.number().int().min(1, 'must be at least 1').max(20, 'must be at most 20: for more, open a ticket and say why').nullish() }))
    .min(1, 'must ask for at least one thing')
    .max(10, 'must be at most 10 lines')
    .refine((lines) => new Set(lines.map((line) => line.item)).size === lines.length, 'must name each item once (with its quantity)'),
  note: optionalText(2000),
  requesterId: z.uuid('must be an employee id').nullish(),
});
export type RequestSuppliesInput = z.infer<typeof requestSuppliesInput>;

export const ticketChangeInput = z.strictObject({ ticketId, expectedVersion: expectedVersionInput });

export const assignTicketInput = z.strictObject({ ticketId, expectedVersion: expectedVersionInput, assigneeId: z.uuid('must be an employee id') });

export const waitOnRequesterInput = z.strictObject({ ticketId, expectedVersion: expectedVersionInput, message: text(10_000) });

export const commentOnTicketInput = z.strictObject({ ticketId, body: text(10_000), internal: z.boolean().nullish() });

export const resolveTicketInput = z.strictObject({ ticketId, expectedVersion: expectedVersionInput, resolution: z.enum(ticketResolutions), note: text(10_000) });

export const reopenTicketInput = z.strictObject({ ticketId, expectedVersion: expectedVersionInput, reason: text(10_000) });

export const handOutSuppliesInput = z.strictObject({
  ticketId,
  expectedVersion: expectedVersionInput,
  item: supplyCode,
  quantity: z.number().int().min(1, 'must be at least 1').max(1000).nullish(),
});

export const fulfilWithAssetInput = z.strictObject({
  ticketId,
  expectedVersion: expectedVersionInput,
  itemId: z.uuid('must be a line of the ticket'),
  assetId: z.uuid('must be an asset id'),
  assetVersion: expectedVersionInput,
});

export const ticketFilterInput = z
  .strictObject({
    status: z.array(statuses).nullish(),
    priority: z.array(z.enum(ticketPriorities)).nullish(),
    category: z.enum(ticketCategories).nullish(),
    kind: z.enum(ticketKinds).nullish(),
    assigneeId: z.uuid('must be an employee id').nullish(),
    requesterId: z.uuid('must be an employee id').nullish(),
    breached: z.boolean().nullish(),
    search: optionalText(100),
  })
  .nullish();

export const statsPeriodInput = z
  .strictObject({ from: z.iso.date('must be a date, YYYY-MM-DD').nullish(), to: z.iso.date('must be a date, YYYY-MM-DD').nullish() })
  .refine((period) => !period.from || !period.to || period.from <= period.to, { path: ['to'], message: 'must be on or after from' });
