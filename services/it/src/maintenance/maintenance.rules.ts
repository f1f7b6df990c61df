import { Conflict, staleVersion } from '@backoffice/platform/domain-errors';
import type { MaintenanceStatus, MaintenanceWindowRecord } from './maintenance.record';

// A window is planned, runs, and completes, or is cancelled before it completes; only a window
// that has not finished may be moved or change its impact.
const NEXT: Record<MaintenanceStatus, readonly MaintenanceStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export function requireWindowChange(window: MaintenanceWindowRecord, expectedVersion: number, status: MaintenanceStatus | null | undefined, reschedules: boolean): void {
  if (window.version !== expectedVersion) throw staleVersion('Maintenance window', window.id, expectedVersion, window.version);
  if (status && status !== window.status && !NEXT[window.status].includes(status)) {
    throw new Conflict(`The window cannot go from ${window.status} to ${status}: ${NEXT[window.status].length ? `it can go to ${NEXT[window.status].join(' or ')}` : 'it is over'}.`, { status: window.status, version: window.version });
  }
  if (reschedules && (window.status === 'COMPLETED' || window.status === 'CANCELLED')) throw new Conflict(`The window is ${window.status}: plan a new one instead.`, { status: window.status, version: window.version });
}
