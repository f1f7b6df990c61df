import type { DataSource } from 'typeorm';
import type { Clock } from '@backoffice/platform/clock';
import type { ItConfig } from './config';
import { helpdeskSettingsFrom, type HelpdeskSettings } from './helpdesk-settings';

// What IT's commands run on: its database, the business clock (today, in the company's time zone)
// and the helpdesk's hours and targets.
export type ItModules = { dataSource: DataSource; clock: Clock; helpdesk: HelpdeskSettings };

export function itModulesOf({ dataSource, config }: { dataSource: DataSource; config: ItConfig }): ItModules {
  return { dataSource, clock: config.clock, helpdesk: helpdeskSettingsFrom(config.extra) };
}
