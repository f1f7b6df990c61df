import { useQuery } from '@apollo/client';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../graphql';
import type { BudgetsPageQuery } from '../../graphql/graphql';
import { noticeWorthy } from '../../ui/errors';
import { currentYear, formatMoney } from '../../ui/format';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { useLedgerDepartments } from '../ledger/ledgerParts';
import { BudgetChart, type BudgetChartRow } from './BudgetChart';
import { ShareUsed } from './ShareUsed';
import './budgets.css';

// Accounting's budgets only: the department names are HR's, from a query of their own, so a failing
// HR leaves the budgets standing (under "Unknown department").
const BudgetsPageQuery = graphql(`
  query BudgetsPage($fiscalYear: Int!) {
    budgets(fiscalYear: $fiscalYear) {
      id
      departmentId
      fiscalYear
      account {
        id
        code
        name
      }
      amount {
        amount
        currency
      }
      spent {
        amount
        currency
      }
      remaining {
        amount
        currency
      }
      shareUsed
    }
  }
`);

type Budget = BudgetsPageQuery['budgets'][number];
export type NamedBudget = Budget & { departmentName: string };

// The years to choose from: a few back, and next year (budgets are set ahead).
function yearChoices(selected: number): number[] {
  const thisYear = currentYear();
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  return years.includes(selected) ? years : [...years, selected].sort((a, b) => b - a);
}

function yearFrom(param: string | null): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear();
}

// Each department's budget for a fiscal year (?year=, this year by default) against what its cost
// centre has spent: department-wide budgets as a chart and a table with the same figures, and
// budgets that limit a single expense account in a table of their own.
export function BudgetsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const year = yearFrom(searchParams.get('year'));
  const { data, loading, error, refetch } = useQuery(BudgetsPageQuery, { variables: { fiscalYear: year } });
  const departments = useLedgerDepartments();
  const names = departments.names;
  const named: NamedBudget[] = (data?.budgets ?? [])
    .map((budget) => ({ ...budget, departmentName: names.get(budget.departmentId) ?? 'Unknown department' }))
    .sort((a, b) => a.departmentName.localeCompare(b.departmentName) || (a.account?.code ?? '').localeCompare(b.account?.code ?? ''));
  const departmentWide = named.filter((budget) => !budget.account);
  const perAccount = named.filter((budget) => budget.account);
  const problem = noticeWorthy(error);
  const namesProblem = noticeWorthy(departments.error);

  return (
    <>
      <h1>Budgets</h1>
      <form className="budgets-year" aria-label="Choose the year" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="budgets-year">
          Year
          <select id="budgets-year" value={year} onChange={(event) => setSearchParams({ year: event.target.value })}>
            {yearChoices(year).map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </label>
      </form>
      {(loading && !data) || (data?.budgets && departments.pending) ? (
        <Loading what={`the budgets of ${year}`} />
      ) : !data?.budgets ? (
        <ErrorNotice error={error ?? new Error('The budgets could not be loaded.')} retry={() => refetch()} />
      ) : (
        <>
          {problem && <ErrorNotice error={problem} retry={() => refetch()} />}
          {namesProblem && <ErrorNotice error={namesProblem} retry={departments.refetch} />}
          <DepartmentBudgets year={year} budgets={departmentWide} />
          {perAccount.length > 0 && <AccountBudgets year={year} budgets={perAccount} />}
        </>
      )}
    </>
  );
}

function DepartmentBudgets({ year, budgets }: { year: number; budgets: NamedBudget[] }) {
  const rows: BudgetChartRow[] = budgets.map((budget) => ({ id: budget.id, name: budget.departmentName, budget: Number(budget.amount.amount), spent: Number(budget.spent.amount) }));
  const over = budgets.filter((budget) => budget.shareUsed != null && Number(budget.shareUsed) >= 1).length;
  return (
    <section aria-labelledby="department-budgets-heading">
      <h2 id="department-budgets-heading">Department budgets, {year}</h2>
      {budgets.length === 0 ? (
        <Empty>No department budgets are set for {year}.</Empty>
      ) : (
        <>
          <p>
            {over} of {budgets.length} departments at or over budget.
          </p>
          <BudgetChart year={year} rows={rows} currency={budgets[0]?.amount.currency ?? 'EUR'} />
          <div className="budgets-table">
            <table className="striped">
              <caption>Budget against spend</caption>
              <BudgetHead first="Department" />
              <tbody>
                {budgets.map((budget) => (
                  <BudgetRow key={budget.id} label={budget.departmentName} budget={budget} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function AccountBudgets({ year, budgets }: { year: number; budgets: NamedBudget[] }) {
  return (
    <section aria-labelledby="account-budgets-heading">
      <h2 id="account-budgets-heading">Budgets for single expense accounts, {year}</h2>
      <div className="budgets-table">
        <table className="striped">
          <caption>Budget against spend per expense account</caption>
          <BudgetHead first="Department and account" />
          <tbody>
            {budgets.map((budget) => (
              <BudgetRow key={budget.id} label={`${budget.departmentName}: ${budget.account?.code ?? ''} ${budget.account?.name ?? ''}`} budget={budget} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function BudgetHead({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="number">
          Budget
        </th>
        <th scope="col" className="number">
          Spent
        </th>
        <th scope="col" className="number">
          Remaining
        </th>
        <th scope="col" className="number">
          Used
        </th>
      </tr>
    </thead>
  );
}

function BudgetRow({ label, budget }: { label: string; budget: Budget }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="number">{formatMoney(budget.amount)}</td>
      <td className="number">{formatMoney(budget.spent)}</td>
      <td className="number">{formatMoney(budget.remaining)}</td>
      <td className="number">
        <ShareUsed share={budget.shareUsed} />
      </td>
    </tr>
  );
}
