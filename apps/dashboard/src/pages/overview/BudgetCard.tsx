import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { graphql } from '../../graphql';
import { currentYear, formatMoney } from '../../ui/format';
import { useLedgerDepartments } from '../ledger/ledgerParts';
import { Card } from './OverviewPage';
import { seriesColours } from './colours';

// Accounting's budgets only: the department names are HR's, from a query of their own, so a failing
// HR leaves the budgets standing (under "Unknown department").
const OverviewBudgetsQuery = graphql(`
  query OverviewBudgets($year: Int!) {
    budgets(fiscalYear: $year) {
      id
      departmentId
      account {
        id
      }
      amount {
        amount
        currency
      }
      spent {
        amount
        currency
      }
      shareUsed
    }
  }
`);

// Each department's budget this year against what it has spent (department-wide budgets; the
// per-account ones are on the budgets page).
export function BudgetCard() {
  const year = currentYear();
  const { data, loading, error, refetch } = useQuery(OverviewBudgetsQuery, { variables: { year } });
  const { names, pending: namesPending } = useLedgerDepartments();
  const rows = (data?.budgets ?? [])
    .filter((budget) => !budget.account)
    .map((budget) => ({ ...budget, name: names.get(budget.departmentId) ?? 'Unknown department', budgeted: Number(budget.amount.amount), spentValue: Number(budget.spent.amount) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const over = rows.filter((row) => row.shareUsed && Number(row.shareUsed) >= 1).length;
  return (
    <Card title="Budget against spend" loading={(loading && !data) || namesPending} error={!data ? error : undefined} retry={() => refetch()}>
      <p>
        <Link to={`/budgets?year=${year}`}>
          <span className="figure">{over}</span> of {rows.length} departments at or over budget in {year}
        </Link>
      </p>
      <figure>
        <ResponsiveContainer width="100%" height={Math.max(180, rows.length * 30)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 30, right: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={(value: number) => `${Math.round(value / 1000)}k`} />
            <YAxis type="category" dataKey="name" width={120} interval={0} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Legend />
            <Bar dataKey="budgeted" name="Budget" fill={seriesColours[0]} isAnimationActive={false} />
            <Bar dataKey="spentValue" name="Spent" fill={seriesColours[1]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
        <figcaption>Budget and spend per department, {year}.</figcaption>
      </figure>
      <details>
        <summary>The figures</summary>
        <table aria-label="Budget against spend by department">
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col" className="number">Budget</th>
              <th scope="col" className="number">Spent</th>
              <th scope="col" className="number">Used</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.name}</td>
                <td className="number">{formatMoney(row.amount)}</td>
                <td className="number">{formatMoney(row.spent)}</td>
                <td className="number">{row.shareUsed ? `${Math.round(Number(row.shareUsed) * 100)} %` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Card>
  );
}
