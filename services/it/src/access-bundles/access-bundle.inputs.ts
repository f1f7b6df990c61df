import { z } from 'zod';
import { assetCategories } from '@backoffice/events/it-events';
import { systemCodeInput } from '../inputs';

export const setAccessBundleInput = z.strictObject({
  departmentId: z.uuid('must be a department id'),
  // The version read: 0 for a department without a bundle of its own yet.
  expectedVersion: z.number().int().min(0),
  systems: z
    .array(systemCodeInput)
    .max(50)
    .refine((codes) => new Set(codes).size === codes.length, 'name each system once'),
  equipment: z
    .array(z.strictObject({ category: z.enum(assetCategories), quantity: z.number().int().min(1).max(20) }))
    .max(20)
    .refine((items) => new Set(items.map((item) => item.category)).size === items.length, 'name each category once'),
});
