// Planned upgrades and outages of the company's systems.
export type MaintenanceImpact = 'NONE' | 'DEGRADED' | 'OUTAGE';
export type MaintenanceStatus = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';

export type MaintenanceWindowRecord = {
  id: string;
  system: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  impact: MaintenanceImpact;
  status: MaintenanceStatus;
  plannedBy: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};
