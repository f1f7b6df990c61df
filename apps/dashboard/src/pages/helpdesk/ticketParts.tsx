import { graphql } from '../../graphql';
import type { TicketKind, TicketPriority, TicketStatus } from '../../graphql/graphql';
import { formatDateTime, humanize } from '../../ui/format';

// Words and small pieces the queue and a ticket's page share.

export const ticketStatuses: TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'];
export const ticketPriorities: TicketPriority[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

// Not yet resolved: what the overview counts as "open" and links here with.
export const unresolvedStatuses: TicketStatus[] = ['OPEN', 'IN_PROGRESS', 'WAITING'];

const kindLabels: Record<TicketKind, string> = {
  REQUEST: 'Incident or request',
  SUPPLY: 'Supply request',
  EQUIPMENT: "Joiner's kit",
  RECOVERY: 'Equipment recovery',
  RESTOCK: 'Restock',
};

export const kindLabel = (kind: TicketKind) => kindLabels[kind] ?? humanize(kind);

export const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

export const isTicketStatus = (value: string | null): value is TicketStatus => ticketStatuses.includes(value as TicketStatus);
export const isTicketPriority = (value: string | null): value is TicketPriority => ticketPriorities.includes(value as TicketPriority);

// The priority in words; the urgent ones stand out, but the word says it too.
export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  return <span className={priority === 'CRITICAL' ? 'badge danger' : 'badge'}>{humanize(priority)}</span>;
}

export function StatusText({ status }: { status: TicketStatus }) {
  return <span className="badge">{humanize(status)}</span>;
}

// One selection of a ticket's SLA for the queue and the ticket's page alike: the cache keeps the
// SLA inside its ticket, and two pages asking for different parts of it would overwrite each other.
export const HelpdeskTicketSlaFragment = graphql(`
  fragment HelpdeskTicketSla on TicketSla {
    firstResponseDue
    resolutionDue
    firstResponseBreached
    resolutionBreached
    breached
    paused
    pausedFor
  }
`);

type Sla = { resolutionDue: string; breached: boolean; paused: boolean; firstResponseBreached: boolean; resolutionBreached: boolean };

// When the resolution is due, and whether a target was missed, in words (not colour alone).
export function SlaSummary({ sla, status }: { sla: Sla; status: TicketStatus }) {
  const finished = status === 'RESOLVED' || status === 'CLOSED';
  return (
    <>
      {!finished && <span>{formatDateTime(sla.resolutionDue)}</span>}
      {sla.breached ? (
        <>
          {' '}
          <span className="badge danger">SLA breached</span>
        </>
      ) : finished ? (
        <span>Met</span>
      ) : null}
      {!finished && sla.paused && <small> (clock paused)</small>}
    </>
  );
}

// Business minutes read as hours and minutes.
export function formatBusinessMinutes(minutes: number | null | undefined): string {
  if (minutes == null) return '—';
  const rounded = Math.round(minutes);
  if (rounded < 60) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

// A ticket's line by its catalogue item, or by the asset category a joiner's kit asks for.
export const itemName = (item: { supplyItem?: { name: string } | null; assetCategory?: string | null }) => item.supplyItem?.name ?? humanize(item.assetCategory);
