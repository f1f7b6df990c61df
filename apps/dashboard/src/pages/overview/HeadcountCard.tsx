import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { graphql } from '../../graphql';
import { currentYear } from '../../ui/format';
import { Card, Figure } from './OverviewPage';
import { seriesColours } from './colours';

const OverviewHeadcountQuery = graphql(`
  query OverviewHeadcount($year: Int!) {
    departments {
      id
      name
      headcount
      status
    }
    headcountByMonth(year: $year) {
      month
      headcount
      department {
        id
      }
    }
  }
`);

// Headcount by department now, and the company's trend month by month this year.
export function HeadcountCard() {
  const year = currentYear();
  const { data, loading, error, refetch } = useQuery(OverviewHeadcountQuery, { variables: { year } });
  const departments = (data?.departments ?? []).filter((department) => department.status === 'ACTIVE' && department.headcount > 0);
  const total = departments.reduce((sum, department) => sum + department.headcount, 0);
  const months = [...new Set((data?.headcountByMonth ?? []).map((row) => row.month))].sort();
  const trend = months.map((month) => ({
    month,
    headcount: (data?.headcountByMonth ?? []).filter((row) => row.month === month).reduce((sum, row) => sum + row.headcount, 0),
  }));
  return (
    <Card title="Headcount" loading={loading && !data} error={!data ? error : undefined} retry={() => refetch()}>
      <p>
        <Figure to="/people?status=ACTIVE" value={total} label="people employed" />
      </p>
      <figure>
        <ResponsiveContainer width="100%" height={160}>
          <LineChart data={trend} margin={{ left: -20, right: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" tickFormatter={(month: string) => month.slice(5)} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="headcount" name={`Headcount ${year}`} stroke={seriesColours[0]} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
        <figcaption>Company headcount at each month's end in {year}.</figcaption>
      </figure>
      <table aria-label="Headcount by department">
        <thead>
          <tr>
            <th scope="col">Department</th>
            <th scope="col" className="number">
              People
            </th>
          </tr>
        </thead>
        <tbody>
          {departments.map((department) => (
            <tr key={department.id}>
              <td>
                <Link to={`/people?department=${department.id}`}>{department.name}</Link>
              </td>
              <td className="number">{department.headcount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
