import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { hasRole } from '../../auth/access';
import { useViewer } from '../../auth/session';
import { graphql } from '../../graphql';
import type { ApprovalsLeaveQueueQuery } from '../../graphql/graphql';
import { formatDate } from '../../ui/format';
import { DecisionRow } from './DecisionRow';
import { ApprovalSection, QueueBody, SectionProblem, useDecisions, withDecided } from './decisions';
import { distinctNames } from './distinct-names';
import { ListPager, usePageOf } from './ListPager';

const ApprovalsLeaveQueueQuery = graphql(`
  query ApprovalsLeaveQueue {
    leaveApprovalQueue {
      id
      employee {
        id
        firstName
        lastName
      }
      leaveType {
        code
        name
      }
      startDate
      endDate
      startHalfDay
      endHalfDay
      days
      status
      needsHrApproval
      managerApproved
      createdAt
      version
    }
  }
`);

// The same selection as the person page's balance, so both read one cache entry.
const ApprovalsLeaveBalanceQuery = graphql(`
  query ApprovalsLeaveBalance($employeeId: ID!, $year: Int!) {
    leaveBalance(employeeId: $employeeId, year: $year) {
      year
      leaveType {
        code
        name
        unpaid
      }
      allocated
      adjusted
      taken
      pending
      available
    }
  }
`);

const ApprovalsApproveLeaveMutation = graphql(`
  mutation ApprovalsApproveLeave($id: ID!, $version: Int) {
    approveLeave(id: $id, version: $version) {
      __typename
      id
      status
      managerApproved
      decidedBy
      decidedAt
      version
    }
  }
`);

const ApprovalsRejectLeaveMutation = graphql(`
  mutation ApprovalsRejectLeave($id: ID!, $reason: String!) {
    rejectLeave(id: $id, reason: $reason) {
      __typename
      id
      status
      decidedBy
      decidedAt
      decisionReason
      version
    }
  }
`);

type LeaveItem = ApprovalsLeaveQueueQuery['leaveApprovalQueue'][number];

const personName = (item: LeaveItem) => `${item.employee.firstName} ${item.employee.lastName}`;
// Leave is drawn from the balance of the year it starts in (as the server books it).
const balanceYear = (item: LeaveItem) => Number(item.startDate.slice(0, 4));
const days = (value: string) => {
  const count = Number(value);
  return `${count} ${count === 1 ? 'day' : 'days'}`;
};

// Leave waiting for the viewer: HR and the manager always see the section; anyone else only
// when, as someone's line manager, they have requests to decide.
export function LeaveSection() {
  const viewer = useViewer();
  const decidesOutright = hasRole(viewer.roles, 'MANAGER', 'HR');
  const client = useApolloClient();
  const queue = useQuery(ApprovalsLeaveQueueQuery);
  // After a conflict the balances shown may be stale too (someone else's decision moved them).
  const refetchQueue = useCallback(() => client.refetchQueries({ include: [ApprovalsLeaveQueueQuery, ApprovalsLeaveBalanceQuery] }), [client]);
  const decisions = useDecisions<LeaveItem>({ noun: 'request', refetchQueue });
  const [approve] = useMutation(ApprovalsApproveLeaveMutation);
  const [reject] = useMutation(ApprovalsRejectLeaveMutation);

  const items = queue.data?.leaveApprovalQueue;
  const rows = withDecided(items ?? [], decisions.decided);
  const page = usePageOf(rows);
  if (!decidesOutright && !rows.length) return null;

  const pending = (items ?? []).filter((item) => !decisions.decisionOf(item.id)).length;
  const names = distinctNames(rows, personName, (item) => (item.startDate === item.endDate ? formatDate(item.startDate) : `${formatDate(item.startDate)} to ${formatDate(item.endDate)}`));

  const refetchBalance = (item: LeaveItem) => [{ query: ApprovalsLeaveBalanceQuery, variables: { employeeId: item.employee.id, year: balanceYear(item) } }];

  function approveItem(item: LeaveItem) {
    const name = names.get(item.id)!;
    // The line manager's approval of long leave passes it on to HR; HR's and the manager's are final.
    const final = decidesOutright || !item.needsHrApproval;
    void decisions.decide(item, {
      optimisticOutcome: 'Approved',
      send: () =>
        approve({
          variables: { id: item.id, version: item.version },
          optimisticResponse: {
            approveLeave: {
              __typename: 'LeaveRequest',
              id: item.id,
              status: final ? 'APPROVED' : 'PENDING',
              managerApproved: item.managerApproved || !decidesOutright,
              decidedBy: final ? viewer.employeeId : null,
              decidedAt: final ? new Date().toISOString() : null,
              version: item.version + 1,
            },
          },
          refetchQueries: refetchBalance(item),
        }),
      settled: (result) =>
        result.data?.approveLeave.status === 'APPROVED'
          ? { outcome: 'Approved', message: `Leave for ${name} approved.` }
          : { outcome: 'Approved, now with HR', message: `Leave for ${name} approved; it now waits for HR.` },
    });
  }

  function rejectItem(item: LeaveItem, reason: string) {
    const name = names.get(item.id)!;
    return decisions.decide(item, {
      optimisticOutcome: 'Rejected',
      inputField: 'reason',
      send: () =>
        reject({
          variables: { id: item.id, reason },
          optimisticResponse: {
            rejectLeave: { __typename: 'LeaveRequest', id: item.id, status: 'REJECTED', decidedBy: viewer.employeeId, decidedAt: new Date().toISOString(), decisionReason: reason, version: item.version + 1 },
          },
          refetchQueries: refetchBalance(item),
        }),
      settled: () => ({ outcome: 'Rejected', message: `Leave for ${name} rejected.` }),
    });
  }

  return (
    <ApprovalSection id="leave" title="Leave requests" count={items ? pending : null}>
      <SectionProblem problem={decisions.problem} onDismiss={decisions.dismissProblem} />
      <QueueBody
        queue={queue}
        items={items}
        what="leave requests"
        empty={rows.length ? null : 'No leave requests are waiting for your decision.'}
        caption="Leave requests waiting for your decision, oldest start first"
        columns={['Who', 'Leave', 'Dates', { label: 'Days', number: true }, 'Balance left']}
        pager={<ListPager page={page} label="Leave requests" />}
      >
        {page.items.map((item) => (
          <DecisionRow
            key={item.id}
            itemName={`leave for ${names.get(item.id)}`}
            columns={6}
            decision={decisions.decisionOf(item.id)}
            actions={[{ verb: 'Approve', onClick: () => approveItem(item) }]}
            refusal={{ verb: 'Reject', gerund: 'rejecting', field: 'reason', onSubmit: (reason) => rejectItem(item, reason) }}
            cells={<LeaveCells item={item} />}
          />
        ))}
      </QueueBody>
    </ApprovalSection>
  );
}

function LeaveCells({ item }: { item: LeaveItem }) {
  return (
    <>
      <th scope="row">
        <Link to={`/people/${item.employee.id}`}>{personName(item)}</Link>
      </th>
      <td>
        {item.leaveType.name}
        {item.needsHrApproval && (
          <>
            <br />
            <small>{item.managerApproved ? 'Line manager approved; waits for HR' : 'Long leave: HR approves after the line manager'}</small>
          </>
        )}
      </td>
      <td>
        {formatDate(item.startDate)}
        {item.startHalfDay ? ' (from noon)' : ''} – {formatDate(item.endDate)}
        {item.endHalfDay ? ' (until noon)' : ''}
        <br />
        <small>Requested {formatDate(item.createdAt)}</small>
      </td>
      <td className="number">{Number(item.days)}</td>
      <td>
        <LeaveBalanceCell item={item} />
      </td>
    </>
  );
}

// The requester's balance of this leave type in the leave's year, refetched after each decision.
// "Left" is what approved leave has not used yet, so approving visibly takes the days off it;
// the server's `available` also holds back what is pending, said beside it.
function LeaveBalanceCell({ item }: { item: LeaveItem }) {
  const year = balanceYear(item);
  const { data, loading, error } = useQuery(ApprovalsLeaveBalanceQuery, { variables: { employeeId: item.employee.id, year } });
  if (loading && !data) return <span aria-busy="true">Loading balance…</span>;
  const balance = data?.leaveBalance?.find((entry) => entry.leaveType.code === item.leaveType.code);
  // Not ours to see, or not found: the rest of the row still decides.
  if (!balance) return <span>{error ? 'Not available' : '—'}</span>;
  if (balance.leaveType.unpaid) return <span>Unpaid: no allowance ({days(balance.taken)} taken in {year})</span>;
  const left = (Number(balance.available) + Number(balance.pending)).toString();
  return (
    <span>
      <strong>{days(left)}</strong> left in {year}
      <br />
      <small>
        {days(balance.taken)} taken
        {Number(balance.pending) > 0 ? ` · ${days(balance.pending)} pending, ${days(balance.available)} after` : ''}
      </small>
    </span>
  );
}
