import { useQuery } from '@apollo/client';
import { visibleErrors } from '../../ui/errors';
import { formatDate, formatMoney, humanize } from '../../ui/format';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { MyBackOfficePayslipsQuery } from './meDocuments';

// 'YYYY-MM' as the month it names: 2026-11 -> November 2026.
const formatPeriod = (period: string) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));

// What posted payroll runs paid the viewer, newest month first. Payroll records gross pay only
// (no deductions), so that is what a payslip here shows.
export function PayslipsSection({ employeeId }: { employeeId: string }) {
  const payslips = useQuery(MyBackOfficePayslipsQuery, { variables: { id: employeeId } });
  const rows = payslips.data?.employee?.payslips;
  const failures = visibleErrors(payslips.error?.graphQLErrors);

  if (!rows) {
    if (payslips.loading) return <Loading what="your payslips" />;
    if (payslips.error && (failures.length || payslips.error.networkError)) return <ErrorNotice error={payslips.error} retry={() => payslips.refetch()} />;
    return <Empty>No payslips to show.</Empty>;
  }
  if (rows.length === 0) return <Empty>No payroll has paid you yet. Payslips appear here once accounting posts a month’s payroll.</Empty>;
  return (
    <>
      <p>Gross pay as posted by payroll, newest month first. Payroll records no deductions, so no net amount is shown.</p>
      <div className="me-table">
        <table>
          <caption>Your payslips</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Kind</th>
              <th scope="col" className="number">
                Gross
              </th>
              <th scope="col" className="number">
                Days worked
              </th>
              <th scope="col" className="number">
                Unpaid days
              </th>
              <th scope="col">Posted</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((payslip) => (
              <tr key={`${payslip.period}:${payslip.kind}:${payslip.postedAt}`}>
                <th scope="row">
                  {formatPeriod(payslip.period)}
                  {payslip.finalPay ? ' (final pay)' : ''}
                </th>
                <td>{payslip.kind === 'ADJUSTMENT' ? 'Adjustment (difference to what was paid)' : humanize(payslip.kind)}</td>
                <td className="number">{formatMoney(payslip.gross)}</td>
                <td className="number">{payslip.daysWorked}</td>
                <td className="number">{payslip.unpaidDays}</td>
                <td>{formatDate(payslip.postedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
