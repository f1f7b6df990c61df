import { useQuery, type ApolloError } from '@apollo/client';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { hasRole } from '../../auth/access';
import { useViewer } from '../../auth/session';
import { graphql } from '../../graphql';
import type { PersonPageExpenseClaimsQuery, PersonPageHoldingsQuery } from '../../graphql/graphql';
import { formatDate, formatDateTime, formatMoney, humanize } from '../../ui/format';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { problemAt } from './partialErrors';
import { PersonSection } from './personParts';

// What IT and accounting add to the employee (entity extensions), in one query: every field is a
// nullable list, so a denial or a failing department nulls that list only, and each section reads
// its own errors by path. (A non-null field of another department would null the whole employee:
// the expense claims are such a field, so they have a query of their own below.)
// Its cost stays far below the gateway's limit (each list counts ten objects).
const PersonPageHoldingsQuery = graphql(`
  query PersonPageHoldings($id: ID!) {
    employee(id: $id) {
      id
      assets {
        id
        tag
        status
        condition
        model {
          id
          manufacturer
          name
        }
        category {
          code
          name
        }
        currentAssignment {
          id
          assignedOn
          expectedReturnOn
        }
      }
      licenses {
        id
        assignedOn
        license {
          id
          product
          vendor
        }
      }
      accounts {
        id
        system
        username
        status
        origin
        activeFrom
        revokedOn
      }
      tickets {
        id
        number
        subject
        status
        priority
        openedAt
      }
      payslips {
        period
        kind
        gross {
          amount
          currency
        }
        daysWorked
        unpaidDays
        finalPay
      }
      onboarding {
        ...PersonPageWorkflow
      }
      offboarding {
        ...PersonPageWorkflow
      }
    }
  }

  fragment PersonPageWorkflow on Workflow {
    id
    kind
    status
    anchorDate
    overdue
    steps {
      step
      department
      status
      dueOn
      doneAt
    }
  }
`);

// Accounting's expense claims of the employee, on their own: the list is non-null, so when accounting
// fails the null reaches the employee, and in the holdings query it would take IT's sections with it.
// Not cached: that null would be written over this person's employee(id) in the normalized cache,
// which the person's record and holdings read too.
const PersonPageExpenseClaimsQuery = graphql(`
  query PersonPageExpenseClaims($id: ID!) {
    employee(id: $id) {
      id
      expenseClaims {
        id
        title
        status
        awaiting
        submittedAt
        createdAt
        total {
          amount
          currency
        }
      }
    }
  }
`);

type Holdings = NonNullable<PersonPageHoldingsQuery['employee']>;
type Claims = NonNullable<PersonPageExpenseClaimsQuery['employee']>['expenseClaims'];
type HoldingField = Exclude<keyof Holdings, 'id' | '__typename'>;

export function HoldingsSections({ employeeId, isSelf }: { employeeId: string; isSelf: boolean }) {
  const { roles } = useViewer();
  const { data, error, refetch } = useQuery(PersonPageHoldingsQuery, { variables: { id: employeeId } });
  const claimsResult = useQuery(PersonPageExpenseClaimsQuery, { variables: { id: employeeId }, fetchPolicy: 'no-cache' });
  const holdings = data?.employee;
  const retry = () => refetch();
  // Claims come back filtered rather than refused: an empty list only means "none" for those
  // who see all of a person's claims, so for anyone else an empty section is left out.
  const seesAllClaims = isSelf || hasRole(roles, 'MANAGER', 'ACCOUNTING');
  const claims = (
    <ClaimsSection
      claims={claimsResult.data?.employee?.expenseClaims}
      answered={!!claimsResult.data}
      error={claimsResult.error}
      retry={() => claimsResult.refetch()}
      seesAllClaims={seesAllClaims}
    />
  );

  if (!holdings) {
    const problem = problemAt(error, ['employee']);
    // Nothing to show (the person is gone, or the viewer may see none of it).
    const own = problem ? <ErrorNotice error={problem} retry={retry} /> : data ? null : <Loading what="equipment, access, tickets and payslips" />;
    return (
      <>
        {own}
        {claims}
      </>
    );
  }

  // A section the viewer may not see is left out; one whose department failed says so.
  const section = (field: HoldingField, id: string, title: string, render: () => ReactNode) => (
    <HoldingSection field={field} id={id} title={title} error={error} retry={retry} present={holdings[field] != null} render={render} />
  );

  return (
    <>
      {section('assets', 'equipment', 'Equipment', () => <AssetsTable assets={holdings.assets ?? []} />)}
      {section('licenses', 'licences', 'Licences', () => <LicencesTable seats={holdings.licenses ?? []} />)}
      {section('accounts', 'access', 'Access', () => <AccountsTable accounts={holdings.accounts ?? []} />)}
      {section('tickets', 'tickets', 'Tickets', () => <TicketsTable tickets={holdings.tickets ?? []} />)}
      {claims}
      {section('payslips', 'payslips', 'Payslips', () => <PayslipsTable payslips={holdings.payslips ?? []} />)}
      {(holdings.onboarding || holdings.offboarding) && (
        <PersonSection id="processes" title="Onboarding and offboarding">
          {holdings.onboarding && <WorkflowSteps workflow={holdings.onboarding} />}
          {holdings.offboarding && <WorkflowSteps workflow={holdings.offboarding} />}
        </PersonSection>
      )}
    </>
  );
}

// The expense claims section, from its own query: shown when there are claims, when the viewer sees
// all of them (so an empty list means none), or when accounting failed (it says so).
function ClaimsSection(props: { claims: Claims | undefined; answered: boolean; error: ApolloError | undefined; retry: () => unknown; seesAllClaims: boolean }) {
  const { claims, error, retry, seesAllClaims } = props;
  if (!claims) {
    const problem = problemAt(error, ['employee']);
    // Null without a failure: the person is gone, or the viewer may see none of it.
    if (!problem) return props.answered ? null : <Loading what="expense claims" />;
    return (
      <PersonSection id="expense-claims" title="Expense claims">
        <ErrorNotice error={problem} retry={retry} />
      </PersonSection>
    );
  }
  if (claims.length === 0 && !seesAllClaims) return null;
  return (
    <PersonSection id="expense-claims" title="Expense claims">
      <ClaimsTable claims={claims} />
    </PersonSection>
  );
}

function HoldingSection(props: { field: HoldingField; id: string; title: string; error: ApolloError | undefined; retry: () => unknown; present: boolean; render: () => ReactNode }) {
  const problem = problemAt(props.error, ['employee', props.field]);
  // Null without a failure is a denial (FORBIDDEN at this path): the section is left out.
  if (!props.present && !problem) return null;
  return (
    <PersonSection id={props.id} title={props.title}>
      {props.present ? props.render() : <ErrorNotice error={problem} retry={props.retry} />}
    </PersonSection>
  );
}

function NumberHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="number">
      {children}
    </th>
  );
}

function HoldingTable({ caption, headers, children }: { caption: string; headers: ReactNode; children: ReactNode }) {
  return (
    <div className="person-tables">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>{headers}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function AssetsTable({ assets }: { assets: NonNullable<Holdings['assets']> }) {
  if (assets.length === 0) return <Empty>No equipment held.</Empty>;
  return (
    <HoldingTable
      caption="Equipment held"
      headers={
        <>
          <th scope="col">Tag</th>
          <th scope="col">Item</th>
          <th scope="col">Category</th>
          <th scope="col">Condition</th>
          <th scope="col">Since</th>
          <th scope="col">Due back</th>
        </>
      }
    >
      {assets.map((asset) => (
        <tr key={asset.id}>
          <td>{asset.tag}</td>
          <td>
            {asset.model.manufacturer} {asset.model.name}
          </td>
          <td>{asset.category.name}</td>
          <td>{humanize(asset.condition)}</td>
          <td>{formatDate(asset.currentAssignment?.assignedOn)}</td>
          <td>{asset.currentAssignment?.expectedReturnOn ? formatDate(asset.currentAssignment.expectedReturnOn) : 'Kept'}</td>
        </tr>
      ))}
    </HoldingTable>
  );
}

function LicencesTable({ seats }: { seats: NonNullable<Holdings['licenses']> }) {
  if (seats.length === 0) return <Empty>No licence seats held.</Empty>;
  return (
    <HoldingTable
      caption="Licence seats"
      headers={
        <>
          <th scope="col">Product</th>
          <th scope="col">Vendor</th>
          <th scope="col">Since</th>
        </>
      }
    >
      {seats.map((seat) => (
        <tr key={seat.id}>
          <td>{seat.license.product}</td>
          <td>{seat.license.vendor}</td>
          <td>{formatDate(seat.assignedOn)}</td>
        </tr>
      ))}
    </HoldingTable>
  );
}

function AccountsTable({ accounts }: { accounts: NonNullable<Holdings['accounts']> }) {
  if (accounts.length === 0) return <Empty>No system accounts.</Empty>;
  return (
    <HoldingTable
      caption="System accounts"
      headers={
        <>
          <th scope="col">System</th>
          <th scope="col">Username</th>
          <th scope="col">Status</th>
          <th scope="col">Active from</th>
          <th scope="col">Given by</th>
        </>
      }
    >
      {accounts.map((account) => (
        <tr key={account.id}>
          <td>{account.system}</td>
          <td>{account.username}</td>
          <td>
            {humanize(account.status)}
            {account.revokedOn ? ` on ${formatDate(account.revokedOn)}` : ''}
          </td>
          <td>{formatDate(account.activeFrom)}</td>
          <td>{account.origin === 'BUNDLE' ? 'Department bundle' : 'Individual grant'}</td>
        </tr>
      ))}
    </HoldingTable>
  );
}

function TicketsTable({ tickets }: { tickets: NonNullable<Holdings['tickets']> }) {
  if (tickets.length === 0) return <Empty>No tickets asked for.</Empty>;
  return (
    <HoldingTable
      caption="Tickets asked for"
      headers={
        <>
          <th scope="col">Number</th>
          <th scope="col">Subject</th>
          <th scope="col">Status</th>
          <th scope="col">Priority</th>
          <th scope="col">Opened</th>
        </>
      }
    >
      {tickets.map((ticket) => (
        <tr key={ticket.id}>
          <td>{ticket.number}</td>
          <td>
            <Link to={`/helpdesk/${ticket.id}`}>{ticket.subject}</Link>
          </td>
          <td>{humanize(ticket.status)}</td>
          <td>{humanize(ticket.priority)}</td>
          <td>{formatDateTime(ticket.openedAt)}</td>
        </tr>
      ))}
    </HoldingTable>
  );
}

function ClaimsTable({ claims }: { claims: Claims }) {
  if (claims.length === 0) return <Empty>No expense claims.</Empty>;
  return (
    <HoldingTable
      caption="Expense claims"
      headers={
        <>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <NumberHeader>Total</NumberHeader>
          <th scope="col">Submitted</th>
        </>
      }
    >
      {claims.map((claim) => (
        <tr key={claim.id}>
          <td>{claim.title}</td>
          <td>
            {humanize(claim.status)}
            {claim.status === 'SUBMITTED' && claim.awaiting ? ` (awaiting ${claim.awaiting === 'LINE_MANAGER' ? 'line manager' : 'accounting'})` : ''}
          </td>
          <td className="number">{formatMoney(claim.total)}</td>
          <td>{claim.submittedAt ? formatDateTime(claim.submittedAt) : 'Not yet'}</td>
        </tr>
      ))}
    </HoldingTable>
  );
}

// 'YYYY-MM' as "Nov 2026".
const formatMonth = (period: string) => new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));

function PayslipsTable({ payslips }: { payslips: NonNullable<Holdings['payslips']> }) {
  if (payslips.length === 0) return <Empty>No payslips yet.</Empty>;
  return (
    <HoldingTable
      caption="Payslips"
      headers={
        <>
          <th scope="col">Month</th>
          <th scope="col">Kind</th>
          <NumberHeader>Gross pay</NumberHeader>
          <NumberHeader>Days worked</NumberHeader>
          <NumberHeader>Unpaid days</NumberHeader>
          <th scope="col">Final pay</th>
        </>
      }
    >
      {payslips.map((payslip) => (
        <tr key={`${payslip.period}-${payslip.kind}`}>
          <td>{formatMonth(payslip.period)}</td>
          <td>{humanize(payslip.kind)}</td>
          <td className="number">{formatMoney(payslip.gross)}</td>
          <td className="number">{payslip.daysWorked}</td>
          <td className="number">{payslip.unpaidDays}</td>
          <td>{payslip.finalPay ? 'Yes' : 'No'}</td>
        </tr>
      ))}
    </HoldingTable>
  );
}

type WorkflowView = NonNullable<Holdings['onboarding']>;

const stepNames: Record<string, string> = {
  HR_RECORD: 'HR record complete',
  ACCESS: 'Access set up',
  EQUIPMENT: 'Equipment handed out',
  FIRST_PAYROLL: 'First pay posted',
  ACCESS_REVOKED: 'Access revoked',
  ASSETS: 'Equipment returned',
  FINAL_PAY: 'Final pay posted',
};

function WorkflowSteps({ workflow }: { workflow: WorkflowView }) {
  const name = humanize(workflow.kind);
  return (
    <>
      <h3>{name}</h3>
      <p>
        {humanize(workflow.status)}, {workflow.kind === 'ONBOARDING' ? 'starting' : 'last day'} {formatDate(workflow.anchorDate)}
        {workflow.overdue ? (
          <>
            {' '}
            <span className="badge danger">Overdue</span>
          </>
        ) : null}
      </p>
      <HoldingTable
        caption={`${name} steps`}
        headers={
          <>
            <th scope="col">Step</th>
            <th scope="col">Department</th>
            <th scope="col">Status</th>
            <th scope="col">Due</th>
            <th scope="col">Done</th>
          </>
        }
      >
        {workflow.steps.map((step) => (
          <tr key={step.step}>
            <td>{stepNames[step.step] ?? humanize(step.step)}</td>
            <td>{step.department === 'ACCOUNTING' ? 'Accounting' : step.department}</td>
            <td>{humanize(step.status)}</td>
            <td>{formatDate(step.dueOn)}</td>
            <td>{step.doneAt ? formatDateTime(step.doneAt) : '—'}</td>
          </tr>
        ))}
      </HoldingTable>
    </>
  );
}
