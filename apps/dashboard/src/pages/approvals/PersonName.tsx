import { useQuery } from '@apollo/client';
import { useViewer } from '../../auth/session';
import { graphql } from '../../graphql';

const ApprovalsPersonNameQuery = graphql(`
  query ApprovalsPersonName($id: ID!) {
    employee(id: $id) {
      id
      firstName
      lastName
    }
  }
`);

// Accounting records who prepared a draft or run by HR's employee id; this reads it as a name
// ("you" for the viewer, whose own work a second person must approve).
export function PersonName({ id }: { id: string }) {
  const viewer = useViewer();
  const isViewer = id === viewer.employeeId;
  const { data, loading } = useQuery(ApprovalsPersonNameQuery, { variables: { id }, skip: isViewer });
  if (isViewer) return <>You</>;
  if (loading && !data) return <span aria-busy="true">…</span>;
  const person = data?.employee;
  // Someone the records cannot name (a service account, a removed record): the id as recorded.
  return <>{person ? `${person.firstName} ${person.lastName}` : id}</>;
}
