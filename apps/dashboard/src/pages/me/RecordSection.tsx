import { useQuery } from '@apollo/client';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { visibleErrors } from '../../ui/errors';
import { formatDate, formatMoney, humanize } from '../../ui/format';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import type { MyBackOfficeRecordQuery as RecordData } from '../../graphql/graphql';
import { MyBackOfficeRecordQuery } from './meDocuments';

type Employee = NonNullable<RecordData['employee']>;

// The viewer's HR record as HR keeps it. Private fields are theirs to see; a field the server
// still withholds comes back null and is simply left out.
export function RecordSection({ employeeId }: { employeeId: string }) {
  const record = useQuery(MyBackOfficeRecordQuery, { variables: { id: employeeId } });
  const employee = record.data?.employee;
  const failures = visibleErrors(record.error?.graphQLErrors);

  if (!employee) {
    if (record.loading) return <Loading what="your record" />;
    if (record.error && (failures.length || record.error.networkError)) return <ErrorNotice error={record.error} retry={() => record.refetch()} />;
    return <Empty>HR has no record for you yet. Ask HR if you think this is wrong.</Empty>;
  }
  return (
    <>
      {failures.length > 0 && <ErrorNotice error={record.error} retry={() => record.refetch()} />}
      <div className="me-record">
        <article>
          <h3>Job</h3>
          <dl>
            <Item term="Name">
              {employee.firstName} {employee.lastName}
            </Item>
            <Item term="Employee number">{employee.employeeNumber}</Item>
            <Item term="Job title">{employee.title}</Item>
            <Item term="Department">{employee.department.name}</Item>
            <Item term="Line manager">{employee.manager ? <ManagerLink manager={employee.manager} /> : 'Nobody (top of the organisation)'}</Item>
            <Item term="Start date">{formatDate(employee.startDate)}</Item>
            <Item term="Employment type">{humanize(employee.employmentType)}</Item>
            <Item term="Status">{humanize(employee.status)}</Item>
          </dl>
        </article>
        <article>
          <h3>Contact</h3>
          <dl>
            <Item term="Work email">
              <a href={`mailto:${employee.email}`}>{employee.email}</a>
            </Item>
            {employee.phone != null && <Item term="Phone">{employee.phone}</Item>}
            {employee.workLocation != null && <Item term="Work location">{employee.workLocation}</Item>}
            {employee.emergencyContact && (
              <Item term="Emergency contact">
                {employee.emergencyContact.name} ({employee.emergencyContact.relationship.toLowerCase()}), {employee.emergencyContact.phone}
              </Item>
            )}
          </dl>
          <p>
            <small>To change any of this, ask HR.</small>
          </p>
        </article>
        {employee.compensation && <PayArticle compensation={employee.compensation} />}
      </div>
    </>
  );
}

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function ManagerLink({ manager }: { manager: NonNullable<Employee['manager']> }) {
  return (
    <>
      <Link to={`/people/${manager.id}`}>
        {manager.firstName} {manager.lastName}
      </Link>
      , {manager.title}
    </>
  );
}

function PayArticle({ compensation }: { compensation: NonNullable<Employee['compensation']> }) {
  return (
    <article>
      <h3>Pay</h3>
      <dl>
        <Item term="Pay">
          {formatMoney({ amount: compensation.amount, currency: compensation.currency })} {humanize(compensation.payFrequency).toLowerCase()}
        </Item>
        <Item term="In force since">{formatDate(compensation.effectiveDate)}</Item>
      </dl>
    </article>
  );
}
