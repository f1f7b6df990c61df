import { useQuery } from '@apollo/client';
import { Link } from 'react-router-dom';
import type { MyBackOfficeTicketFieldsFragment as Ticket } from '../../graphql/graphql';
import { formatDateTime, humanize } from '../../ui/format';
import { PAGE_SIZE, Pager, useCursorPager } from '../../ui/Pager';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';
import { MyBackOfficeTicketsQuery } from './meDocuments';
import { ProblemReportForm } from './ProblemReportForm';
import { SupplyRequestForm } from './SupplyRequestForm';

// The viewer's dealings with IT: ask for supplies, report a problem, and follow their tickets
// (the server gives an employee only the tickets they asked for).
export function TicketsSection({ employeeId }: { employeeId: string }) {
  const pager = useCursorPager();
  // A new ticket is the newest: back to the first page, where it shows.
  const showNewest = () => pager.reset();
  return (
    <>
      <div className="me-forms">
        <SupplyRequestForm onSent={showNewest} />
        <ProblemReportForm onSent={showNewest} />
      </div>
      <TicketList employeeId={employeeId} pager={pager} />
    </>
  );
}

function TicketList({ employeeId, pager }: { employeeId: string; pager: ReturnType<typeof useCursorPager> }) {
  const tickets = useQuery(MyBackOfficeTicketsQuery, { variables: { requesterId: employeeId, first: PAGE_SIZE, after: pager.after } });
  const connection = (tickets.data ?? tickets.previousData)?.tickets;
  return (
    <>
      <h3>My tickets</h3>
      {!connection ? (
        tickets.error ? (
          <ErrorNotice error={tickets.error} retry={() => tickets.refetch()} />
        ) : (
          <Loading what="your tickets" />
        )
      ) : connection.edges.length === 0 ? (
        <Empty>You have no tickets. Ask for supplies or report a problem above.</Empty>
      ) : (
        <>
          <div className="me-table">
            <table>
              <caption>Your tickets, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Ticket</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Status</th>
                  <th scope="col">Opened</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node: ticket }) => (
                  <TicketRow key={ticket.id} ticket={ticket} />
                ))}
              </tbody>
            </table>
          </div>
          {(connection.pageInfo.hasNextPage || pager.pageNumber > 1) && <Pager pager={pager} pageInfo={connection.pageInfo} total={connection.totalCount} label="Tickets" />}
        </>
      )}
    </>
  );
}

function TicketRow({ ticket }: { ticket: Ticket }) {
  return (
    <tr>
      <td>
        <Link to={`/helpdesk/${ticket.id}`}>{ticket.number}</Link>
      </td>
      <td>{ticket.subject}</td>
      <td>{humanize(ticket.kind)}</td>
      <td>
        <span className="badge">{humanize(ticket.status)}</span>
        {ticket.resolution && <small> {humanize(ticket.resolution).toLowerCase()}</small>}
        {ticket.resolutionNote && <small> — {ticket.resolutionNote}</small>}
      </td>
      <td>{formatDateTime(ticket.openedAt)}</td>
    </tr>
  );
}
