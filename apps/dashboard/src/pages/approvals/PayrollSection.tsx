import { useMutation, useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { hasRole } from '../../auth/access';
import { useViewer } from '../../auth/session';
import { graphql } from '../../graphql';
import type { ApprovalsPayrollRunsQuery } from '../../graphql/graphql';
import { currentYear, formatDateTime, formatMoney, humanize } from '../../ui/format';
import { DecisionRow } from './DecisionRow';
import { ApprovalSection, QueueBody, SectionProblem, useDecisions } from './decisions';
import { PersonName } from './PersonName';

// This year's runs and last year's (December's run is decided in January).
const ApprovalsPayrollRunsQuery = graphql(`
  query ApprovalsPayrollRuns($year: Int!, $previousYear: Int!) {
    thisYear: payrollRuns(year: $year) {
      ...ApprovalsPayrollRunFields
    }
    lastYear: payrollRuns(year: $previousYear) {
      ...ApprovalsPayrollRunFields
    }
  }

  fragment ApprovalsPayrollRunFields on PayrollRun {
    id
    period
    kind
    status
    headcount
    total {
      amount
      currency
    }
    preparedBy
    preparedAt
    approvedBy
    approvedAt
    postedAt
  }
`);

const ApprovalsApprovePayrollMutation = graphql(`
  mutation ApprovalsApprovePayroll($runId: ID!) {
    approvePayroll(runId: $runId) {
      __typename
      id
      status
      approvedBy
      approvedAt
    }
  }
`);

const ApprovalsPostPayrollMutation = graphql(`
  mutation ApprovalsPostPayroll($runId: ID!) {
    postPayroll(runId: $runId) {
      __typename
      id
      status
      postedAt
    }
  }
`);

type RunItem = ApprovalsPayrollRunsQuery['thisYear'][number];

// "2026-11", or "2026-11 adjustment" for the differences after the month was posted.
const periodName = (run: RunItem) => (run.kind === 'REGULAR' ? run.period : `${run.period} ${run.kind.toLowerCase()}`);

// Payroll runs not yet posted: a draft waits for a second person's approval (ACCOUNTING or the
// manager, never its preparer), an approved run for ACCOUNTING to post it.
export function PayrollSection() {
  const viewer = useViewer();
  const posts = hasRole(viewer.roles, 'ACCOUNTING');
  const year = currentYear();
  const runs = useQuery(ApprovalsPayrollRunsQuery, { variables: { year, previousYear: year - 1 } });
  const decisions = useDecisions<RunItem>({ noun: 'payroll run', refetchQueue: runs.refetch });
  const [approve] = useMutation(ApprovalsApprovePayrollMutation);
  const [post] = useMutation(ApprovalsPostPayrollMutation);

  const all = runs.data ? [...(runs.data.lastYear ?? []), ...(runs.data.thisYear ?? [])] : undefined;
  // Read from the cache, so an approval or posting shows at once (optimistically); a run posted
  // on this visit stays in sight, marked posted.
  const waiting = (all ?? []).filter((run) => run.status !== 'POSTED');
  const decidedHere = new Set(decisions.decided.map((entry) => entry.item.id));
  const rows = (all ?? []).filter((run) => run.status !== 'POSTED' || decidedHere.has(run.id));

  function approveRun(run: RunItem) {
    const name = periodName(run);
    void decisions.decide(run, {
      optimisticOutcome: 'Approved',
      send: () =>
        approve({
          variables: { runId: run.id },
          optimisticResponse: { approvePayroll: { __typename: 'PayrollRun', id: run.id, status: 'APPROVED', approvedBy: viewer.employeeId, approvedAt: new Date().toISOString() } },
        }),
      settled: () => ({ outcome: 'Approved', message: `Payroll ${name} approved.` }),
    });
  }

  function postRun(run: RunItem) {
    const name = periodName(run);
    void decisions.decide(run, {
      optimisticOutcome: 'Posted',
      send: () =>
        post({
          variables: { runId: run.id },
          optimisticResponse: { postPayroll: { __typename: 'PayrollRun', id: run.id, status: 'POSTED', postedAt: new Date().toISOString() } },
        }),
      settled: () => ({ outcome: 'Posted', message: `Payroll ${name} posted.` }),
    });
  }

  // The row's state is the run's status; the decision log only marks a run while it is sent.
  const sending = (run: RunItem) => {
    const decision = decisions.decisionOf(run.id);
    return decision?.saving ? decision : undefined;
  };

  return (
    <ApprovalSection id="payroll" title="Payroll runs" count={all ? waiting.length : null}>
      <SectionProblem problem={decisions.problem} onDismiss={decisions.dismissProblem} />
      <QueueBody
        queue={runs}
        items={all}
        what="payroll runs"
        empty={rows.length ? null : 'Every payroll run is posted: nothing waits for approval.'}
        caption="Payroll runs not yet posted"
        columns={['Period', { label: 'People paid', number: true }, { label: 'Total', number: true }, 'Prepared by', 'Status']}
      >
        {rows.map((run) => (
          <DecisionRow
            key={run.id}
            itemName={`payroll ${periodName(run)}`}
            columns={6}
            decision={sending(run)}
            actions={run.status === 'DRAFT' ? [{ verb: 'Approve', onClick: () => approveRun(run) }] : run.status === 'APPROVED' && posts ? [{ verb: 'Post', onClick: () => postRun(run) }] : []}
            note={run.status === 'APPROVED' && !posts ? 'Approved: accounting posts it' : run.status === 'POSTED' ? 'Posted' : undefined}
            hint={run.status === 'DRAFT' && run.preparedBy === viewer.employeeId ? 'You prepared this run: a second person must approve it.' : undefined}
            cells={<RunCells run={run} />}
          />
        ))}
      </QueueBody>
      <p>
        <small>
          Posted runs are in the <Link to="/ledger?tab=journal">ledger&apos;s journal</Link>.
        </small>
      </p>
    </ApprovalSection>
  );
}

function RunCells({ run }: { run: RunItem }) {
  return (
    <>
      <th scope="row">{periodName(run)}</th>
      <td className="number">{run.headcount}</td>
      <td className="number">{formatMoney(run.total)}</td>
      <td>
        <PersonName id={run.preparedBy} />
        <br />
        <small>{formatDateTime(run.preparedAt)}</small>
      </td>
      <td>
        <span className="badge">{humanize(run.status)}</span>
        {run.approvedBy && (
          <>
            <br />
            <small>
              Approved by <PersonName id={run.approvedBy} />
            </small>
          </>
        )}
      </td>
    </>
  );
}
