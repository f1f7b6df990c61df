import { useQuery } from '@apollo/client';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../../graphql';
import type { AssetCategoryCode, AssetStatus } from '../../graphql/graphql';
import { visibleErrors } from '../../ui/errors';
import { formatDate, humanize } from '../../ui/format';
import { PAGE_SIZE, Pager, useCursorPager } from '../../ui/Pager';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';

const EquipmentAssetsQuery = graphql(`
  query EquipmentAssets($filter: AssetFilter, $first: Int!, $after: String) {
    assets(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          tag
          serialNumber
          status
          condition
          purchaseDate
          model {
            id
            manufacturer
            name
          }
          category {
            code
            name
          }
          holder {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);

const statuses: AssetStatus[] = ['IN_STOCK', 'ASSIGNED', 'IN_REPAIR', 'LOST', 'RETIRED'];
const categories: AssetCategoryCode[] = ['LAPTOP', 'DESKTOP', 'MONITOR', 'PHONE', 'PERIPHERAL', 'NETWORK', 'FURNITURE', 'OFFICE_EQUIPMENT'];
const isStatus = (value: string | null): value is AssetStatus => statuses.includes(value as AssetStatus);
const isCategory = (value: string | null): value is AssetCategoryCode => categories.includes(value as AssetCategoryCode);

// The equipment, newest first, filtered by status (?status=) and category (?category=).
export function AssetsTab() {
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const categoryParam = searchParams.get('category');
  const status = isStatus(statusParam) ? statusParam : '';
  const category = isCategory(categoryParam) ? categoryParam : '';
  const setFilter = (name: 'status' | 'category', value: string) =>
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      next.set('tab', 'assets');
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });

  return (
    <section aria-labelledby="assets-heading">
      <h2 id="assets-heading">Assets</h2>
      <form className="equipment-filters" role="search" aria-label="Filter assets" onSubmit={(event) => event.preventDefault()}>
        <label>
          Status
          <select value={status} onChange={(event) => setFilter('status', event.target.value)}>
            <option value="">Any status</option>
            {statuses.map((option) => (
              <option key={option} value={option}>
                {humanize(option)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Category
          <select value={category} onChange={(event) => setFilter('category', event.target.value)}>
            <option value="">Any category</option>
            {categories.map((option) => (
              <option key={option} value={option}>
                {humanize(option)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {/* A change of filter starts the list again at its first page: the results remount. */}
      <AssetResults key={`${status}|${category}`} status={status} category={category} />
    </section>
  );
}

function AssetResults({ status, category }: { status: AssetStatus | ''; category: AssetCategoryCode | '' }) {
  const pager = useCursorPager();
  const filter = { ...(status ? { status } : {}), ...(category ? { category } : {}) };
  const { data, loading, error, refetch } = useQuery(EquipmentAssetsQuery, { variables: { filter, first: PAGE_SIZE, after: pager.after } });
  const connection = data?.assets;
  if (!connection) {
    if (loading) return <Loading what="assets" />;
    return <ErrorNotice error={error ?? new Error('The assets did not load.')} retry={() => refetch()} />;
  }
  const failures = visibleErrors(error?.graphQLErrors);
  return (
    <>
      {failures.length > 0 && <ErrorNotice error={error} retry={() => refetch()} />}
      {connection.edges.length === 0 ? (
        <Empty>No assets match these filters.</Empty>
      ) : (
        <div className="equipment-table">
          <table className="striped">
            <caption>Assets</caption>
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Model</th>
                <th scope="col">Category</th>
                <th scope="col">Status</th>
                <th scope="col">Holder</th>
                <th scope="col">Purchased</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node: asset }) => (
                <tr key={asset.id}>
                  <td>
                    {asset.tag}
                    <br />
                    <small className="equipment-muted">Serial {asset.serialNumber}</small>
                  </td>
                  <td>
                    {asset.model.manufacturer} {asset.model.name}
                  </td>
                  <td>{asset.category.name}</td>
                  <td>
                    <span className={asset.status === 'LOST' ? 'badge danger' : 'badge'}>{humanize(asset.status)}</span>
                  </td>
                  <td>{asset.holder ? <Link to={`/people/${asset.holder.id}`}>{`${asset.holder.firstName} ${asset.holder.lastName}`}</Link> : <span className="equipment-muted">—</span>}</td>
                  <td>{formatDate(asset.purchaseDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(connection.edges.length > 0 || pager.pageNumber > 1) && <Pager pager={pager} pageInfo={connection.pageInfo} total={connection.totalCount} label="Assets" />}
    </>
  );
}
