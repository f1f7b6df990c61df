import { z } from 'zod';
import { optionalText, systemCodeInput, text } from '../inputs';

export const addSystemInput = z.strictObject({
  code: systemCodeInput,
  name: text(100),
  description: optionalText(500),
  forEveryone: z.boolean().nullish(),
});
