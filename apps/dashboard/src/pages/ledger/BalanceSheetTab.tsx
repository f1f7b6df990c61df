import { useQuery } from '@apollo/client';
import { graphql } from '../../graphql';
import { formatDate, today } from '../../ui/format';
import { ErrorNotice, Loading, Empty } from '../../ui/Status';
import { DateField, ReportHead, ReportLines, SectionRow, TotalRow, ledgerMoney, useLedgerParam, viewProblem } from './ledgerParts';

const LedgerBalanceSheetQuery = graphql(`
  query LedgerBalanceSheet($asOf: Date!) {
    balanceSheet(asOf: $asOf) {
      asOf
      currency
      currentYearProfit
      earlierUnclosedProfit
      totalAssets
      totalLiabilitiesAndEquity
      assets {
        account {
          id
          code
          name
        }
        amount
      }
      liabilities {
        account {
          id
          code
          name
        }
        amount
      }
      equity {
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

// Assets, liabilities and equity on a date (?asOf=, today by default). The server's totals are
// shown as given: the page adds nothing up itself.
export function BalanceSheetTab() {
  const [asOf, setAsOf] = useLedgerParam('balance-sheet', 'asOf', today());
  const { data, loading, error, refetch } = useQuery(LedgerBalanceSheetQuery, { variables: { asOf }, skip: !asOf });
  const report = asOf ? data?.balanceSheet : undefined;
  return (
    <section aria-labelledby="balance-sheet-heading">
      <h2 id="balance-sheet-heading">Balance sheet</h2>
      <form className="ledger-inputs" aria-label="Balance sheet date" onSubmit={(event) => event.preventDefault()}>
        <DateField id="balance-sheet-as-of" label="As of" value={asOf} onChange={setAsOf} error={error} field="asOf" />
      </form>
      {!asOf ? (
        <Empty>Choose the date to show the balance sheet on.</Empty>
      ) : loading && !report ? (
        <Loading what="the balance sheet" />
      ) : viewProblem(error) ? (
        <ErrorNotice error={error} retry={() => refetch()} />
      ) : !report ? null : (
        <div className="ledger-table">
          <p>
            At the end of {formatDate(report.asOf)}, in {report.currency}.
          </p>
          <table>
            <caption>Balance sheet</caption>
            <ReportHead />
            <tbody>
              <SectionRow label="Assets" />
              <ReportLines lines={report.assets} currency={report.currency} none="No assets." />
              <TotalRow label="Total assets" amount={report.totalAssets} currency={report.currency} />
            </tbody>
            <tbody>
              <SectionRow label="Liabilities" />
              <ReportLines lines={report.liabilities} currency={report.currency} none="No liabilities." />
            </tbody>
            <tbody>
              <SectionRow label="Equity" />
              <ReportLines lines={report.equity} currency={report.currency} none="No equity accounts with a balance." />
              <tr>
                <td />
                <td>Profit of this fiscal year so far</td>
                <td className="number">{ledgerMoney(report.currentYearProfit, report.currency)}</td>
              </tr>
              {Number(report.earlierUnclosedProfit) !== 0 && (
                <tr>
                  <td />
                  <td>Profit of earlier years not yet closed</td>
                  <td className="number">{ledgerMoney(report.earlierUnclosedProfit, report.currency)}</td>
                </tr>
              )}
            </tbody>
            <tfoot>
              <TotalRow label="Total liabilities and equity" amount={report.totalLiabilitiesAndEquity} currency={report.currency} />
            </tfoot>
          </table>
          {report.assets.length === 0 && report.liabilities.length === 0 && report.equity.length === 0 && <Empty>Nothing was posted up to this date.</Empty>}
        </div>
      )}
    </section>
  );
}
