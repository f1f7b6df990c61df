import { useQuery } from '@apollo/client';
import { graphql } from '../../graphql';
import type { JournalEntryFilter, JournalEntryOrder, JournalSource, LedgerJournalQuery } from '../../graphql/graphql';
import { formatDate, formatMoney, humanize } from '../../ui/format';
import { PAGE_SIZE, Pager, useCursorPager } from '../../ui/Pager';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { DateField, ledgerMoney, useLedgerDepartments, useLedgerParam, viewProblem } from './ledgerParts';

const LedgerJournalQuery = graphql(`
  query LedgerJournal($filter: JournalEntryFilter, $order: JournalEntryOrder!, $first: Int!, $after: String) {
    # The thresholds are in the ledger's functional currency: the one every line's debit and
    # credit are in.
    controlSettings {
      manualApprovalThreshold {
        currency
      }
    }
    journalEntries(filter: $filter, order: $order, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          fiscalYear
          number
          date
          memo
          source
          sourceId
          reverses {
            id
            fiscalYear
            number
          }
          reversedBy {
            id
            fiscalYear
            number
          }
          lines {
            lineNo
            account {
              id
              code
              name
            }
            debit
            credit
            departmentId
            rate
            original {
              amount
              currency
            }
          }
        }
      }
    }
  }
`);

type JournalEntryRow = LedgerJournalQuery['journalEntries']['edges'][number]['node'];

const sources: JournalSource[] = ['MANUAL', 'EXPENSE', 'PAYROLL', 'ASSET', 'OPENING', 'CLOSING', 'REVERSAL'];
const isSource = (value: string): value is JournalSource => sources.includes(value as JournalSource);

// Where an entry came from, in words: an approved expense claim posts as EXPENSE.
const sourceLabels: Record<JournalSource, string> = {
  MANUAL: 'Manual',
  EXPENSE: 'Expense claim',
  PAYROLL: 'Payroll',
  ASSET: 'Equipment',
  OPENING: 'Opening balances',
  CLOSING: 'Year-end closing',
  REVERSAL: 'Reversal',
};

// Posted entries by date, newest first unless ?order=OLDEST (the books as they were written),
// filtered by date (?from=, ?to=) and source (?source=): what was posted lately, a claim
// approved today among it, is on the first page.
export function JournalTab() {
  const [from, setFrom] = useLedgerParam('journal', 'from', '');
  const [to, setTo] = useLedgerParam('journal', 'to', '');
  const [sourceParam, setSource] = useLedgerParam('journal', 'source', '');
  const [orderParam, setOrder] = useLedgerParam('journal', 'order', 'NEWEST');
  const source = isSource(sourceParam) ? sourceParam : '';
  const order: JournalEntryOrder = orderParam === 'OLDEST' ? 'OLDEST' : 'NEWEST';
  const filter: JournalEntryFilter = { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(source ? { source } : {}) };

  return (
    <section aria-labelledby="journal-heading">
      <h2 id="journal-heading">Journal</h2>
      <form className="ledger-inputs" role="search" aria-label="Filter the journal" onSubmit={(event) => event.preventDefault()}>
        <DateField id="journal-from" label="From" value={from} onChange={setFrom} field="from" />
        <DateField id="journal-to" label="To" value={to} onChange={setTo} field="to" />
        <label htmlFor="journal-source">
          Source
          <select id="journal-source" value={source} onChange={(event) => setSource(event.target.value)}>
            <option value="">Any source</option>
            {sources.map((option) => (
              <option key={option} value={option}>
                {sourceLabels[option]}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="journal-order">
          Order
          <select id="journal-order" value={order} onChange={(event) => setOrder(event.target.value)}>
            <option value="NEWEST">Newest first</option>
            <option value="OLDEST">Oldest first</option>
          </select>
        </label>
      </form>
      {/* A new filter or order starts again at its first page. */}
      <JournalEntries key={JSON.stringify([filter, order])} filter={filter} order={order} />
    </section>
  );
}

function JournalEntries({ filter, order }: { filter: JournalEntryFilter; order: JournalEntryOrder }) {
  const pager = useCursorPager();
  const departments = useLedgerDepartments();
  const { data, loading, error, refetch } = useQuery(LedgerJournalQuery, { variables: { filter, order, first: PAGE_SIZE, after: pager.after } });
  const connection = data?.journalEntries;
  // Should the settings be unavailable, a line entered without conversion is in it too.
  const unconverted = connection?.edges.flatMap(({ node }) => node.lines).find((line) => line.rate == null);
  const currency = data?.controlSettings?.manualApprovalThreshold.currency ?? unconverted?.original.currency ?? 'EUR';

  if (loading && !connection) return <Loading what="the journal" />;
  if (!connection) return <ErrorNotice error={error ?? new Error('The journal could not be loaded.')} retry={() => refetch()} />;
  return (
    <>
      {viewProblem(error) && <ErrorNotice error={error} retry={() => refetch()} />}
      {connection.edges.length === 0 ? (
        <Empty>No entries were posted with these filters.</Empty>
      ) : (
        <div className="ledger-table">
          <table className="ledger-journal">
            <caption>Journal, {order === 'NEWEST' ? 'newest' : 'oldest'} first</caption>
            <thead>
              <tr>
                <th scope="col">Number</th>
                <th scope="col">Date</th>
                <th scope="col">Description</th>
                <th scope="col">Source</th>
                <th scope="col">Account</th>
                <th scope="col">Cost centre</th>
                <th scope="col" className="number">
                  Debit
                </th>
                <th scope="col" className="number">
                  Credit
                </th>
                <th scope="col">Reversal</th>
              </tr>
            </thead>
            {connection.edges.map(({ node }) => (
              <JournalEntryRows key={node.id} entry={node} currency={currency} departmentNames={departments.names} />
            ))}
          </table>
        </div>
      )}
      <Pager pager={pager} pageInfo={connection.pageInfo} label="Journal" />
    </>
  );
}

// One entry as a row group: what it is on its first row (spanning its lines), a row per line.
function JournalEntryRows({ entry, currency, departmentNames }: { entry: JournalEntryRow; currency: string; departmentNames: Map<string, string> }) {
  const span = Math.max(entry.lines.length, 1);
  const [first, ...rest] = entry.lines;
  return (
    <tbody>
      <tr>
        <th scope="rowgroup" rowSpan={span}>
          #{entry.number}
        </th>
        <td rowSpan={span} className="ledger-date">
          {formatDate(entry.date)}
        </td>
        <td rowSpan={span}>{entry.memo}</td>
        <td rowSpan={span}>{sourceLabels[entry.source] ?? humanize(entry.source)}</td>
        {first ? <LineCells line={first} currency={currency} departmentNames={departmentNames} /> : <td colSpan={4}>No lines</td>}
        <td rowSpan={span}>
          <Reversal entry={entry} />
        </td>
      </tr>
      {rest.map((line) => (
        <tr key={line.lineNo}>
          <LineCells line={line} currency={currency} departmentNames={departmentNames} />
        </tr>
      ))}
    </tbody>
  );
}

// A line's debit and credit are in the functional currency; a line entered in another currency
// also says what was entered and at what rate.
function LineCells({ line, currency, departmentNames }: { line: JournalEntryRow['lines'][number]; currency: string; departmentNames: Map<string, string> }) {
  const converted = line.rate != null && line.original.currency !== currency;
  return (
    <>
      <td>
        {line.account.code} {line.account.name}
        {converted && (
          <small className="ledger-muted">
            {' '}
            ({formatMoney(line.original)} at {line.rate})
          </small>
        )}
      </td>
      <td>{line.departmentId ? (departmentNames.get(line.departmentId) ?? 'Unknown department') : ''}</td>
      <td className="number">{Number(line.debit) !== 0 ? ledgerMoney(line.debit, currency) : ''}</td>
      <td className="number">{Number(line.credit) !== 0 ? ledgerMoney(line.credit, currency) : ''}</td>
    </>
  );
}

// "Reverses #N" / "Reversed by #N", with the year when the other entry is in another fiscal year
// (numbers start again each year).
function Reversal({ entry }: { entry: JournalEntryRow }) {
  const label = (other: { fiscalYear: number; number: number }) => `#${other.number}${other.fiscalYear !== entry.fiscalYear ? ` of ${other.fiscalYear}` : ''}`;
  if (!entry.reverses && !entry.reversedBy) return null;
  return (
    <>
      {entry.reverses && <span>Reverses {label(entry.reverses)}</span>}
      {entry.reverses && entry.reversedBy && <br />}
      {entry.reversedBy && <span className="badge">Reversed by {label(entry.reversedBy)}</span>}
    </>
  );
}
