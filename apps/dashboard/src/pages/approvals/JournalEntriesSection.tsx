import { useMutation, useQuery } from '@apollo/client';
import { useViewer } from '../../auth/session';
import { graphql } from '../../graphql';
import type { ApprovalsJournalDraftsQuery } from '../../graphql/graphql';
import { formatDate, formatDateTime, formatMoney } from '../../ui/format';
import { DecisionRow } from './DecisionRow';
import { ApprovalSection, QueueBody, SectionProblem, useDecisions, withDecided } from './decisions';
import { distinctNames } from './distinct-names';
import { ListPager, usePageOf } from './ListPager';
import { PersonName } from './PersonName';

const ApprovalsJournalDraftsQuery = graphql(`
  query ApprovalsJournalDrafts {
    journalEntryDrafts {
      id
      status
      date
      memo
      sourceId
      preparedBy
      preparedAt
      editors
      version
      total {
        amount
        currency
      }
      lines {
        lineNo
        debit
        credit
        currency
        memo
        account {
          id
          code
          name
        }
      }
    }
  }
`);

const ApprovalsApproveJournalEntryMutation = graphql(`
  mutation ApprovalsApproveJournalEntry($id: ID!, $expectedVersion: Int!) {
    approveJournalEntry(id: $id, expectedVersion: $expectedVersion) {
      __typename
      id
      fiscalYear
      number
    }
  }
`);

const ApprovalsDiscardJournalEntryMutation = graphql(`
  mutation ApprovalsDiscardJournalEntry($id: ID!, $input: DiscardJournalEntryDraftInput!) {
    discardJournalEntryDraft(id: $id, input: $input) {
      __typename
      id
      status
      version
      decidedBy
      decidedAt
      discardReason
    }
  }
`);

type DraftItem = ApprovalsJournalDraftsQuery['journalEntryDrafts'][number];

// Manual entries above the threshold wait for a second person (ACCOUNTING or the manager) to
// approve them, which posts them; nobody who prepared or edited one may approve it.
export function JournalEntriesSection() {
  const viewer = useViewer();
  const drafts = useQuery(ApprovalsJournalDraftsQuery);
  const decisions = useDecisions<DraftItem>({ noun: 'entry', refetchQueue: drafts.refetch });
  const [approve] = useMutation(ApprovalsApproveJournalEntryMutation);
  const [discard] = useMutation(ApprovalsDiscardJournalEntryMutation);

  const items = drafts.data?.journalEntryDrafts;
  const rows = withDecided(items ?? [], decisions.decided);
  const page = usePageOf(rows);
  const pending = (items ?? []).filter((item) => !decisions.decisionOf(item.id)).length;
  const names = distinctNames(rows, (item) => item.memo, (item) => formatDate(item.date));

  function approveItem(item: DraftItem) {
    const name = names.get(item.id)!;
    void decisions.decide(item, {
      optimisticOutcome: 'Approved',
      send: () =>
        approve({
          variables: { id: item.id, expectedVersion: item.version },
          optimisticResponse: { approveJournalEntry: { __typename: 'JournalEntry', id: `posting-${item.id}`, fiscalYear: Number(item.date.slice(0, 4)), number: 0 } },
          // The draft is posted: said in the cache too (optimistically first, undone on refusal).
          update: (cache) => {
            cache.modify({ id: cache.identify({ __typename: 'JournalEntryDraft', id: item.id }), fields: { status: () => 'POSTED' } });
          },
        }),
      settled: (result) => {
        const entry = result.data?.approveJournalEntry;
        return { outcome: 'Approved and posted', message: `Entry ${name} approved${entry ? ` and posted as entry ${entry.number} of ${entry.fiscalYear}` : ''}.` };
      },
    });
  }

  function discardItem(item: DraftItem, reason: string) {
    const name = names.get(item.id)!;
    return decisions.decide(item, {
      optimisticOutcome: 'Discarded',
      inputField: 'reason',
      send: () =>
        discard({
          variables: { id: item.id, input: { expectedVersion: item.version, reason } },
          optimisticResponse: {
            discardJournalEntryDraft: { __typename: 'JournalEntryDraft', id: item.id, status: 'DISCARDED', version: item.version + 1, decidedBy: viewer.employeeId, decidedAt: new Date().toISOString(), discardReason: reason },
          },
        }),
      settled: () => ({ outcome: 'Discarded', message: `Entry ${name} discarded.` }),
    });
  }

  return (
    <ApprovalSection id="journal-entries" title="Manual journal entries" count={items ? pending : null}>
      <SectionProblem problem={decisions.problem} onDismiss={decisions.dismissProblem} />
      <QueueBody
        queue={drafts}
        items={items}
        what="journal entry drafts"
        empty={rows.length ? null : 'No manual journal entries are waiting for approval.'}
        caption="Manual journal entries waiting for a second person's approval, oldest first"
        columns={['Entry', 'Date', 'Prepared by', { label: 'Total', number: true }]}
        pager={<ListPager page={page} label="Manual journal entries" />}
      >
        {page.items.map((item) => (
          <DecisionRow
            key={item.id}
            itemName={`entry ${names.get(item.id)}`}
            columns={5}
            decision={decisions.decisionOf(item.id)}
            actions={[{ verb: 'Approve', onClick: () => approveItem(item) }]}
            refusal={{ verb: 'Discard', gerund: 'discarding', field: 'reason', onSubmit: (reason) => discardItem(item, reason) }}
            hint={viewer.employeeId && item.editors.includes(viewer.employeeId) ? 'You prepared or edited this entry: a second person must approve it.' : undefined}
            cells={<DraftCells item={item} />}
          />
        ))}
      </QueueBody>
    </ApprovalSection>
  );
}

function DraftCells({ item }: { item: DraftItem }) {
  return (
    <>
      <th scope="row">
        {item.memo}
        {item.sourceId && (
          <>
            <br />
            <small>Document {item.sourceId}</small>
          </>
        )}
        <details className="approvals-lines">
          <summary>
            {item.lines.length} {item.lines.length === 1 ? 'line' : 'lines'}
          </summary>
          <ul>
            {item.lines.map((line) => (
              <li key={line.lineNo}>
                {line.account.code} {line.account.name}: {line.debit ? `debit ${formatMoney({ amount: line.debit, currency: line.currency })}` : `credit ${formatMoney({ amount: line.credit ?? '0', currency: line.currency })}`}
                {line.memo ? ` (${line.memo})` : ''}
              </li>
            ))}
          </ul>
        </details>
      </th>
      <td>{formatDate(item.date)}</td>
      <td>
        <PersonName id={item.preparedBy} />
        <br />
        <small>{formatDateTime(item.preparedAt)}</small>
      </td>
      <td className="number">{formatMoney(item.total)}</td>
    </>
  );
}
