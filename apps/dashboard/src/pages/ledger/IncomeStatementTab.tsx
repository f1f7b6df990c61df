import { useQuery } from '@apollo/client';
import { graphql } from '../../graphql';
import { problemFor } from '../../ui/errors';
import { formatDate, today } from '../../ui/format';
import { ErrorNotice, Loading, Empty } from '../../ui/Status';
import { DateField, ReportHead, ReportLines, SectionRow, TotalRow, firstOfYear, useLedgerDepartments, useLedgerParam, viewProblem } from './ledgerParts';

const LedgerIncomeStatementQuery = graphql(`
  query LedgerIncomeStatement($from: Date!, $to: Date!, $departmentId: ID) {
    incomeStatement(from: $from, to: $to, departmentId: $departmentId) {
      from
      to
      departmentId
      currency
      totalRevenue
      totalExpenses
      netIncome
      revenue {
        account {
          id
          code
          name
        }
        amount
      }
      expenses {
        account {
          id
          code
          name
        }
        amount
      }
    }
  }
`);

// Revenue and expenses between two dates (?from=&to=, this year so far by default), for the
// company or one department's cost centre (?department=).
export function IncomeStatementTab() {
  const [from, setFrom] = useLedgerParam('income-statement', 'from', firstOfYear(today()));
  const [to, setTo] = useLedgerParam('income-statement', 'to', today());
  const [departmentId, setDepartmentId] = useLedgerParam('income-statement', 'department', '');
  const departments = useLedgerDepartments();
  const ready = Boolean(from && to);
  const { data, loading, error, refetch } = useQuery(LedgerIncomeStatementQuery, { variables: { from, to, departmentId: departmentId || null }, skip: !ready });
  const report = ready ? data?.incomeStatement : undefined;
  const departmentProblem = problemFor(error, 'departmentId');
  const departmentName = report?.departmentId ? departments.names.get(report.departmentId) : undefined;

  return (
    <section aria-labelledby="income-statement-heading">
      <h2 id="income-statement-heading">Income statement</h2>
      <form className="ledger-inputs" aria-label="Income statement period" onSubmit={(event) => event.preventDefault()}>
        <DateField id="income-statement-from" label="From" value={from} onChange={setFrom} error={error} field="from" />
        <DateField id="income-statement-to" label="To" value={to} onChange={setTo} error={error} field="to" />
        <label htmlFor="income-statement-department">
          Department
          <select
            id="income-statement-department"
            value={departmentId}
            onChange={(event) => setDepartmentId(event.target.value)}
            aria-invalid={departmentProblem ? true : undefined}
            aria-describedby={departmentProblem ? 'income-statement-department-problem' : undefined}
          >
            <option value="">All departments</option>
            {departments.departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
          {departmentProblem && (
            <small className="field-error" id="income-statement-department-problem">
              Department {departmentProblem}
            </small>
          )}
        </label>
      </form>
      {!ready ? (
        <Empty>Choose both dates of the period.</Empty>
      ) : loading && !report ? (
        <Loading what="the income statement" />
      ) : viewProblem(error) ? (
        <ErrorNotice error={error} retry={() => refetch()} />
      ) : !report ? null : (
        <div className="ledger-table">
          <p>
            {formatDate(report.from)} to {formatDate(report.to)}, {report.departmentId ? `cost centre ${departmentName ?? 'of the chosen department'}` : 'the whole company'}, in {report.currency}.
          </p>
          <table>
            <caption>Income statement</caption>
            <ReportHead />
            <tbody>
              <SectionRow label="Revenue" />
              <ReportLines lines={report.revenue} currency={report.currency} none="No revenue in this period." />
              <TotalRow label="Total revenue" amount={report.totalRevenue} currency={report.currency} />
            </tbody>
            <tbody>
              <SectionRow label="Expenses" />
              <ReportLines lines={report.expenses} currency={report.currency} none="No expenses in this period." />
              <TotalRow label="Total expenses" amount={report.totalExpenses} currency={report.currency} />
            </tbody>
            <tfoot>
              <TotalRow label={Number(report.netIncome) < 0 ? 'Net income (a loss)' : 'Net income'} amount={report.netIncome} currency={report.currency} />
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
