// A person's leave balance by type, in working days: the same table on their own page and on
// the person's page others see (captions differ: "your" and "their").

export type LeaveBalanceRow = { leaveType: { code: string; name: string; unpaid?: boolean }; allocated: string; adjusted: string; taken: string; pending: string; available: string };

const days = (value: string) => String(Number(value));

export function LeaveBalanceTable({ caption, rows, className }: { caption: string; rows: readonly LeaveBalanceRow[]; className?: string }) {
  return (
    <div className={className}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Leave type</th>
            {['Allocated', 'Adjusted', 'Taken', 'Pending', 'Available'].map((heading) => (
              <th key={heading} scope="col" className="number">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.leaveType.code}>
              <th scope="row">
                {row.leaveType.name}
                {row.leaveType.unpaid ? ' (unpaid)' : ''}
              </th>
              <td className="number">{days(row.allocated)}</td>
              <td className="number">{days(row.adjusted)}</td>
              <td className="number">{days(row.taken)}</td>
              <td className="number">{days(row.pending)}</td>
              <td className="number">{days(row.available)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
