import { z } from 'zod';

export const restockSupplyInput = z.strictObject({
  item: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a code from the supply catalogue, e.g. "stapler"'),
  quantity: z.number().int().min(1, 'must be at least 1').max(100_000),
});
