import { z } from 'zod';

// The years the ledger numbers entries in, as the journal accepts them (its own input stays inside
// the journal module).
export const fiscalYearInput = z.number().int().min(2000).max(2100);
