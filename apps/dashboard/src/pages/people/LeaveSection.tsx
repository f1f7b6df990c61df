import { useQuery } from '@apollo/client';
import { graphql } from '../../graphql';
import { currentYear, formatDate, humanize } from '../../ui/format';
import { PAGE_SIZE, Pager, useCursorPager } from '../../ui/Pager';
import { LeaveBalanceTable, type LeaveBalanceRow } from '../../ui/LeaveBalanceTable';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { isForbiddenAt, problemAt } from './partialErrors';
import { PersonSection } from './personParts';

// Two queries, not one: both root fields are non-null, so a denial of either would null the
// whole response. The employee, their line manager, HR and the manager see them; for anyone
// else the section is left out.
const PersonPageLeaveBalanceQuery = graphql(`
  query PersonPageLeaveBalance($employeeId: ID!, $year: Int!) {
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

const PersonPageLeaveRequestsQuery = graphql(`
  query PersonPageLeaveRequests($employeeId: ID!, $first: Int!, $after: String) {
    leaveRequests(filter: { employeeId: $employeeId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
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
          decisionReason
        }
      }
    }
  }
`);

// Days are decimals in half-day steps ("5.0", "0.5"): shown without trailing zeros.
const formatDays = (days: string) => String(Number(days));

export function LeaveSection({ employeeId }: { employeeId: string }) {
  const year = currentYear();
  const balance = useQuery(PersonPageLeaveBalanceQuery, { variables: { employeeId, year } });
  const pager = useCursorPager();
  const requests = useQuery(PersonPageLeaveRequestsQuery, { variables: { employeeId, first: PAGE_SIZE, after: pager.after } });
  // While the next page loads, the current one stays (so the pager keeps focus).
  const leaveRequests = (requests.data ?? requests.previousData)?.leaveRequests;

  const balanceHidden = !balance.data?.leaveBalance && isForbiddenAt(balance.error, ['leaveBalance']);
  const requestsHidden = !leaveRequests && isForbiddenAt(requests.error, ['leaveRequests']);
  if (balanceHidden && requestsHidden) return null;

  return (
    <PersonSection id="leave" title="Leave">
      {!balanceHidden && (
        <>
          <h3>Balance {year}</h3>
          {balance.data?.leaveBalance ? (
            <BalanceTable year={year} rows={balance.data.leaveBalance} />
          ) : problemAt(balance.error, ['leaveBalance']) ? (
            <ErrorNotice error={problemAt(balance.error, ['leaveBalance'])} retry={() => balance.refetch()} />
          ) : (
            <Loading what="leave balance" />
          )}
        </>
      )}
      {!requestsHidden && (
        <>
          <h3>Leave requests</h3>
          {leaveRequests ? (
            <>
              <RequestsTable requests={leaveRequests.edges.map((edge) => edge.node)} />
              {(leaveRequests.pageInfo.hasNextPage || pager.pageNumber > 1) && <Pager pager={pager} pageInfo={leaveRequests.pageInfo} total={leaveRequests.totalCount} label="Leave requests" />}
            </>
          ) : problemAt(requests.error, ['leaveRequests']) ? (
            <ErrorNotice error={problemAt(requests.error, ['leaveRequests'])} retry={() => requests.refetch()} />
          ) : (
            <Loading what="leave requests" />
          )}
        </>
      )}
    </PersonSection>
  );
}

function BalanceTable({ year, rows }: { year: number; rows: readonly LeaveBalanceRow[] }) {
  if (rows.length === 0) return <Empty>No leave allocated for {year}.</Empty>;
  return <LeaveBalanceTable className="person-tables" caption={`Leave balance ${year}`} rows={rows} />;
}

type LeaveRow = {
  id: string;
  leaveType: { name: string };
  startDate: string;
  endDate: string;
  startHalfDay: boolean;
  endHalfDay: boolean;
  days: string;
  status: string;
  decisionReason?: string | null;
};

function RequestsTable({ requests }: { requests: LeaveRow[] }) {
  if (requests.length === 0) return <Empty>No leave requested.</Empty>;
  return (
    <div className="person-tables">
      <table>
        <caption>Leave requests</caption>
        <thead>
          <tr>
            <th scope="col">Leave type</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col" className="number">
              Days
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id}>
              <td>{request.leaveType.name}</td>
              <td>
                {formatDate(request.startDate)}
                {request.startHalfDay ? ' (afternoon)' : ''}
              </td>
              <td>
                {formatDate(request.endDate)}
                {request.endHalfDay ? ' (morning)' : ''}
              </td>
              <td className="number">{formatDays(request.days)}</td>
              <td>
                {humanize(request.status)}
                {request.decisionReason ? `: ${request.decisionReason}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
