import { useQuery } from '@apollo/client';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { hasRole } from '../../auth/access';
import { useViewer } from '../../auth/session';
import type { TicketPageTicketFragment } from '../../graphql/graphql';
import { visibleErrors } from '../../ui/errors';
import { formatDate, formatDateTime, humanize } from '../../ui/format';
import { ErrorNotice, Loading, Success } from '../../ui/Status';
import { TicketActions } from './TicketActions';
import { TicketComments } from './TicketComments';
import { TicketHistory } from './TicketHistory';
import type { CommandContext } from './ticketCommand';
import { TicketPageQuery, TicketPageSupplyStockQuery } from './ticketDocuments';
import { PeopleNamesProvider } from './people';
import { PriorityBadge, SlaSummary, StatusText, fullName, itemName, kindLabel } from './ticketParts';
import './helpdesk.css';

type Ticket = TicketPageTicketFragment;

// One ticket: what it is about, what it asks for, its comments and its history. IT and the
// manager work on it from here; its requester follows it, answers and may reopen or close it.
export function TicketPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const worker = hasRole(viewer.roles, 'IT', 'MANAGER');
  const { data, loading, error, refetch } = useQuery(TicketPageQuery, { variables: { id } });
  const [notice, setNotice] = useState<string | null>(null);
  const ticket = data?.ticket;
  const back = worker ? <Link to="/helpdesk">Back to the helpdesk queue</Link> : <Link to="/me?tab=tickets">Back to my tickets</Link>;

  if (!ticket) {
    const denied = error?.graphQLErrors.some((entry) => entry.extensions?.code === 'FORBIDDEN' && entry.path?.[0] === 'ticket');
    return (
      <section>
        <p>{back}</p>
        <h1>Ticket</h1>
        {loading ? (
          <Loading what="the ticket" />
        ) : denied ? (
          <p>This ticket is not yours to see: only its requester, IT and the manager may.</p>
        ) : error ? (
          <ErrorNotice error={error} retry={() => refetch()} />
        ) : (
          <p>There is no ticket with this id.</p>
        )}
      </section>
    );
  }

  const failures = visibleErrors(error?.graphQLErrors);
  const context: CommandContext = { onDone: setNotice, refetch: () => refetch() };
  const isRequester = !!viewer.employeeId && ticket.requester?.id === viewer.employeeId;
  return (
    <PeopleNamesProvider people={[ticket.requester, ticket.employee, ticket.assignee]}>
      <p>{back}</p>
      <h1>{ticket.subject}</h1>
      <p className="muted">
        {ticket.number} · {kindLabel(ticket.kind)} · {humanize(ticket.category)}
      </p>
      {failures.length > 0 && <ErrorNotice error={error} retry={() => refetch()} />}
      {notice && <Success>{notice}</Success>}
      <TicketFacts ticket={ticket} linkPeople={worker} />
      <section aria-labelledby="ticket-description-heading" className="helpdesk-section">
        <h2 id="ticket-description-heading">Description</h2>
        <p className="ticket-description">{ticket.description}</p>
        {ticket.resolution && (
          <p>
            <strong>Resolution: {humanize(ticket.resolution)}.</strong> {ticket.resolutionNote}
          </p>
        )}
      </section>
      {ticket.items.length > 0 && <TicketItems ticket={ticket} />}
      {(worker || isRequester) && <TicketActions ticket={ticket} worker={worker} viewerId={viewer.employeeId} context={context} />}
      <TicketComments ticket={ticket} worker={worker} canComment={worker || isRequester} isRequester={isRequester} context={context} />
      <TicketHistory ticket={ticket} />
    </PeopleNamesProvider>
  );
}

function TicketFacts({ ticket, linkPeople }: { ticket: Ticket; linkPeople: boolean }) {
  const person = (someone: { id: string; firstName: string; lastName: string } | null | undefined) =>
    someone ? linkPeople ? <Link to={`/people/${someone.id}`}>{fullName(someone)}</Link> : fullName(someone) : null;
  const facts: Array<[string, ReactNode]> = [
    ['Status', <StatusText key="status" status={ticket.status} />],
    ['Priority', <PriorityBadge key="priority" priority={ticket.priority} />],
    ['Requester', person(ticket.requester) ?? 'Opened by the system'],
    ['For', ticket.employee && ticket.employee.id !== ticket.requester?.id ? person(ticket.employee) : null],
    ['Assignee', person(ticket.assignee) ?? 'Unassigned'],
    ['System', ticket.system],
    ['Asset', ticket.asset?.tag],
    ['Opened', formatDateTime(ticket.openedAt)],
    ['First answer', ticket.firstRespondedAt ? formatDateTime(ticket.firstRespondedAt) : null],
    ['First answer due', ticket.firstRespondedAt ? null : formatDateTime(ticket.sla.firstResponseDue)],
    [ticket.status === 'RESOLVED' || ticket.status === 'CLOSED' ? 'SLA' : 'Resolution due', <SlaSummary key="sla" sla={ticket.sla} status={ticket.status} />],
    ['Work due', ticket.dueOn ? formatDate(ticket.dueOn) : null],
    ['Resolved', ticket.resolvedAt ? formatDateTime(ticket.resolvedAt) : null],
    ['May be reopened until', ticket.status === 'RESOLVED' && ticket.reopenableUntil ? formatDateTime(ticket.reopenableUntil) : null],
    ['Closed', ticket.closedAt ? formatDateTime(ticket.closedAt) : null],
  ];
  return (
    <dl className="ticket-facts">
      {facts
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

// What the ticket asks for (supplies, a joiner's kit) or lists (a leaver's equipment).
function TicketItems({ ticket }: { ticket: Ticket }) {
  // Stock is IT's and the manager's to see: a requester's page does not ask for it.
  const { roles } = useViewer();
  const supplies = useQuery(TicketPageSupplyStockQuery, { skip: !hasRole(roles, 'IT', 'MANAGER') });
  const stockOf = (code: string | undefined) => supplies.data?.supplyItems.find((supply) => supply.code === code)?.stock;
  const showStock = ticket.items.some((item) => stockOf(item.supplyItem?.code) != null);
  return (
    <section aria-labelledby="ticket-items-heading" className="helpdesk-section">
      <h2 id="ticket-items-heading">{ticket.kind === 'RECOVERY' ? 'Equipment to bring back' : 'What it asks for'}</h2>
      <div className="helpdesk-table">
        <table>
          <caption>Items</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col" className="number">
                Asked
              </th>
              <th scope="col" className="number">
                {ticket.kind === 'RECOVERY' ? 'Back' : 'Handed out'}
              </th>
              <th scope="col">Asset</th>
              {showStock && (
                <th scope="col" className="number">
                  In stock
                </th>
              )}
              <th scope="col">Done</th>
            </tr>
          </thead>
          <tbody>
            {ticket.items.map((item) => (
              <tr key={item.id}>
                <td>{itemName(item)}</td>
                <td className="number">{item.quantity}</td>
                <td className="number">{item.handedOut}</td>
                <td>{item.asset?.tag ?? '—'}</td>
                {showStock && <td className="number">{stockOf(item.supplyItem?.code) ?? '—'}</td>}
                <td>{item.done ? 'Yes' : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
