import { useQuery } from '@apollo/client';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../graphql';
import { visibleErrors } from '../../ui/errors';
import { formatDate, formatMoney, humanize, today } from '../../ui/format';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { InstantCheckbox } from '../helpdesk/InstantCheckbox';

const EquipmentLicencesQuery = graphql(`
  query EquipmentLicences($expiringWithinDays: Int) {
    licenses(expiringWithinDays: $expiringWithinDays) {
      id
      product
      vendor
      seats
      seatsUsed
      seatsFree
      billingPeriod
      renewalDate
      costPerPeriod {
        amount
        currency
      }
    }
  }
`);

const SOON_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

// Whole days from today to a date (negative once it has passed).
const daysUntil = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today()}T00:00:00Z`)) / DAY_MS);

// The software licences, soonest renewal first; ?expiring=true keeps those renewing within 30
// days and those past their renewal date.
export function LicencesTab() {
  const [searchParams, setSearchParams] = useSearchParams();
  const expiringOnly = searchParams.get('expiring') === 'true';
  const setExpiringOnly = (on: boolean) =>
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('tab', 'licences');
      if (on) next.set('expiring', 'true');
      else next.delete('expiring');
      return next;
    });
  const { data, loading, error, refetch } = useQuery(EquipmentLicencesQuery, { variables: { expiringWithinDays: expiringOnly ? SOON_DAYS : null } });
  const licences = data?.licenses;
  const failures = visibleErrors(error?.graphQLErrors);

  return (
    <section aria-labelledby="licences-heading">
      <h2 id="licences-heading">Licences</h2>
      <form className="equipment-filters" aria-label="Filter licences" onSubmit={(event) => event.preventDefault()}>
        <label>
          <InstantCheckbox checked={expiringOnly} onChange={setExpiringOnly}>
            Expiring within {SOON_DAYS} days
          </InstantCheckbox>
        </label>
      </form>
      {!licences ? (
        loading ? (
          <Loading what="licences" />
        ) : (
          <ErrorNotice error={error ?? new Error('The licences did not load.')} retry={() => refetch()} />
        )
      ) : (
        <>
          {failures.length > 0 && <ErrorNotice error={error} retry={() => refetch()} />}
          {licences.length === 0 ? (
            <Empty>{expiringOnly ? `No licence renews within ${SOON_DAYS} days.` : 'No licences yet.'}</Empty>
          ) : (
            <div className="equipment-table">
              <table className="striped">
                <caption>Licences</caption>
                <thead>
                  <tr>
                    <th scope="col">Product</th>
                    <th scope="col" className="number">
                      Seats used
                    </th>
                    <th scope="col" className="number">
                      Seats free
                    </th>
                    <th scope="col">Renews on</th>
                    <th scope="col">Billing</th>
                    <th scope="col" className="number">
                      Cost per period
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {licences.map((licence) => (
                    <tr key={licence.id}>
                      <td>
                        {licence.product}
                        <br />
                        <small className="equipment-muted">{licence.vendor}</small>
                      </td>
                      <td className="number">
                        {licence.seatsUsed} of {licence.seats}
                      </td>
                      <td className="number">{licence.seatsFree === 0 ? <span className="badge">None free</span> : licence.seatsFree}</td>
                      <td>
                        {formatDate(licence.renewalDate)} <RenewalBadge date={licence.renewalDate} />
                      </td>
                      <td>{humanize(licence.billingPeriod)}</td>
                      <td className="number">{licence.costPerPeriod ? formatMoney(licence.costPerPeriod) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

// How soon it renews, in words (not colour alone).
function RenewalBadge({ date }: { date: string }) {
  const days = daysUntil(date);
  if (days < 0) return <span className="badge danger">Past renewal date</span>;
  if (days <= SOON_DAYS) return <span className="badge">{days === 0 ? 'Renews today' : `In ${days} day${days === 1 ? '' : 's'}`}</span>;
  return null;
}
