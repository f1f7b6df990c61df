import type { TicketPageTicketFragment } from '../../graphql/graphql';
import { formatDateTime, humanize } from '../../ui/format';
import { Empty } from '../../ui/Status';
import { ActorName } from './people';

type Entry = TicketPageTicketFragment['timeline'][number];

// Every change to the ticket, oldest first: who did what, and how its status moved.
export function TicketHistory({ ticket }: { ticket: TicketPageTicketFragment }) {
  // Hand-outs name the catalogue item by its code; the ticket's lines know its name.
  const itemNames = new Map(ticket.items.flatMap((item) => (item.supplyItem ? [[item.supplyItem.code, item.supplyItem.name] as const] : [])));
  return (
    <section aria-labelledby="ticket-history-heading" className="helpdesk-section">
      <h2 id="ticket-history-heading">History</h2>
      {ticket.timeline.length === 0 ? (
        <Empty>Nothing has happened to it yet.</Empty>
      ) : (
        <div className="helpdesk-table">
          <table>
            <caption>History, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {ticket.timeline.map((entry, index) => (
                // Entries have no id of their own; their order never changes (history only grows).
                <tr key={`${entry.at}-${entry.action}-${index}`}>
                  <td>{formatDateTime(entry.at)}</td>
                  <td>
                    <ActorName actor={entry.actor} />
                  </td>
                  <td>
                    <EntryWhat entry={entry} itemNames={itemNames} />
                  </td>
                  <td>{entry.fromStatus || entry.toStatus ? `${humanize(entry.fromStatus)} → ${humanize(entry.toStatus)}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type Details = { to?: unknown; item?: unknown; quantity?: unknown; category?: unknown; target?: unknown; internal?: unknown };

function parseDetails(details: string): Details {
  try {
    const parsed: unknown = JSON.parse(details);
    return parsed && typeof parsed === 'object' ? (parsed as Details) : {};
  } catch {
    return {};
  }
}

// The action in words, with what the details say about it where that helps a reader.
const actionLabels: Record<string, string> = {
  STARTED: 'Started work',
  WAITING: 'Asked the requester and waits',
  RESUMED: 'Work resumed',
  HANDED_OUT: 'Handed out',
};

function EntryWhat({ entry, itemNames }: { entry: Entry; itemNames: ReadonlyMap<string, string> }) {
  const details = parseDetails(entry.details);
  const label = actionLabels[entry.action] ?? humanize(entry.action);
  if (entry.action === 'ASSIGNED' && typeof details.to === 'string') {
    return (
      <>
        Assigned to <ActorName actor={details.to} />
      </>
    );
  }
  if (entry.action === 'HANDED_OUT' && typeof details.item === 'string') return <>Handed out {String(details.quantity ?? 1)} × {itemNames.get(details.item) ?? details.item}</>;
  if (entry.action === 'HANDED_OUT' && typeof details.category === 'string') return <>Handed over a {humanize(details.category).toLowerCase()}</>;
  if (entry.action === 'SLA_BREACHED') return <>SLA breached{typeof details.target === 'string' ? ` (${humanize(details.target).toLowerCase()})` : ''}</>;
  if (entry.action === 'COMMENTED' && details.internal === true) return <>Added an internal note</>;
  return <>{label}</>;
}
