import { z } from 'zod';
import { workEmail } from '@backoffice/events/scalars';

// What IT needs to open a work email account: the hire as HR announced it.
export const emailAccountRequest = z.object({
  employeeId: z.uuid('must be an employee id'),
  email: workEmail,
});
