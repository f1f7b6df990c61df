import { z } from 'zod';
import { assetCategories, assetConditions } from '@backoffice/events/it-events';
import { amountInput, currencyInput, expectedVersionInput, isoDateInput, optionalText, text } from '../inputs';

const condition = z.enum(assetConditions);

export const registerAssetInput = z
  .strictObject({
    category: z.enum(assetCategories),
    manufacturer: text(100),
    model: text(200),
    serialNumber: text(100).regex(/^[A-Za-z0-9][A-Za-z0-9._\-/ ]*$/, 'must be letters, digits and . _ - / only'),
    purchaseDate: isoDateInput,
    purchaseCost: amountInput,
    currency: currencyInput,
    supplier: optionalText(200),
    warrantyEndsOn: isoDateInput.nullish(),
    location: optionalText(200),
    condition: condition.nullish(),
    notes: optionalText(2000),
  })
  .refine((input) => !input.warrantyEndsOn || input.warrantyEndsOn >= input.purchaseDate, { path: ['warrantyEndsOn'], message: 'must be on or after purchaseDate' });
export type RegisterAssetInput = z.infer<typeof registerAssetInput>;

export const assignAssetInput = z
  .strictObject({
    assetId: z.uuid('must be an asset id'),
    expectedVersion: expectedVersionInput,
    employeeId: z.uuid('must be an employee id'),
    assignedOn: isoDateInput.nullish(),
    condition: condition.nullish(),
    expectedReturnOn: isoDateInput.nullish(),
    notes: optionalText(2000),
  })
  .refine((input) => !input.expectedReturnOn || !input.assignedOn || input.expectedReturnOn >= input.assignedOn, { path: ['expectedReturnOn'], message: 'must be on or after assignedOn' });
export type AssignAssetInput = z.infer<typeof assignAssetInput>;

export const returnAssetInput = z.strictObject({
  assetId: z.uuid('must be an asset id'),
  expectedVersion: expectedVersionInput,
  condition,
  returnedOn: isoDateInput.nullish(),
  notes: optionalText(2000),
  location: optionalText(200),
});
export type ReturnAssetInput = z.infer<typeof returnAssetInput>;

export const assetChangeInput = z.strictObject({
  assetId: z.uuid('must be an asset id'),
  expectedVersion: expectedVersionInput,
  occurredOn: isoDateInput.nullish(),
  notes: optionalText(2000),
});
export type AssetChangeInput = z.infer<typeof assetChangeInput>;

export const assetFilterInput = z
  .strictObject({
    status: z.enum(['IN_STOCK', 'ASSIGNED', 'IN_REPAIR', 'RETIRED', 'LOST']).nullish(),
    category: z.enum(assetCategories).nullish(),
    holderId: z.uuid('must be an employee id').nullish(),
    warrantyEndsBefore: isoDateInput.nullish(),
    search: optionalText(100),
  })
  .nullish();
