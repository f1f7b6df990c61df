import { useMutation, useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { hasRole } from '../../auth/access';
import { useViewer } from '../../auth/session';
import { graphql } from '../../graphql';
import type { ApprovalsExpenseQueueQuery } from '../../graphql/graphql';
import { formatDate, formatDateTime, formatMoney, humanize } from '../../ui/format';
import { DecisionRow } from './DecisionRow';
import { ApprovalSection, QueueBody, SectionProblem, useDecisions, withDecided } from './decisions';
import { distinctNames } from './distinct-names';
import { ListPager, usePageOf } from './ListPager';
import { PersonName } from './PersonName';

const ApprovalsExpenseQueueQuery = graphql(`
  query ApprovalsExpenseQueue {
    expenseApprovalQueue {
      id
      title
      status
      awaiting
      version
      submittedAt
      claimant {
        id
      }
      department {
        id
        name
      }
      total {
        amount
        currency
      }
      lines {
        lineNo
        date
        category
        merchant
        description
        amount {
          amount
          currency
        }
      }
      flags {
        kind
        lineNo
        message
      }
    }
    expensePolicy {
      accountingApprovalAbove {
        amount
        currency
      }
    }
  }
`);

const ApprovalsApproveExpenseClaimMutation = graphql(`
  mutation ApprovalsApproveExpenseClaim($id: ID!, $expectedVersion: Int!) {
    approveExpenseClaim(id: $id, expectedVersion: $expectedVersion) {
      __typename
      id
      status
      awaiting
      budgetWarning
      version
    }
  }
`);

const ApprovalsRejectExpenseClaimMutation = graphql(`
  mutation ApprovalsRejectExpenseClaim($id: ID!, $expectedVersion: Int!, $reason: String!) {
    rejectExpenseClaim(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      __typename
      id
      status
      awaiting
      rejectionReason
      version
    }
  }
`);

type ClaimItem = ApprovalsExpenseQueueQuery['expenseApprovalQueue'][number];


// Claims waiting for the viewer: as someone's line manager, and for ACCOUNTING those at its step.
// The queue asks accounting alone (the claimant by id); each name is HR's, read beside it, so
// with HR down the claims can still be decided, named by id.
// Accounting and the manager always see the section; others when they have claims to decide.
export function ExpenseClaimsSection() {
  const viewer = useViewer();
  const alwaysShown = hasRole(viewer.roles, 'MANAGER', 'ACCOUNTING');
  const queue = useQuery(ApprovalsExpenseQueueQuery);
  const decisions = useDecisions<ClaimItem>({ noun: 'claim', refetchQueue: queue.refetch });
  const [approve] = useMutation(ApprovalsApproveExpenseClaimMutation);
  const [reject] = useMutation(ApprovalsRejectExpenseClaimMutation);

  const items = queue.data?.expenseApprovalQueue;
  const rows = withDecided(items ?? [], decisions.decided);
  const page = usePageOf(rows);
  if (!alwaysShown && !rows.length) return null;

  const pending = (items ?? []).filter((item) => !decisions.decisionOf(item.id)).length;
  const names = distinctNames(rows, (item) => item.title, (item) => `submitted ${formatDateTime(item.submittedAt)}`);
  const accountingAbove = queue.data?.expensePolicy?.accountingApprovalAbove;

  function approveItem(item: ClaimItem) {
    const name = names.get(item.id)!;
    // Above the policy's amount, the line manager's approval passes the claim on to accounting.
    const passesOn = item.awaiting === 'LINE_MANAGER' && accountingAbove != null && Number(item.total.amount) > Number(accountingAbove.amount);
    void decisions.decide(item, {
      optimisticOutcome: 'Approved',
      send: () =>
        approve({
          variables: { id: item.id, expectedVersion: item.version },
          optimisticResponse: {
            approveExpenseClaim: {
              __typename: 'ExpenseClaim',
              id: item.id,
              status: passesOn ? 'SUBMITTED' : 'APPROVED',
              awaiting: passesOn ? 'ACCOUNTING' : null,
              budgetWarning: null,
              version: item.version + 1,
            },
          },
        }),
      settled: (result) => {
        const claim = result.data?.approveExpenseClaim;
        if (claim?.status === 'SUBMITTED') return { outcome: 'Approved, now with accounting', message: `Claim ${name} approved; it now waits for accounting.` };
        return { outcome: 'Approved', message: `Claim ${name} approved.${claim?.budgetWarning ? ` ${claim.budgetWarning}` : ''}` };
      },
    });
  }

  function rejectItem(item: ClaimItem, reason: string) {
    const name = names.get(item.id)!;
    return decisions.decide(item, {
      optimisticOutcome: 'Rejected',
      inputField: 'reason',
      send: () =>
        reject({
          variables: { id: item.id, expectedVersion: item.version, reason },
          optimisticResponse: {
            rejectExpenseClaim: { __typename: 'ExpenseClaim', id: item.id, status: 'REJECTED', awaiting: null, rejectionReason: reason, version: item.version + 1 },
          },
        }),
      settled: () => ({ outcome: 'Rejected', message: `Claim ${name} rejected.` }),
    });
  }

  return (
    <ApprovalSection id="expense-claims" title="Expense claims" count={items ? pending : null}>
      <SectionProblem problem={decisions.problem} onDismiss={decisions.dismissProblem} />
      <QueueBody
        queue={queue}
        items={items}
        what="expense claims"
        empty={rows.length ? null : 'No expense claims are waiting for your decision.'}
        caption="Expense claims waiting for your decision, oldest first"
        columns={['Who', 'Claim', 'Submitted', 'Step', { label: 'Total', number: true }]}
        pager={<ListPager page={page} label="Expense claims" />}
      >
        {page.items.map((item) => (
          <DecisionRow
            key={item.id}
            itemName={`claim ${names.get(item.id)}`}
            columns={6}
            decision={decisions.decisionOf(item.id)}
            actions={[{ verb: 'Approve', onClick: () => approveItem(item) }]}
            refusal={{ verb: 'Reject', gerund: 'rejecting', field: 'reason', onSubmit: (reason) => rejectItem(item, reason) }}
            hint={item.claimant.id === viewer.employeeId ? 'Your own claim: a second person must decide it.' : undefined}
            cells={<ClaimCells item={item} />}
          />
        ))}
      </QueueBody>
    </ApprovalSection>
  );
}

function ClaimCells({ item }: { item: ClaimItem }) {
  return (
    <>
      <th scope="row">
        <Link to={`/people/${item.claimant.id}`}>
          <PersonName id={item.claimant.id} />
        </Link>
        {item.department && (
          <>
            <br />
            <small>{item.department.name}</small>
          </>
        )}
      </th>
      <td>
        {item.title}
        {item.flags.map((flag) => (
          <div key={`${flag.kind}-${flag.lineNo}`}>
            <span className="badge danger">{humanize(flag.kind)}</span> <small>{flag.message}</small>
          </div>
        ))}
        <details className="approvals-lines">
          <summary>
            {item.lines.length} {item.lines.length === 1 ? 'line' : 'lines'}
          </summary>
          <ul>
            {item.lines.map((line) => (
              <li key={line.lineNo}>
                {formatDate(line.date)} · {humanize(line.category)} · {line.merchant}
                {line.description ? ` (${line.description})` : ''}: {formatMoney(line.amount)}
              </li>
            ))}
          </ul>
        </details>
      </td>
      <td>{formatDateTime(item.submittedAt)}</td>
      <td>{item.awaiting === 'ACCOUNTING' ? 'Accounting' : item.awaiting === 'LINE_MANAGER' ? 'Line manager' : humanize(item.status)}</td>
      <td className="number">{formatMoney(item.total)}</td>
    </>
  );
}
