import { useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import type { MyBackOfficeLeaveRequestFieldsFragment as LeaveRequest } from '../../graphql/graphql';
import { currentYear, formatDate, humanize, today } from '../../ui/format';
import { PAGE_SIZE, Pager, useCursorPager } from '../../ui/Pager';
import { LeaveBalanceTable } from '../../ui/LeaveBalanceTable';
import { Empty, ErrorNotice, Loading, Success } from '../../ui/Status';
import { FormAlert, formatDays, Unseen, unplacedProblems } from './formParts';
import { LeaveRequestForm } from './LeaveRequestForm';
import { MyBackOfficeCancelLeaveMutation, MyBackOfficeLeaveBalanceQuery, MyBackOfficeLeaveRequestsQuery } from './meDocuments';

// The viewer's leave: this year's balance per type, their requests, and a form to ask for more.
export function LeaveSection({ employeeId }: { employeeId: string }) {
  const pager = useCursorPager();
  return (
    <>
      <BalanceTable employeeId={employeeId} />
      <LeaveRequestForm onRequested={() => pager.reset()} />
      <LeaveRequests employeeId={employeeId} pager={pager} />
    </>
  );
}

function BalanceTable({ employeeId }: { employeeId: string }) {
  const year = currentYear();
  const balance = useQuery(MyBackOfficeLeaveBalanceQuery, { variables: { employeeId, year } });
  const rows = balance.data?.leaveBalance;
  return (
    <>
      <h3>Balance for {year}</h3>
      {!rows ? (
        balance.error ? (
          <ErrorNotice error={balance.error} retry={() => balance.refetch()} />
        ) : (
          <Loading what="your leave balance" />
        )
      ) : rows.length === 0 ? (
        <Empty>No leave is allocated to you for {year}.</Empty>
      ) : (
        <LeaveBalanceTable className="me-table" caption={`Your leave balance for ${year}, in working days`} rows={rows} />
      )}
    </>
  );
}

type Pagination = ReturnType<typeof useCursorPager>;

// Pending requests, and approved ones that have not started, can be taken back (the days return).
const isCancellable = (request: LeaveRequest) => request.status === 'PENDING' || (request.status === 'APPROVED' && request.startDate > today());

function LeaveRequests({ employeeId, pager }: { employeeId: string; pager: Pagination }) {
  const requests = useQuery(MyBackOfficeLeaveRequestsQuery, { variables: { employeeId, first: PAGE_SIZE, after: pager.after } });
  const [cancel, cancelling] = useMutation(MyBackOfficeCancelLeaveMutation, {
    refetchQueries: [MyBackOfficeLeaveBalanceQuery, MyBackOfficeLeaveRequestsQuery],
    awaitRefetchQueries: true,
  });
  const [cancelled, setCancelled] = useState<LeaveRequest | null>(null);
  // While the next page loads, the current one stays (so the pager keeps focus).
  const connection = (requests.data ?? requests.previousData)?.leaveRequests;

  async function cancelRequest(request: LeaveRequest) {
    setCancelled(null);
    try {
      await cancel({ variables: { id: request.id } });
      setCancelled(request);
    } catch {
      // Shown from cancelling.error; a conflict means it changed meanwhile: show how it stands.
      void requests.refetch();
    }
  }

  return (
    <>
      <h3>My leave requests</h3>
      {cancelled && (
        <Success>
          Your {cancelled.leaveType.name.toLowerCase()} from {formatDate(cancelled.startDate)} to {formatDate(cancelled.endDate)} is cancelled.
        </Success>
      )}
      <FormAlert messages={unplacedProblems(cancelling.error, [])} />
      {!connection ? (
        requests.error ? (
          <ErrorNotice error={requests.error} retry={() => requests.refetch()} />
        ) : (
          <Loading what="your leave requests" />
        )
      ) : connection.edges.length === 0 ? (
        <Empty>You have not requested any leave yet.</Empty>
      ) : (
        <>
          <div className="me-table">
            <table>
              <caption>Your leave requests</caption>
              <thead>
                <tr>
                  <th scope="col">Leave type</th>
                  <th scope="col">First day</th>
                  <th scope="col">Last day</th>
                  <th scope="col" className="number">
                    Days
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node: request }) => (
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
                      <LeaveStatus request={request} />
                    </td>
                    <td>
                      {isCancellable(request) && (
                        <div className="row-actions">
                          <button type="button" className="secondary outline" disabled={cancelling.loading} onClick={() => void cancelRequest(request)}>
                            Cancel
                            <Unseen> leave from {formatDate(request.startDate)}</Unseen>
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {(connection.pageInfo.hasNextPage || pager.pageNumber > 1) && <Pager pager={pager} pageInfo={connection.pageInfo} total={connection.totalCount} label="Leave requests" />}
        </>
      )}
    </>
  );
}

function LeaveStatus({ request }: { request: LeaveRequest }) {
  const waitingForHr = request.status === 'PENDING' && request.needsHrApproval && request.managerApproved;
  return (
    <>
      <span className={request.status === 'REJECTED' ? 'badge danger' : 'badge'}>{humanize(request.status)}</span>
      {request.status === 'PENDING' && <small> {waitingForHr ? 'your manager approved; waiting for HR' : 'waiting for your line manager'}</small>}
      {request.decisionReason && <small> — {request.decisionReason}</small>}
    </>
  );
}
