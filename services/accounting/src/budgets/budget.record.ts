// A department's spending limit for one fiscal year. `departmentId` is HR's id, by reference.
export type BudgetRecord = { id: string; departmentId: string; fiscalYear: number; amount: string; currency: string };
