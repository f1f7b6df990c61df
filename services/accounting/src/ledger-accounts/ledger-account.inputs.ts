import { z } from 'zod';

export const createLedgerAccountInput = z.strictObject({
  code: z.string().regex(/^[0-9]{3,8}$/, 'must be 3 to 8 digits, e.g. 6450'),
  name: z.string().trim().min(2).max(120),
  type: z.enum(['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE']),
  parentId: z.uuid({ message: 'must be an id (a UUID)' }).nullish(),
});
