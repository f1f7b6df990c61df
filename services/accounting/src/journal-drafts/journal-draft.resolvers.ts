import type { JournalDraftLineResolvers, JournalEntryDraftResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { approveJournalEntry } from './journal-draft.commands/approve-journal-entry';
import { discardJournalEntryDraft } from './journal-draft.commands/discard-journal-entry-draft';
import { draftJournalEntry } from './journal-draft.commands/draft-journal-entry';
import { updateJournalEntryDraft } from './journal-draft.commands/update-journal-entry-draft';
import { journalEntryDraft, journalEntryDrafts } from './journal-draft.queries';

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
  total: (draft) => ({ amount: draft.total, currency: draft.currency }),
  entry: (draft, _args, { loaders }) => (draft.entryId ? loaders.journalEntry.load(draft.entryId) : null),
};

export const JournalDraftLine: Pick<JournalDraftLineResolvers, 'account'> = {
  account: async (line, _args, { loaders }) => {
    const account = await loaders.ledgerAccount.load(line.accountId);
    if (!account) throw new Error(`draft line points at missing account ${line.accountId}`);
    return account;
  },
};
