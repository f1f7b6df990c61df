import { useQuery } from '@apollo/client';
import { hasRole } from '../../auth/access';
import { useViewer } from '../../auth/session';
import { graphql } from '../../graphql';
import { currentYear } from '../../ui/format';
import { Card, Figure } from './OverviewPage';

const OverviewLeaveApprovalsQuery = graphql(`
  query OverviewLeaveApprovals {
    leaveApprovalQueue {
      id
    }
  }
`);

const OverviewAccountingApprovalsQuery = graphql(`
  query OverviewAccountingApprovals($year: Int!) {
    expenseApprovalQueue {
      id
    }
    journalEntryDrafts {
      id
    }
    payrollRuns(year: $year) {
      id
      status
    }
  }
`);

// What waits for a decision: leave (HR and the manager), expense claims, manual journal entries
// and payroll runs (accounting and the manager). Each count opens its section of the inbox.
export function ApprovalsCard() {
  const { roles } = useViewer();
  const decidesLeave = hasRole(roles, 'MANAGER', 'HR');
  const decidesAccounting = hasRole(roles, 'MANAGER', 'ACCOUNTING');
  const leave = useQuery(OverviewLeaveApprovalsQuery, { skip: !decidesLeave });
  const accounting = useQuery(OverviewAccountingApprovalsQuery, { variables: { year: currentYear() }, skip: !decidesAccounting });
  if (!decidesLeave && !decidesAccounting) return null;
  const loading = (decidesLeave && leave.loading && !leave.data) || (decidesAccounting && accounting.loading && !accounting.data);
  const error = (!leave.data && leave.error) || (!accounting.data && accounting.error) || undefined;
  const payrollWaiting = (accounting.data?.payrollRuns ?? []).filter((run) => run.status !== 'POSTED').length;
  return (
    <Card title="Approvals waiting" loading={loading} error={error} retry={() => Promise.all([decidesLeave && leave.refetch(), decidesAccounting && accounting.refetch()])}>
      <ul className="figure-list">
        {decidesLeave && (
          <li>
            <Figure to="/approvals#leave" value={leave.data?.leaveApprovalQueue.length ?? 0} label="leave requests" />
          </li>
        )}
        {decidesAccounting && (
          <>
            <li>
              <Figure to="/approvals#expense-claims" value={accounting.data?.expenseApprovalQueue.length ?? 0} label="expense claims" />
            </li>
            <li>
              <Figure to="/approvals#journal-entries" value={accounting.data?.journalEntryDrafts.length ?? 0} label="manual journal entries" />
            </li>
            <li>
              <Figure to="/approvals#payroll" value={payrollWaiting} label="payroll runs not yet posted" />
            </li>
          </>
        )}
      </ul>
    </Card>
  );
}
