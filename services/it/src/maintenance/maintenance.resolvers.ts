import { guardedField } from '@backoffice/platform/access';
import type { MaintenanceWindowResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { itPolicy } from '../access/policy';
import { scheduleMaintenance } from './maintenance.commands/schedule-maintenance';
import { updateMaintenanceWindow } from './maintenance.commands/update-maintenance-window';
import { maintenanceWindows } from './maintenance.queries';

export const maintenanceQueries: Pick<QueryResolvers, 'maintenanceWindows'> = {
  // What changes when concerns everyone who uses the systems.
  maintenanceWindows: (_parent, args, { dataSource, clock }) => maintenanceWindows(dataSource, args, clock.now()),
};

export const maintenanceMutations: Pick<MutationResolvers, 'scheduleMaintenance' | 'updateMaintenanceWindow'> = {
  scheduleMaintenance: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'maintenance.manage');
    return scheduleMaintenance(modules, input, eventMetadata());
  },
  updateMaintenanceWindow: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'maintenance.manage');
    return updateMaintenanceWindow(modules, input, eventMetadata());
  },
};

export const MaintenanceWindow: Pick<MaintenanceWindowResolvers, 'startsAt' | 'endsAt' | 'plannedBy'> = {
  startsAt: (window) => window.startsAt.toISOString(),
  endsAt: (window) => window.endsAt.toISOString(),
  plannedBy: (window, _args, { principal }) => guardedField(itPolicy.can(principal, 'maintenance.manage'), () => itPolicy.refusal('maintenance.manage'), () => window.plannedBy),
};
