import type { BudgetRecord } from '../budgets/budget.record';
import type { RefusedPostingRecord } from '../journal/journal.record';

export const AUDIT_FINDING_KINDS = [
  'MANUAL_ENTRY_WITHOUT_SOURCE_DOCUMENT',
  'POSTED_ON_NON_WORKING_DAY',
  'POSTING_INTO_CLOSED_PERIOD',
  'APPROVED_BY_MAKER',
  'ENTRY_NUMBER_GAP',
  'BROKEN_HASH_CHAIN',
  'BUDGET_EXCEEDED',
  'ROUND_AMOUNT_MANUAL_ENTRY',
] as const;
export type AuditFindingKind = (typeof AUDIT_FINDING_KINDS)[number];

// One thing an auditor would ask about; `entryIds` are resolved to entries by the loader.
export type AuditFindingRecord = {
  kind: AuditFindingKind;
  message: string;
  entryIds: string[];
  budget: BudgetRecord | null;
  refusedPosting: RefusedPostingRecord | null;
  missingNumbers: number[] | null;
};
