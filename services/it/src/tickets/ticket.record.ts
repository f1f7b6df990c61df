import type { slaTargets, ticketCategories, ticketKinds, ticketPriorities, ticketResolutions } from '@backoffice/events/it-events';

// Helpdesk tickets as IT keeps them. Instants (opened, answered, due) are business time.

export type TicketKind = (typeof ticketKinds)[number];
export type TicketCategory = (typeof ticketCategories)[number];
export type TicketPriority = (typeof ticketPriorities)[number];
export type TicketResolution = (typeof ticketResolutions)[number];
export type SlaTarget = (typeof slaTargets)[number];
export type TicketStatus = 'OPEN' | 'IN_PROGRESS' | 'WAITING' | 'RESOLVED' | 'CLOSED';

export type TicketRecord = {
  id: string;
  number: string;
  kind: TicketKind;
  // Null when the system opened it (a hire, a termination, low stock).
  requesterId: string | null;
  // Whom it is about: the requester, a joiner, a leaver; null for a restock.
  employeeId: string | null;
  category: TicketCategory;
  priority: TicketPriority;
  subject: string;
  description: string;
  assetId: string | null;
  system: string | null;
  status: TicketStatus;
  assigneeId: string | null;
  openedBy: string;
  openedAt: Date;
  dueOn: string | null;
  firstResponseDue: Date;
  resolutionDue: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  resolution: TicketResolution | null;
  resolutionNote: string | null;
  firstResponseMinutes: number | null;
  resolutionMinutes: number | null;
  supplyItem: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export type TicketCommentRecord = { id: string; ticketId: string; author: string; body: string; internal: boolean; at: Date };

export type TicketTimelineRecord = {
  ticketId: string;
  action: string;
  fromStatus: TicketStatus | null;
  toStatus: TicketStatus | null;
  actor: string;
  internal: boolean;
  details: Record<string, unknown>;
  at: Date;
};

export type TicketItemRecord = {
  id: string;
  ticketId: string;
  position: number;
  supplyItem: string | null;
  assetCategory: string | null;
  quantity: number;
  handedOut: number;
  assetId: string | null;
  // The ticket's kind and whom it is for, read with the line: a recovery line is done once the
  // asset is no longer with that person.
  ticketKind: TicketKind;
  ticketEmployeeId: string | null;
};

export type TicketPauseRecord = { ticketId: string; startedAt: Date; endedAt: Date | null };

export type TicketBreachRecord = { ticketId: string; target: SlaTarget; dueAt: Date };

// How a ticket stands against its targets, now.
export type TicketSlaRecord = {
  firstResponseDue: Date;
  resolutionDue: Date;
  firstResponseBreached: boolean;
  resolutionBreached: boolean;
  breached: boolean;
  // The resolution clock stands still (waiting on the requester, or resolved).
  paused: boolean;
  // Business minutes the resolution clock has stood still so far.
  pausedMinutes: number;
};

export type HelpdeskStatsRecord = {
  from: string;
  to: string;
  // Keyed by status and by priority.
  byStatus: Array<{ key: TicketStatus; count: number }>;
  byPriority: Array<{ key: TicketPriority; count: number }>;
  opened: number;
  resolved: number;
  breached: number;
  medianFirstResponseMinutes: number | null;
  medianResolutionMinutes: number | null;
};
