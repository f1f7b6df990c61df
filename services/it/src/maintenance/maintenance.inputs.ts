import { z } from 'zod';
import { expectedVersionInput, systemCodeInput, text } from '../inputs';

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO-8601 instant with its offset, e.g. 2026-12-05T22:00:00Z' });
const impact = z.enum(['NONE', 'DEGRADED', 'OUTAGE']);

export const scheduleMaintenanceInput = z
  .strictObject({ system: systemCodeInput, title: text(200), startsAt: instant, endsAt: instant, impact })
  .refine((input) => Date.parse(input.endsAt) > Date.parse(input.startsAt), { path: ['endsAt'], message: 'must be after startsAt' });

export const updateMaintenanceWindowInput = z
  .strictObject({
    windowId: z.uuid('must be a maintenance window id'),
    expectedVersion: expectedVersionInput,
    startsAt: instant.nullish(),
    endsAt: instant.nullish(),
    impact: impact.nullish(),
    status: z.enum(['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED']).nullish(),
  })
  .refine((input) => !input.startsAt || !input.endsAt || Date.parse(input.endsAt) > Date.parse(input.startsAt), { path: ['endsAt'], message: 'must be after startsAt' });

export const maintenanceRangeInput = z
  .strictObject({ from: instant.nullish(), to: instant.nullish(), system: systemCodeInput.nullish() })
  .refine((range) => !range.from || !range.to || Date.parse(range.to) > Date.parse(range.from), { path: ['to'], message: 'must be after from' });
