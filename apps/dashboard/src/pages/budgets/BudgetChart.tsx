import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../../ui/format';

export type BudgetChartRow = { id: string; name: string; budget: number; spent: number };

// Two series told apart by their legend as well as their colour; both colours have at least 3:1
// contrast on white.
const budgetColour = '#1f5fa8';
const spentColour = '#b3541e';

// Budget and spend side by side per department. The chart is a picture of the table that follows
// it (the text alternative), so it is one image to assistive technology, not a widget.
export function BudgetChart({ year, rows, currency }: { year: number; rows: BudgetChartRow[]; currency: string }) {
  const money = (value: number) => formatMoney({ amount: String(value), currency });
  const label = `Bar chart of budget and spent per department in ${year}; the same figures are in the table “Budget against spend” below.`;
  return (
    <figure className="budgets-chart">
      <ResponsiveContainer width="100%" height={Math.max(220, rows.length * 44)}>
        <BarChart data={rows} layout="vertical" margin={{ left: 20, right: 20 }} accessibilityLayer={false} role="img" aria-label={label}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" tickFormatter={(value: number) => `${Math.round(value / 1000).toLocaleString('en-GB')}k`} />
          <YAxis type="category" dataKey="name" width={160} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? money(value) : String(value))} />
          <Legend />
          <Bar dataKey="budget" name="Budget" fill={budgetColour} isAnimationActive={false} />
          <Bar dataKey="spent" name="Spent" fill={spentColour} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption>Budget and spent per department, {year}, in thousands of {currency}.</figcaption>
    </figure>
  );
}
