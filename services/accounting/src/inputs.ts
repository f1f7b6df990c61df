import { z } from 'zod';

// Arguments more than one module takes, checked the same way everywhere.

export const fiscalYearInput = z.number().int().min(2000).max(2100);
