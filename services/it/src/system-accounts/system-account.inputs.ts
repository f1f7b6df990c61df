import { z } from 'zod';
import { isoDateInput, systemCodeInput, text } from '../inputs';

const reason = text(500).min(3, 'say why');

export const grantAccessInput = z.strictObject({
  employeeId: z.uuid('must be an employee id'),
  system: systemCodeInput,
  // Today unless said; a later date schedules the account.
  from: isoDateInput.nullish(),
  reason,
});

export const accountChangeInput = z.strictObject({
  employeeId: z.uuid('must be an employee id'),
  system: systemCodeInput,
  reason,
});

export const reviewAccessInput = z.strictObject({
  accountId: z.uuid('must be an account id'),
  decision: z.enum(['CONFIRM', 'REVOKE']),
  reason: text(500).min(3, 'say why'),
});
