import { useQuery, type ApolloError } from '@apollo/client';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../graphql';
import { problemFor, visibleErrors } from '../../ui/errors';
import { formatMoney } from '../../ui/format';

// What the four ledger views share: their inputs live in the URL (so Back and a shared link show
// the same report), amounts read as money in the report's currency, and a refused input is shown
// next to that input rather than as a page error.

export type LedgerTab = 'trial-balance' | 'income-statement' | 'balance-sheet' | 'journal';

// One report input kept in the URL. A parameter that is absent takes the fallback; one the viewer
// emptied stays empty (so a date input being cleared is not snapped back to today).
export function useLedgerParam(tab: LedgerTab, name: string, fallback: string): [string, (value: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get(name) ?? fallback;
  const setValue = (next: string) =>
    setSearchParams(
      (previous) => {
        const params = new URLSearchParams(previous);
        params.set('tab', tab);
        params.set(name, next);
        return params;
      },
      { replace: true },
    );
  return [value, setValue];
}

export const ledgerMoney = (amount: string, currency: string) => formatMoney({ amount, currency });

export const firstOfYear = (date: string) => `${date.slice(0, 4)}-01-01`;

// A query error worth a notice at the top of the view: not a denial of one field, and not a
// refused input (that one is shown by its input).
export function viewProblem(error: ApolloError | undefined): ApolloError | undefined {
  if (!error) return undefined;
  if (error.networkError) return error;
  const shown = visibleErrors(error.graphQLErrors).filter((entry) => !(entry.extensions?.code === 'BAD_USER_INPUT' && Array.isArray(entry.extensions.fields)));
  return shown.length ? error : undefined;
}

// A labelled date input with the server's complaint about it, if any.
export function DateField({ id, label, value, onChange, error, field }: { id: string; label: string; value: string; onChange(value: string): void; error?: ApolloError; field: string }) {
  const problem = problemFor(error, field);
  const problemId = `${id}-problem`;
  return (
    <label htmlFor={id}>
      {label}
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
      />
      {problem && (
        <small className="field-error" id={problemId}>
          {/* The server names the problem ("is after to"); the input's name makes it a sentence. */}
          {label} {problem}
        </small>
      )}
    </label>
  );
}

// One account's row in a report: its code, its name, its amount.
export function AccountAmountRow({ code, name, amount, currency }: { code: string; name: string; amount: string; currency: string }) {
  return (
    <tr>
      <td>{code}</td>
      <td>{name}</td>
      <td className="number">{ledgerMoney(amount, currency)}</td>
    </tr>
  );
}

// A section heading row across a three-column report (Revenue, Expenses, Assets...).
export function SectionRow({ label }: { label: string }) {
  return (
    <tr className="ledger-section">
      <th scope="rowgroup" colSpan={3}>
        {label}
      </th>
    </tr>
  );
}

// A total across a three-column report: the label over the code and name columns.
export function TotalRow({ label, amount, currency }: { label: string; amount: string; currency: string }) {
  return (
    <tr className="ledger-total">
      <th scope="row" colSpan={2}>
        {label}
      </th>
      <td className="number">{ledgerMoney(amount, currency)}</td>
    </tr>
  );
}

// The column headings of a three-column report.
export function ReportHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Code</th>
        <th scope="col">Account</th>
        <th scope="col" className="number">
          Amount
        </th>
      </tr>
    </thead>
  );
}

type ReportLineRow = { account: { id: string; code: string; name: string }; amount: string };

// A report section's account lines, or a row saying there are none.
export function ReportLines({ lines, currency, none }: { lines: readonly ReportLineRow[]; currency: string; none: string }) {
  if (!lines.length) {
    return (
      <tr>
        <td colSpan={3} className="ledger-none">
          {none}
        </td>
      </tr>
    );
  }
  return (
    <>
      {lines.map((line) => (
        <AccountAmountRow key={line.account.id} code={line.account.code} name={line.account.name} amount={line.amount} currency={currency} />
      ))}
    </>
  );
}

const LedgerDepartmentsQuery = graphql(`
  query LedgerDepartments {
    departments {
      id
      name
    }
  }
`);

// HR's departments, which the ledger knows only as cost-centre ids: for the department choice and
// to name a line's cost centre. Sorted by name. Its own query, so a failing HR costs the names
// only (departments is a non-null root field: next to accounting's fields it would null them all);
// pending is true until HR has first answered or failed.
export function useLedgerDepartments() {
  const { data, loading, error, refetch } = useQuery(LedgerDepartmentsQuery);
  const departments = [...(data?.departments ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return {
    departments,
    names: new Map(departments.map((department) => [department.id, department.name])),
    loading,
    pending: loading && !data,
    error,
    refetch,
  };
}
