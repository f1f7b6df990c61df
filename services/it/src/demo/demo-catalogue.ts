import type { AssetCategoryCode } from '../assets/asset.record';
import type { BillingPeriod } from '../licenses/license.record';

// What the demo company buys: the models on IT's framework agreements with their list prices in
// EUR, suppliers and warranties, and the software it licenses. Data only; who gets what is
// plan-demo-inventory.ts.

export type DemoModel = {
  category: AssetCategoryCode;
  manufacturer: string;
  model: string;
  cost: string;
  supplier: string;
  warrantyMonths: number;
  // How the manufacturer's serial numbers look: a fixed start, then this many letters and digits.
  serialPrefix: string;
  serialLength: number;
};

const model = (category: AssetCategoryCode, manufacturer: string, name: string, cost: string, supplier: string, warrantyMonths: number, serialPrefix: string, serialLength: number): DemoModel => ({
  category,
  manufacturer,
  model: name,
  cost,
  supplier,
  warrantyMonths,
  serialPrefix,
  serialLength,
});

export const models = {
  macBookPro14: model('LAPTOP', 'Apple', 'MacBook Pro 14-inch (M3 Pro, 18 GB, 512 GB)', '2399.00', 'Apple Business', 36, 'FVF', 9),
  macBookPro16: model('LAPTOP', 'Apple', 'MacBook Pro 16-inch (M3 Pro, 18 GB, 512 GB)', '2999.00', 'Apple Business', 36, 'FVF', 9),
  macBookAir15: model('LAPTOP', 'Apple', 'MacBook Air 15-inch (M3, 16 GB, 512 GB)', '1849.00', 'Apple Business', 36, 'FVF', 9),
  thinkPadX1: model('LAPTOP', 'Lenovo', 'ThinkPad X1 Carbon Gen 11', '1899.00', 'Bechtle', 36, 'PF', 6),
  thinkPadT14s: model('LAPTOP', 'Lenovo', 'ThinkPad T14s Gen 4', '1549.00', 'Bechtle', 36, 'PF', 6),
  latitude7440: model('LAPTOP', 'Dell', 'Latitude 7440', '1389.00', 'Dell Technologies', 36, '', 7),
  latitude5440: model('LAPTOP', 'Dell', 'Latitude 5440', '1049.00', 'Dell Technologies', 36, '', 7),
  eliteBook840: model('LAPTOP', 'HP', 'EliteBook 840 G10', '1319.00', 'Computacenter', 36, '5CG', 7),
  // The generation before, still in use until the refresh retires it.
  macBookPro14M1: model('LAPTOP', 'Apple', 'MacBook Pro 14-inch (M1 Pro, 16 GB, 512 GB)', '2249.00', 'Apple Business', 36, 'FVF', 9),
  thinkPadT14sGen2: model('LAPTOP', 'Lenovo', 'ThinkPad T14s Gen 2', '1399.00', 'Bechtle', 36, 'PF', 6),
  latitude7420: model('LAPTOP', 'Dell', 'Latitude 7420', '1329.00', 'Dell Technologies', 36, '', 7),
  eliteBook840G8: model('LAPTOP', 'HP', 'EliteBook 840 G8', '1249.00', 'Computacenter', 36, '5CG', 7),
  optiPlex7010: model('DESKTOP', 'Dell', 'OptiPlex 7010 Micro', '849.00', 'Dell Technologies', 36, '', 7),
  iPhone15: model('PHONE', 'Apple', 'iPhone 15 (128 GB)', '849.00', 'Vodafone Business', 24, 'F4H', 9),
  galaxyA55: model('PHONE', 'Samsung', 'Galaxy A55 5G (128 GB)', '429.00', 'Vodafone Business', 24, 'R5CX', 7),
  galaxyXCover7: model('PHONE', 'Samsung', 'Galaxy XCover7 (rugged)', '299.00', 'Vodafone Business', 24, 'R5CY', 7),
  studioDisplay: model('MONITOR', 'Apple', 'Studio Display (27-inch 5K)', '1749.00', 'Apple Business', 36, 'H7W', 9),
  ultraSharp27: model('MONITOR', 'Dell', 'UltraSharp U2723QE (27-inch 4K)', '589.00', 'Dell Technologies', 36, 'CN0', 9),
  p2423d: model('MONITOR', 'Dell', 'P2423D (24-inch QHD)', '279.00', 'Dell Technologies', 36, 'CN1', 9),
  lg27up850: model('MONITOR', 'LG', '27UP850N-W (27-inch 4K)', '449.00', 'Bechtle', 24, '4', 11),
  evolve2: model('PERIPHERAL', 'Jabra', 'Evolve2 65 (USB-C, stereo)', '219.00', 'Bechtle', 24, 'JE', 10),
  wd19s: model('PERIPHERAL', 'Dell', 'WD19S docking station (130 W)', '229.00', 'Dell Technologies', 36, 'CN2', 9),
} satisfies Record<string, DemoModel>;

// The software it licenses (who gets a seat is plan-demo-inventory.ts's `seatsFor`). `unitCost`
// is per seat and month, in EUR; the licence's cost per period is for all its seats.
export type DemoLicense = {
  product: string;
  vendor: string;
  billingPeriod: BillingPeriod;
  unitCost: string;
  // Days from today to the contract's renewal.
  renewsInDays: number;
  notes: string | null;
};

export const licenses = {
  microsoft365: { product: 'Microsoft 365 Business Premium', vendor: 'Microsoft', billingPeriod: 'MONTHLY', unitCost: '20.60', renewsInDays: 137, notes: 'Annual commitment, billed monthly through the CSP partner' },
  slack: { product: 'Slack Business+', vendor: 'Slack Technologies', billingPeriod: 'YEARLY', unitCost: '12.50', renewsInDays: 212, notes: null },
  github: { product: 'GitHub Enterprise Cloud', vendor: 'GitHub', billingPeriod: 'YEARLY', unitCost: '19.25', renewsInDays: 74, notes: 'Includes Advanced Security for the product repositories' },
  jira: { product: 'Jira Software Cloud Standard', vendor: 'Atlassian', billingPeriod: 'MONTHLY', unitCost: '7.53', renewsInDays: 46, notes: null },
  figma: { product: 'Figma Organization', vendor: 'Figma', billingPeriod: 'YEARLY', unitCost: '45.00', renewsInDays: 301, notes: 'Editor seats; viewers are free' },
  adobe: { product: 'Creative Cloud All Apps', vendor: 'Adobe', billingPeriod: 'YEARLY', unitCost: '89.99', renewsInDays: 167, notes: null },
  zoom: { product: 'Zoom Workplace Business', vendor: 'Zoom', billingPeriod: 'YEARLY', unitCost: '18.33', renewsInDays: 18, notes: 'Renewal quote requested; check the seat count with Sales first' },
  onePassword: { product: '1Password Business', vendor: '1Password', billingPeriod: 'MONTHLY', unitCost: '7.99', renewsInDays: 259, notes: null },
  salesforce: { product: 'Sales Cloud Enterprise', vendor: 'Salesforce', billingPeriod: 'YEARLY', unitCost: '165.00', renewsInDays: 228, notes: null },
} satisfies Record<string, DemoLicense>;

export type DemoLicenseKey = keyof typeof licenses;
