import { useQuery } from '@apollo/client';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { canSee } from '../../auth/access';
import { useViewer } from '../../auth/session';
import { graphql } from '../../graphql';
import type { PersonPageRecordQuery } from '../../graphql/graphql';
import { formatDate, formatMoney, humanize } from '../../ui/format';
import { errorCode } from '../../ui/errors';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { HoldingsSections } from './HoldingsSections';
import { LeaveSection } from './LeaveSection';
import { problemAt } from './partialErrors';
import { Facts, PersonSection, StatusBadge, fullName } from './personParts';
import './people.css';

const PersonPageRecordQuery = graphql(`
  query PersonPageRecord($id: ID!) {
    employee(id: $id) {
      id
      employeeNumber
      firstName
      lastName
      email
      title
      status
      employmentType
      workLocation
      startDate
      department {
        id
        name
      }
      manager {
        id
        firstName
        lastName
      }
      directReports {
        id
        firstName
        lastName
        title
      }
      phone
      emergencyContact {
        name
        relationship
        phone
      }
      terminationDate
      terminationReason
      compensation {
        amount
        currency
        payFrequency
        effectiveDate
      }
    }
  }
`);

type Person = NonNullable<PersonPageRecordQuery['employee']>;

// A person's page: HR's record, then what the other departments hold about them, each section
// its own query. The server decides what this viewer may see; what they may not is left out.
export function PersonPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(PersonPageRecordQuery, { variables: { id } });
  const person = data?.employee;
  // An id that is not one (a mistyped URL) is refused as BAD_USER_INPUT: for a reader, not found.
  const malformedId = errorCode(error) === 'BAD_USER_INPUT';
  const problem = malformedId ? undefined : problemAt(error, ['employee']);

  if (!person) {
    if (problem) {
      return (
        <>
          <h1>Person</h1>
          <ErrorNotice error={problem} retry={() => refetch()} />
        </>
      );
    }
    if (data || malformedId) {
      return (
        <>
          <h1>Person not found</h1>
          <Empty>
            There is no one with this id, or you may not see them. <Link to="/people">Back to people</Link>
          </Empty>
        </>
      );
    }
    return (
      <>
        <h1>Person</h1>
        <Loading what="this person" />
      </>
    );
  }

  const isSelf = viewer.employeeId === person.id;
  const department = <DepartmentName department={person.department} />;
  return (
    <>
      <h1>{fullName(person)}</h1>
      <p className="person-subtitle">
        {person.title} · {department} · <StatusBadge status={person.status} />
        {isSelf && (
          <>
            {' '}
            · This is you: <Link to="/me">My back office</Link>
          </>
        )}
      </p>
      {problem && <ErrorNotice error={problem} retry={() => refetch()} />}
      <RecordSection person={person} department={department} />
      <LeaveSection key={`leave-${person.id}`} employeeId={person.id} />
      <HoldingsSections key={`holdings-${person.id}`} employeeId={person.id} isSelf={isSelf} />
    </>
  );
}

// The department links to its people in the directory, for those who may use the directory.
function DepartmentName({ department }: { department: { id: string; name: string } }) {
  const { roles } = useViewer();
  if (!canSee(roles, 'people')) return <>{department.name}</>;
  return <Link to={`/people?department=${department.id}`}>{department.name}</Link>;
}

function RecordSection({ person, department }: { person: Person; department: ReactNode }) {
  const pay = person.compensation;
  return (
    <PersonSection id="record" title="HR record">
      <Facts
        items={[
          ['Employee number', person.employeeNumber],
          ['Title', person.title],
          ['Department', department],
          ['Manager', person.manager ? <Link to={`/people/${person.manager.id}`}>{fullName(person.manager)}</Link> : 'No one (top of the organisation)'],
          ['Start date', formatDate(person.startDate)],
          ['Employment status', humanize(person.status)],
          ['Employment type', humanize(person.employmentType)],
          ['Last day', person.terminationDate ? formatDate(person.terminationDate) : null],
          ['Reason for leaving', person.terminationReason ? humanize(person.terminationReason) : null],
          ['Salary', pay ? `${formatMoney(pay)} ${payPeriod(pay.payFrequency)} (since ${formatDate(pay.effectiveDate)})` : null],
          ['Work email', <a href={`mailto:${person.email}`}>{person.email}</a>],
          ['Phone', person.phone],
          ['Emergency contact', person.emergencyContact ? `${person.emergencyContact.name} (${person.emergencyContact.relationship.toLowerCase()}), ${person.emergencyContact.phone}` : null],
          ['Work location', person.workLocation],
        ]}
      />
      {person.directReports.length > 0 && (
        <>
          <h3>Direct reports</h3>
          <ul>
            {person.directReports.map((report) => (
              <li key={report.id}>
                <Link to={`/people/${report.id}`}>{fullName(report)}</Link>, {report.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </PersonSection>
  );
}

const payPeriod = (frequency: string) => ({ ANNUAL: 'a year', MONTHLY: 'a month', HOURLY: 'an hour' })[frequency] ?? humanize(frequency);
