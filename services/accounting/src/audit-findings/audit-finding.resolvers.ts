import type { AuditFindingResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { parseInput } from '@backoffice/platform/validation';
import { fiscalYearInput } from '../inputs';
import { auditFindings } from './audit-finding.queries';

export const auditFindingQueries: Pick<QueryResolvers, 'auditFindings'> = {
  auditFindings: (_parent, { fiscalYear }, { principal, ledger }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return auditFindings(ledger, parseInput(fiscalYearInput, fiscalYear, 'fiscalYear'));
  },
};

export const AuditFinding: Pick<AuditFindingResolvers, 'entries'> = {
  entries: async (finding, _args, { loaders }) =>
    (await loaders.journalEntry.loadMany(finding.entryIds)).map((entry, index) => {
      if (!entry || entry instanceof Error) throw new Error(`audit finding points at missing entry ${finding.entryIds[index]}`);
      return entry;
    }),
};
