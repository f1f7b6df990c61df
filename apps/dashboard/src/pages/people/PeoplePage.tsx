import { useQuery } from '@apollo/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { graphql } from '../../graphql';
import type { EmployeeOrderField, EmployeeStatus } from '../../graphql/graphql';
import { humanize } from '../../ui/format';
import { PAGE_SIZE, Pager, useCursorPager } from '../../ui/Pager';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { problemAt } from './partialErrors';
import { StatusBadge, fullName } from './personParts';
import './people.css';

const PeopleDepartmentsQuery = graphql(`
  query PeopleDepartments {
    departments {
      id
      name
      status
    }
  }
`);

const PeopleListQuery = graphql(`
  query PeopleList($filter: EmployeeFilter, $first: Int!, $after: String, $orderBy: EmployeeOrder) {
    employees(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          employeeNumber
          firstName
          lastName
          title
          status
          department {
            id
            name
          }
          manager {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);

const statuses: EmployeeStatus[] = ['ACTIVE', 'ON_LEAVE', 'TERMINATED'];
const orders: Array<{ field: EmployeeOrderField; label: string }> = [
  { field: 'LAST_NAME', label: 'Last name' },
  { field: 'EMPLOYEE_NUMBER', label: 'Employee number' },
  { field: 'START_DATE', label: 'Start date' },
];
const SEARCH_DELAY_MS = 300;

const isStatus = (value: string | null): value is EmployeeStatus => statuses.includes(value as EmployeeStatus);

// The people directory for HR and the manager. The URL holds the filters (?search=&department=
// &status=), so the overview's numbers link straight into a filtered list and Back restores it.
export function PeoplePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('search')?.trim() ?? '';
  const departmentId = searchParams.get('department') ?? '';
  const statusParam = searchParams.get('status');
  const status = isStatus(statusParam) ? statusParam : '';
  const [orderField, setOrderField] = useState<EmployeeOrderField>('LAST_NAME');

  // Writes one filter to the URL; an empty value leaves the parameter out.
  // Typing a search replaces the history entry; choosing a department or status adds one.
  const setFilter = useCallback(
    (name: 'search' | 'department' | 'status', value: string) =>
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: name === 'search' },
      ),
    [setSearchParams],
  );
  const commitSearch = useCallback((value: string) => setFilter('search', value), [setFilter]);

  // A change of filter or order starts the list again at its first page: the results remount.
  const filterKey = [search, departmentId, status, orderField].join('|');
  return (
    <>
      <h1>People</h1>
      <form className="people-filters" role="search" aria-label="Filter people" onSubmit={(event) => event.preventDefault()}>
        <SearchInput committed={search} onCommit={commitSearch} />
        <DepartmentSelect value={departmentId} onChange={(value) => setFilter('department', value)} />
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
          Sort by
          <select value={orderField} onChange={(event) => setOrderField(event.target.value as EmployeeOrderField)}>
            {orders.map((order) => (
              <option key={order.field} value={order.field}>
                {order.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      <PeopleResults key={filterKey} search={search} departmentId={departmentId} status={status} orderField={orderField} />
    </>
  );
}

// Typing filters after a pause, not on every key: the URL (and the query) follow the text 300 ms
// after the last keystroke. A search changed from outside (Back, a link) replaces the text.
function SearchInput({ committed, onCommit }: { committed: string; onCommit: (value: string) => void }) {
  const [text, setText] = useState(committed);
  const lastCommitted = useRef(committed);

  useEffect(() => {
    if (committed === lastCommitted.current) return;
    lastCommitted.current = committed;
    setText(committed);
  }, [committed]);

  useEffect(() => {
    const value = text.trim();
    if (value === lastCommitted.current) return;
    const timer = setTimeout(() => {
      lastCommitted.current = value;
      onCommit(value);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, onCommit]);

  return (
    <label>
      Search people
      <input type="search" value={text} placeholder="Name, email or employee number" onChange={(event) => setText(event.target.value)} />
    </label>
  );
}

function DepartmentSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { data, error } = useQuery(PeopleDepartmentsQuery);
  const departments = [...(data?.departments ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  // Until the departments arrive, the chosen one is kept as an option so the select shows it.
  const known = !value || departments.some((department) => department.id === value);
  return (
    <label>
      Department
      <select value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={error ? 'people-departments-error' : undefined}>
        <option value="">All departments</option>
        {!known && <option value={value}>{data ? 'Unknown department' : 'Loading departments…'}</option>}
        {departments.map((department) => (
          <option key={department.id} value={department.id}>
            {department.name}
            {department.status === 'CLOSED' ? ' (closed)' : ''}
          </option>
        ))}
      </select>
      {error && !data && (
        <small className="field-error" id="people-departments-error">
          The departments could not be loaded.
        </small>
      )}
    </label>
  );
}

function PeopleResults({ search, departmentId, status, orderField }: { search: string; departmentId: string; status: EmployeeStatus | ''; orderField: EmployeeOrderField }) {
  const pager = useCursorPager();
  const { data, previousData, loading, error, refetch } = useQuery(PeopleListQuery, {
    variables: {
      first: PAGE_SIZE,
      after: pager.after,
      filter: { search: search || undefined, departmentId: departmentId || undefined, status: status || undefined },
      orderBy: { field: orderField, direction: 'ASC' },
    },
  });
  const problem = problemAt(error, ['employees']);
  // While the next page loads, the current one stays (so the pager keeps focus), marked busy.
  const people = (data ?? previousData)?.employees;

  if (!people) {
    if (problem) return <ErrorNotice error={problem} retry={() => refetch()} />;
    return <Loading what="people" />;
  }
  return (
    <>
      {problem && <ErrorNotice error={problem} retry={() => refetch()} />}
      {people.edges.length === 0 ? (
        <Empty>{search || departmentId || status ? 'No one matches these filters.' : 'There is no one in the directory yet.'}</Empty>
      ) : (
        <table className="people-table" aria-busy={loading}>
          <caption>People</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Title</th>
              <th scope="col">Department</th>
              <th scope="col">Status</th>
              <th scope="col">Manager</th>
            </tr>
          </thead>
          <tbody>
            {people.edges.map(({ node: person }) => (
              <tr key={person.id}>
                <td>
                  <Link to={`/people/${person.id}`}>{fullName(person)}</Link> <small className="muted">{person.employeeNumber}</small>
                </td>
                <td>{person.title}</td>
                <td>{person.department.name}</td>
                <td>
                  <StatusBadge status={person.status} />
                </td>
                <td>{person.manager ? <Link to={`/people/${person.manager.id}`}>{fullName(person.manager)}</Link> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(people.edges.length > 0 || pager.pageNumber > 1) && <Pager pager={pager} pageInfo={people.pageInfo} total={people.totalCount} label="People" />}
    </>
  );
}
