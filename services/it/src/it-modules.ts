import type { DataSource } from 'typeorm';
import type { Clock } from '@backoffice/platform/clock';

// What IT's commands run on: its database and the business clock (today, in the company's time zone).
export type ItModules = { dataSource: DataSource; clock: Clock };
