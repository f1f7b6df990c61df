// Software licences and the seats people hold. Dates are YYYY-MM-DD, money decimal strings.

export type BillingPeriod = 'MONTHLY' | 'YEARLY';

export type LicenseRecord = {
  id: string;
  product: string;
  vendor: string;
  seats: number;
  seatsUsed: number;
  costPerPeriod: string;
  currency: string;
  billingPeriod: BillingPeriod;
  renewalDate: string;
  notes: string | null;
  version: number;
  createdAt: Date;
};

// A seat one employee holds (releasedOn null) or held; with its licence, read in the same statement.
export type LicenseSeatRecord = {
  id: string;
  license: LicenseRecord;
  employeeId: string;
  assignedOn: string;
  assignedBy: string;
  releasedOn: string | null;
};
