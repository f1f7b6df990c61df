import type { JournalDraftLineResolvers, JournalEntryDraftResolvers, JournalEntryResolvers, JournalLineResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { asMoney, rateForClients } from '../money';
import { postJournalEntry } from './journal.commands/post-journal-entry';
import { reverseJournalEntry } from './journal.commands/reverse-journal-entry';
import { closeFiscalYear } from './journal.commands/close-fiscal-year';
import { closePeriod } from './journal.commands/close-period';
import { reopenPeriod } from './journal.commands/reopen-period';
import { approveJournalEntry } from './journal.commands/approve-journal-entry';
import { discardJournalEntryDraft } from './journal.commands/discard-journal-entry-draft';
import { draftJournalEntry } from './journal.commands/draft-journal-entry';
import { updateJournalEntryDraft } from './journal.commands/update-journal-entry-draft';
import { fiscalPeriods, journalEntries, journalEntryDraft, journalEntryDrafts, refusedPostings, verifyLedger } from './journal.queries';

export const journalQueries: Pick<QueryResolvers, 'journalEntry' | 'journalEntries' | 'verifyLedger' | 'fiscalPeriods' | 'refusedPostings'> = {
  journalEntries: (_parent, args, { principal, dataSource }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return journalEntries(dataSource, args);
  },
  fiscalPeriods: (_parent, { fiscalYear }, { principal, dataSource }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return fiscalPeriods(dataSource, fiscalYear);
  },
  refusedPostings: (_parent, { fiscalYear }, { principal, dataSource }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return refusedPostings(dataSource, fiscalYear);
  },
  journalEntry: (_parent, { id }, { principal, loaders }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return loaders.journalEntry.load(id);
  },
  verifyLedger: (_parent, _args, { principal, dataSource }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return verifyLedger(dataSource);
  },
};

export const journalMutations: Pick<MutationResolvers, 'postJournalEntry' | 'reverseJournalEntry' | 'closePeriod' | 'reopenPeriod' | 'closeFiscalYear'> = {
  closePeriod: (_parent, { period }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'ledger.close');
    return closePeriod(ledger, period, eventMetadata());
  },
  reopenPeriod: (_parent, { input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'period.reopen');
    return reopenPeriod(ledger, input, eventMetadata());
  },
  closeFiscalYear: (_parent, { fiscalYear }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'ledger.close');
    return closeFiscalYear(ledger, fiscalYear, eventMetadata());
  },
  postJournalEntry: (_parent, { input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'ledger.post');
    return postJournalEntry(ledger, input, eventMetadata());
  },
  reverseJournalEntry: (_parent, { id, input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'ledger.post');
    return reverseJournalEntry(ledger, id, input, eventMetadata());
  },
};

export const JournalEntry: JournalEntryResolvers = {
  // Only those who read the ledger learn an entry exists: anyone else gets FORBIDDEN at the path.
  // Async, so a refusal is this representation's alone (a synchronous throw would fail them all).
  __resolveReference: async (reference, { principal, loaders }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return loaders.journalEntry.load(reference.id);
  },
  reverses: (entry, _args, { loaders }) => (entry.reversesId ? loaders.journalEntry.load(entry.reversesId) : null),
  reversedBy: (entry, _args, { loaders }) => loaders.journalReversal.load(entry.id),
};

export const JournalLine: JournalLineResolvers = {
  account: async (line, _args, { loaders }) => {
    const account = await loaders.ledgerAccount.load(line.accountId);
    if (!account) throw new Error(`journal line points at missing account ${line.accountId}`);
    return account;
  },
  original: (line) => ({ amount: line.originalAmount, currency: line.currency }),
  rate: (line) => (line.rate === null ? null : rateForClients(line.rate)),
  departmentId: (line) => line.costCentre,
};

// Manual entries waiting for a second person (four eyes).
export const journalDraftQueries: Pick<QueryResolvers, 'journalEntryDraft' | 'journalEntryDrafts'> = {
  journalEntryDraft: (_parent, { id }, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return journalEntryDraft(dataSource, id, ledger.settings.functionalCurrency);
  },
  journalEntryDrafts: (_parent, { status }, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return journalEntryDrafts(dataSource, status ?? 'DRAFT', ledger.settings.functionalCurrency);
  },
};

export const journalDraftMutations: Pick<MutationResolvers, 'draftJournalEntry' | 'updateJournalEntryDraft' | 'discardJournalEntryDraft' | 'approveJournalEntry'> = {
  draftJournalEntry: (_parent, { input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'ledger.post');
    return draftJournalEntry(ledger, input, eventMetadata());
  },
  updateJournalEntryDraft: (_parent, { id, expectedVersion, input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'ledger.post');
    return updateJournalEntryDraft(ledger, id, expectedVersion, input, eventMetadata());
  },
  discardJournalEntryDraft: (_parent, { id, input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'ledger.post');
    return discardJournalEntryDraft(ledger, id, input, eventMetadata());
  },
  approveJournalEntry: (_parent, { id, expectedVersion }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'ledger.approve');
    return approveJournalEntry(ledger, id, expectedVersion, eventMetadata());
  },
};

export const JournalEntryDraft: Pick<JournalEntryDraftResolvers, 'total' | 'entry'> = {
  total: (draft) => asMoney(draft.total, draft.currency),
  entry: (draft, _args, { loaders }) => (draft.entryId ? loaders.journalEntry.load(draft.entryId) : null),
};

export const JournalDraftLine: Pick<JournalDraftLineResolvers, 'account'> = {
  account: async (line, _args, { loaders }) => {
    const account = await loaders.ledgerAccount.load(line.accountId);
    if (!account) throw new Error(`draft line points at missing account ${line.accountId}`);
    return account;
  },
};
