import { firstRow, rows, setClause, SqlParams, uuidsOnly, whereClause, type Sql } from '@backoffice/platform/sql';
import type {
  SlaTarget,
  TicketBreachRecord,
  TicketCategory,
  TicketCommentRecord,
  TicketItemRecord,
  TicketKind,
  TicketPauseRecord,
  TicketPriority,
  TicketRecord,
  TicketResolution,
  TicketStatus,
  TicketTimelineRecord,
} from './ticket.record';

// The only code that knows how tickets are stored. Business instants (opened, answered, due,
// paused) come from the service's clock and are passed in; created_at/updated_at are the
// database's real time.

const TICKET_COLUMNS = `t.id, t.number, t.kind, t.requester_id AS "requesterId", t.employee_id AS "employeeId", t.category, t.priority, t.subject, t.description,
  t.asset_id AS "assetId", t.system, t.status, t.assignee_id AS "assigneeId", t.opened_by AS "openedBy", t.opened_at AS "openedAt", t.due_on::text AS "dueOn",
  t.first_response_due AS "firstResponseDue", t.resolution_due AS "resolutionDue", t.first_responded_at AS "firstRespondedAt", t.resolved_at AS "resolvedAt",
  t.closed_at AS "closedAt", t.resolution, t.resolution_note AS "resolutionNote", t.first_response_minutes AS "firstResponseMinutes",
  t.resolution_minutes AS "resolutionMinutes", t.supply_item AS "supplyItem", t.version, t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

export async function ticketsByIds(db: Sql, ids: readonly string[]): Promise<TicketRecord[]> {
  return rows<TicketRecord>(db, `SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.id = ANY($1::uuid[])`, [uuidsOnly(ids)]);
}

// Locked until the transaction ends: two changes of one ticket take turns, the second sees the first.
export async function lockTicket(db: Sql, id: string): Promise<TicketRecord | undefined> {
  return firstRow<TicketRecord>(db, `SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.id = $1 FOR UPDATE`, [uuidsOnly([id])[0] ?? null]);
}

export async function ticketBySourceKey(db: Sql, sourceKey: string): Promise<TicketRecord | undefined> {
  return firstRow<TicketRecord>(db, `SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.source_key = $1 FOR UPDATE`, [sourceKey]);
}

// The fact behind a ticket was withdrawn: its key is kept with the ticket's id appended, so the
// same fact given again later opens a ticket of its own.
export async function releaseSourceKey(db: Sql, id: string): Promise<void> {
  await db.query(`UPDATE tickets SET source_key = source_key || '|withdrawn|' || id::text WHERE id = $1 AND source_key IS NOT NULL`, [id]);
}

export type NewTicket = Pick<
  TicketRecord,
  'kind' | 'requesterId' | 'employeeId' | 'category' | 'priority' | 'subject' | 'description' | 'assetId' | 'system' | 'openedBy' | 'openedAt' | 'dueOn' | 'firstResponseDue' | 'resolutionDue' | 'supplyItem'
> & { sourceKey: string | null };

// Inserts an OPEN ticket with the next number; undefined when its source key (one ticket per
// fact of another department) or its item's open restock ticket already exists.
export async function insertTicket(db: Sql, ticket: NewTicket): Promise<string | undefined> {
  const row = await firstRow<{ id: string }>(
    db,
    `INSERT INTO tickets (number, kind, requester_id, employee_id, category, priority, subject, description, asset_id, system, status, opened_by, opened_at, due_on,
       first_response_due, resolution_due, source_key, supply_item)
     VALUES ('TCK-' || lpad(nextval('ticket_numbers')::text, 6, '0'), $1, $2, $3, $4, $5, $6, $7, $8, $9, 'OPEN', $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      ticket.kind,
      ticket.requesterId,
      ticket.employeeId,
      ticket.category,
      ticket.priority,
      ticket.subject,
      ticket.description,
      ticket.assetId,
      ticket.system,
      ticket.openedBy,
      ticket.openedAt,
      ticket.dueOn,
      ticket.firstResponseDue,
      ticket.resolutionDue,
      ticket.sourceKey,
      ticket.supplyItem,
    ],
  );
  return row?.id;
}

// The open restock ticket of a catalogue item, if any (tickets_one_open_restock allows one).
export function openRestockTicket(db: Sql, supplyItem: string): Promise<TicketRecord | undefined> {
  return firstRow<TicketRecord>(db, `SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.kind = 'RESTOCK' AND t.supply_item = $1 AND t.status NOT IN ('RESOLVED', 'CLOSED')`, [supplyItem]);
}

export type TicketState = Partial<{
  status: TicketStatus;
  firstResponseDue: Date;
  assigneeId: string | null;
  firstRespondedAt: Date;
  firstResponseMinutes: number;
  resolutionDue: Date;
  resolvedAt: Date | null;
  resolution: TicketResolution | null;
  resolutionNote: string | null;
  resolutionMinutes: number | null;
  closedAt: Date;
}>;

// The ticket's new state; the version moves on by one.
export async function updateTicket(db: Sql, id: string, state: TicketState): Promise<void> {
  const params = new SqlParams([id]);
  const sets = setClause(params, state, {
    status: 'status',
    firstResponseDue: 'first_response_due',
    assigneeId: 'assignee_id',
    firstRespondedAt: 'first_responded_at',
    firstResponseMinutes: 'first_response_minutes',
    resolutionDue: 'resolution_due',
    resolvedAt: 'resolved_at',
    resolution: 'resolution',
    resolutionNote: 'resolution_note',
    resolutionMinutes: 'resolution_minutes',
    closedAt: 'closed_at',
  });
  await db.query(`UPDATE tickets SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`, params.values);
}

// --- Comments, timeline, pauses, items -----------------------------------------------------------

export async function insertComment(db: Sql, comment: Omit<TicketCommentRecord, 'id'>): Promise<void> {
  await db.query(`INSERT INTO ticket_comments (ticket_id, author, body, internal, at) VALUES ($1, $2, $3, $4, $5)`, [comment.ticketId, comment.author, comment.body, comment.internal, comment.at]);
}

export async function insertTimeline(db: Sql, entry: TicketTimelineRecord): Promise<void> {
  await db.query(`INSERT INTO ticket_timeline (ticket_id, action, from_status, to_status, actor, internal, details, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
    entry.ticketId,
    entry.action,
    entry.fromStatus,
    entry.toStatus,
    entry.actor,
    entry.internal,
    JSON.stringify(entry.details),
    entry.at,
  ]);
}

export async function startPause(db: Sql, ticketId: string, at: Date): Promise<void> {
  await db.query(`INSERT INTO ticket_pauses (ticket_id, started_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [ticketId, at]);
}

export async function endPause(db: Sql, ticketId: string, at: Date): Promise<void> {
  // A pause never ends before it started, whatever a moved clock says.
  await db.query(`UPDATE ticket_pauses SET ended_at = greatest($2::timestamptz, started_at) WHERE ticket_id = $1 AND ended_at IS NULL`, [ticketId, at]);
}

export function commentsOf(db: Sql, ticketIds: readonly string[]): Promise<TicketCommentRecord[]> {
  return rows<TicketCommentRecord>(db, `SELECT id::text, ticket_id AS "ticketId", author, body, internal, at FROM ticket_comments WHERE ticket_id = ANY($1::uuid[]) ORDER BY ticket_id, id`, [
    uuidsOnly(ticketIds),
  ]);
}

export function timelineOf(db: Sql, ticketIds: readonly string[]): Promise<TicketTimelineRecord[]> {
  return rows<TicketTimelineRecord>(
    db,
    `SELECT ticket_id AS "ticketId", action, from_status AS "fromStatus", to_status AS "toStatus", actor, internal, details, at FROM ticket_timeline WHERE ticket_id = ANY($1::uuid[]) ORDER BY ticket_id, id`,
    [uuidsOnly(ticketIds)],
  );
}

export function pausesOf(db: Sql, ticketIds: readonly string[]): Promise<TicketPauseRecord[]> {
  return rows<TicketPauseRecord>(db, `SELECT ticket_id AS "ticketId", started_at AS "startedAt", ended_at AS "endedAt" FROM ticket_pauses WHERE ticket_id = ANY($1::uuid[]) ORDER BY ticket_id, started_at`, [
    uuidsOnly(ticketIds),
  ]);
}

const ITEM_COLUMNS = `i.id, i.ticket_id AS "ticketId", i.position, i.supply_item AS "supplyItem", i.asset_category AS "assetCategory", i.quantity, i.handed_out AS "handedOut",
  i.asset_id AS "assetId", t.kind AS "ticketKind", t.employee_id AS "ticketEmployeeId"`;

export function itemsOf(db: Sql, ticketIds: readonly string[]): Promise<TicketItemRecord[]> {
  return rows<TicketItemRecord>(db, `SELECT ${ITEM_COLUMNS} FROM ticket_items i JOIN tickets t ON t.id = i.ticket_id WHERE i.ticket_id = ANY($1::uuid[]) ORDER BY i.ticket_id, i.position`, [
    uuidsOnly(ticketIds),
  ]);
}

export type NewTicketItem = { supplyItem: string | null; assetCategory: string | null; quantity: number; assetId: string | null };

export async function insertItems(db: Sql, ticketId: string, items: readonly NewTicketItem[]): Promise<void> {
  if (!items.length) return;
  await db.query(
    `INSERT INTO ticket_items (ticket_id, position, supply_item, asset_category, quantity, asset_id)
     SELECT $1, position, supply_item, asset_category, quantity, asset_id
     FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::uuid[]) AS i(position, supply_item, asset_category, quantity, asset_id)`,
    [ticketId, items.map((_, index) => index + 1), items.map((item) => item.supplyItem), items.map((item) => item.assetCategory), items.map((item) => item.quantity), items.map((item) => item.assetId)],
  );
}

export async function recordHandedOut(db: Sql, itemId: string, quantity: number, assetId: string | null): Promise<void> {
  await db.query(`UPDATE ticket_items SET handed_out = handed_out + $2, asset_id = COALESCE($3, asset_id) WHERE id = $1`, [itemId, quantity, assetId]);
}

// --- The queue -------------------------------------------------------------------------------------

export type TicketFilter = {
  status: TicketStatus[] | null;
  priority: TicketPriority[] | null;
  category: TicketCategory | null;
  kind: TicketKind | null;
  assigneeId: string | null;
  requesterId: string | null;
  breached: boolean | null;
  search: string | null;
};

export type TicketOrder = 'NEWEST' | 'OLDEST' | 'PRIORITY' | 'RESOLUTION_DUE';

// What each value of an order's key is: a priority's rank (1 for CRITICAL to 4 for LOW), an
// instant, a ticket id.
export type OrderKeyPart = 'rank' | 'instant' | 'id';
const CASTS: Record<OrderKeyPart, string> = { rank: 'int', instant: 'timestamptz', id: 'uuid' };

// Every order is a keyset over a tuple compared in one direction, so a page after a cursor is
// one index-friendly comparison: the cursor carries the tuple's values.
const ORDERS: Record<TicketOrder, { columns: string[]; direction: 'ASC' | 'DESC'; parts: OrderKeyPart[] }> = {
  NEWEST: { columns: ['t.opened_at', 't.id'], direction: 'DESC', parts: ['instant', 'id'] },
  OLDEST: { columns: ['t.opened_at', 't.id'], direction: 'ASC', parts: ['instant', 'id'] },
  PRIORITY: {
    columns: [`array_position(ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], t.priority)`, 't.opened_at', 't.id'],
    direction: 'ASC',
    parts: ['rank', 'instant', 'id'],
  },
  RESOLUTION_DUE: { columns: ['t.resolution_due', 't.id'], direction: 'ASC', parts: ['instant', 'id'] },
};

// Missed a target, or is past one now (`now` is the business clock's): what slaOf says, and a
// breach recorded. A cancelled ticket is no resolution breach (resolutionTimed); a waiting one
// is if its due time had passed when it stood still. A comparison with a time not there yet is
// NULL: IS TRUE makes the whole true or false, so NOT (not breached) keeps those tickets too.
const BREACHED = (now: string) => `((EXISTS (SELECT 1 FROM ticket_sla_breaches b WHERE b.ticket_id = t.id AND (b.target = 'FIRST_RESPONSE' OR t.resolution IS DISTINCT FROM 'CANCELLED'))
  OR (t.first_responded_at IS NULL AND t.status IN ('OPEN', 'IN_PROGRESS', 'WAITING') AND t.first_response_due < ${now})
  OR (t.status IN ('OPEN', 'IN_PROGRESS') AND t.resolution_due < ${now})
  OR (t.status = 'WAITING' AND EXISTS (SELECT 1 FROM ticket_pauses p WHERE p.ticket_id = t.id AND p.ended_at IS NULL AND p.started_at > t.resolution_due))
  OR t.first_responded_at > t.first_response_due
  OR (t.resolved_at > t.resolution_due AND t.resolution IS DISTINCT FROM 'CANCELLED')) IS TRUE)`;

function filterClauses(params: SqlParams, filter: TicketFilter, now: Date): string[] {
  const clauses: string[] = [];
  if (filter.status?.length) clauses.push(`t.status = ANY(${params.add(filter.status)}::text[])`);
  if (filter.priority?.length) clauses.push(`t.priority = ANY(${params.add(filter.priority)}::text[])`);
  if (filter.category) clauses.push(`t.category = ${params.add(filter.category)}`);
  if (filter.kind) clauses.push(`t.kind = ${params.add(filter.kind)}`);
  if (filter.assigneeId) clauses.push(`t.assignee_id = ${params.add(filter.assigneeId)}::uuid`);
  if (filter.requesterId) clauses.push(`t.requester_id = ${params.add(filter.requesterId)}::uuid`);
  if (filter.breached !== null) clauses.push(`${filter.breached ? '' : 'NOT '}${BREACHED(`${params.add(now)}::timestamptz`)}`);
  if (filter.search) {
    const pattern = params.add(`%${filter.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
    clauses.push(`(t.number ILIKE ${pattern} OR t.subject ILIKE ${pattern} OR t.description ILIKE ${pattern})`);
  }
  return clauses;
}

export function orderKeyOf(ticket: TicketRecord, order: TicketOrder): string[] {
  switch (order) {
    case 'PRIORITY':
      return [String(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'].indexOf(ticket.priority) + 1), ticket.openedAt.toISOString(), ticket.id];
    case 'RESOLUTION_DUE':
      return [ticket.resolutionDue.toISOString(), ticket.id];
    default:
      return [ticket.openedAt.toISOString(), ticket.id];
  }
}

// One row more than asked, to know whether a page follows.
export async function listTickets(db: Sql, filter: TicketFilter, order: TicketOrder, after: string[] | null, limit: number, now: Date): Promise<TicketRecord[]> {
  const params = new SqlParams();
  const clauses = filterClauses(params, filter, now);
  const { columns, direction, parts } = ORDERS[order];
  if (after) {
    const values = after.map((value, index) => `${params.add(value)}::${CASTS[parts[index]!]}`);
    clauses.push(`(${columns.join(', ')}) ${direction === 'DESC' ? '<' : '>'} (${values.join(', ')})`);
  }
  return rows<TicketRecord>(
    db,
    `SELECT ${TICKET_COLUMNS} FROM tickets t ${whereClause(clauses)} ORDER BY ${columns.map((column) => `${column} ${direction}`).join(', ')} LIMIT ${params.add(limit)}`,
    params.values,
  );
}

export const orderKeyParts = (order: TicketOrder): readonly OrderKeyPart[] => ORDERS[order].parts;

export async function countTickets(db: Sql, filter: TicketFilter, now: Date): Promise<number> {
  const params = new SqlParams();
  const found = await firstRow<{ n: number }>(db, `SELECT count(*)::int AS n FROM tickets t ${whereClause(filterClauses(params, filter, now))}`, params.values);
  return found!.n;
}

export function ticketsRequestedBy(db: Sql, requesterIds: readonly string[], statuses: readonly TicketStatus[] | null): Promise<TicketRecord[]> {
  return rows<TicketRecord>(
    db,
    `SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.requester_id = ANY($1::uuid[]) AND ($2::text[] IS NULL OR t.status = ANY($2::text[])) ORDER BY t.requester_id, t.opened_at DESC, t.id DESC`,
    [uuidsOnly(requesterIds), statuses],
  );
}

// Tickets still running whose clocks may cross a day: opened before it ends, due after it starts. Locked.
export function ticketsRunningAcross(db: Sql, dayStart: Date, dayEnd: Date): Promise<TicketRecord[]> {
  return rows<TicketRecord>(
    db,
    `SELECT ${TICKET_COLUMNS} FROM tickets t
     WHERE t.status IN ('OPEN', 'IN_PROGRESS', 'WAITING') AND t.opened_at < $2
       AND ((t.first_responded_at IS NULL AND t.first_response_due > $1) OR t.resolution_due > $1)
     ORDER BY t.id FOR UPDATE`,
    [dayStart, dayEnd],
  );
}

// --- SLA breaches and closing ------------------------------------------------------------------------

// Records a breach once per ticket and target; true only for the one call that recorded it.
export async function recordBreach(db: Sql, breach: TicketBreachRecord): Promise<boolean> {
  const row = await firstRow<{ ticketId: string }>(db, `INSERT INTO ticket_sla_breaches (ticket_id, target, due_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING ticket_id AS "ticketId"`, [
    breach.ticketId,
    breach.target,
    breach.dueAt,
  ]);
  return row !== undefined;
}

// Tickets past a target now without a breach recorded for it, locked (another replica skips them).
export function dueBreaches(db: Sql, now: Date, limit: number): Promise<Array<TicketRecord & { target: SlaTarget }>> {
  return rows(
    db,
    `SELECT ${TICKET_COLUMNS}, due.target FROM tickets t
     CROSS JOIN LATERAL (VALUES
       ('FIRST_RESPONSE', t.first_responded_at IS NULL AND t.status IN ('OPEN', 'IN_PROGRESS', 'WAITING') AND t.first_response_due < $1),
       ('RESOLUTION', t.status IN ('OPEN', 'IN_PROGRESS') AND t.resolution_due < $1)
     ) AS due(target, past)
     WHERE due.past AND NOT EXISTS (SELECT 1 FROM ticket_sla_breaches b WHERE b.ticket_id = t.id AND b.target = due.target)
     ORDER BY t.opened_at, t.id LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
    [now, limit],
  );
}

export function resolvedBefore(db: Sql, cutoff: Date, limit: number): Promise<TicketRecord[]> {
  return rows<TicketRecord>(db, `SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.status = 'RESOLVED' AND t.resolved_at < $1 ORDER BY t.resolved_at LIMIT $2 FOR UPDATE SKIP LOCKED`, [cutoff, limit]);
}

// --- The manager's figures ---------------------------------------------------------------------------

export async function statsBetween(db: Sql, from: Date, to: Date, now: Date) {
  const [counts, medians] = await Promise.all([
    rows<{ status: TicketStatus; priority: TicketPriority; count: number; breached: number }>(
      db,
      `SELECT t.status, t.priority, count(*)::int AS count, count(*) FILTER (WHERE ${BREACHED('$3::timestamptz')})::int AS breached
       FROM tickets t WHERE t.opened_at >= $1 AND t.opened_at < $2 GROUP BY t.status, t.priority`,
      [from, to, now],
    ),
    firstRow<{ firstResponse: number | null; resolution: number | null; resolved: number }>(
      db,
      `SELECT
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_minutes) FROM tickets WHERE first_responded_at >= $1 AND first_responded_at < $2) AS "firstResponse",
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution_minutes) FROM tickets WHERE resolved_at >= $1 AND resolved_at < $2) AS resolution,
         (SELECT count(*)::int FROM tickets WHERE resolved_at >= $1 AND resolved_at < $2) AS resolved`,
      [from, to],
    ),
  ]);
  return { counts, medians: medians! };
}
