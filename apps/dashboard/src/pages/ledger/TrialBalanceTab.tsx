import { useQuery } from '@apollo/client';
import { graphql } from '../../graphql';
import { formatDate, today } from '../../ui/format';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { DateField, ledgerMoney, useLedgerParam, viewProblem } from './ledgerParts';

const LedgerTrialBalanceQuery = graphql(`
  query LedgerTrialBalance($asOf: Date!) {
    trialBalance(asOf: $asOf) {
      asOf
      currency
      totalDebit
      totalCredit
      lines {
        account {
          id
          code
          name
        }
        debit
        credit
      }
    }
  }
`);

// Every account's net balance on a date (?asOf=, today by default), as a debit or a credit.
export function TrialBalanceTab() {
  const [asOf, setAsOf] = useLedgerParam('trial-balance', 'asOf', today());
  const { data, loading, error, refetch } = useQuery(LedgerTrialBalanceQuery, { variables: { asOf }, skip: !asOf });
  const report = asOf ? data?.trialBalance : undefined;
  return (
    <section aria-labelledby="trial-balance-heading">
      <h2 id="trial-balance-heading">Trial balance</h2>
      <form className="ledger-inputs" aria-label="Trial balance date" onSubmit={(event) => event.preventDefault()}>
        <DateField id="trial-balance-as-of" label="As of" value={asOf} onChange={setAsOf} error={error} field="asOf" />
      </form>
      {!asOf ? (
        <Empty>Choose the date to show the balances on.</Empty>
      ) : loading && !report ? (
        <Loading what="the trial balance" />
      ) : viewProblem(error) ? (
        <ErrorNotice error={error} retry={() => refetch()} />
      ) : !report ? null : report.lines.length === 0 ? (
        <Empty>Nothing was posted up to {formatDate(report.asOf)}.</Empty>
      ) : (
        <div className="ledger-table">
          <p>
            Balances at the end of {formatDate(report.asOf)}, in {report.currency}.
          </p>
          <table className="striped">
            <caption>Trial balance</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Account</th>
                <th scope="col" className="number">
                  Debit
                </th>
                <th scope="col" className="number">
                  Credit
                </th>
              </tr>
            </thead>
            <tbody>
              {report.lines.map((line) => (
                <tr key={line.account.id}>
                  <td>{line.account.code}</td>
                  <td>{line.account.name}</td>
                  {/* A zero side is left blank, as on paper: each account has one balance. */}
                  <td className="number">{Number(line.debit) !== 0 ? ledgerMoney(line.debit, report.currency) : ''}</td>
                  <td className="number">{Number(line.credit) !== 0 ? ledgerMoney(line.credit, report.currency) : ''}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="ledger-total">
                <th scope="row" colSpan={2}>
                  Totals
                </th>
                <td className="number">{ledgerMoney(report.totalDebit, report.currency)}</td>
                <td className="number">{ledgerMoney(report.totalCredit, report.currency)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
