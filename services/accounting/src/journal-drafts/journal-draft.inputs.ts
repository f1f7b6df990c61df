import { z } from 'zod';
import { journalLineInput } from '../journal/journal.inputs';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD');

// A manual entry as its maker writes it; the same rules as postJournalEntry's lines.
export const journalEntryDraftInput = z.strictObject({
  date: isoDate,
  memo: z.string().trim().min(1, 'say what the entry is for').max(500),
  sourceId: z.string().trim().min(1).max(200).nullish(),
  lines: z.array(journalLineInput).min(2, 'an entry has two lines at least').max(500),
});
export type JournalEntryDraftInput = z.infer<typeof journalEntryDraftInput>;

export const expectedVersionInput = z.number().int().positive();

export const discardJournalEntryDraftInput = z.strictObject({
  expectedVersion: expectedVersionInput,
  reason: z.string().trim().min(3, 'say why the draft is discarded').max(500),
});
