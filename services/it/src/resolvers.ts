import type { Resolvers } from './__generated__/resolvers-types';
import { Asset, AssetAssignment, AssetHistoryEntry, Department, MonthlyEquipmentInUse, assetMutations, assetQueries, employeeAssets } from './assets/asset.resolvers';
import { License, LicenseSeat, employeeLicenses, licenseMutations, licenseQueries } from './licenses/license.resolvers';
import {
  AccessChange,
  AccessFinding,
  Employee,
  SystemAccount,
  SystemAccountChange,
  accessChangeQueries,
  accessReviewMutations,
  accessReviewQueries,
  systemAccountMutations,
} from './system-accounts/system-account.resolvers';
import { AccessBundle, EquipmentKitItem, accessBundleMutations, accessBundleQueries, departmentAccessBundle } from './access-bundles/access-bundle.resolvers';
import { systemMutations, systemQueries } from './systems/system.resolvers';
import { HelpdeskStats, Ticket, TicketComment, TicketItem, TicketSla, TicketTimelineEntry, employeeTickets, ticketMutations, ticketQueries } from './tickets/ticket.resolvers';
import { SupplyItem, supplyItemMutations, supplyItemQueries } from './supply-items/supply-item.resolvers';
import { MaintenanceWindow, maintenanceMutations, maintenanceQueries } from './maintenance/maintenance.resolvers';
import { Correlation, PublishedEvent } from './correlations/correlation.resolvers';

export const resolvers: Resolvers = {
  Query: { ...assetQueries, ...licenseQueries, ...systemQueries, ...accessBundleQueries, ...accessChangeQueries, ...accessReviewQueries, ...ticketQueries, ...supplyItemQueries, ...maintenanceQueries },
  Mutation: { ...assetMutations, ...licenseMutations, ...systemMutations, ...accessBundleMutations, ...systemAccountMutations, ...accessReviewMutations, ...ticketMutations, ...supplyItemMutations, ...maintenanceMutations },
  Employee: { ...Employee, ...employeeAssets, ...employeeLicenses, ...employeeTickets },
  Department: { ...Department, ...departmentAccessBundle },
  Asset,
  MonthlyEquipmentInUse,
  Correlation,
  PublishedEvent,
  AssetAssignment,
  AssetHistoryEntry,
  License,
  LicenseSeat,
  SystemAccount,
  SystemAccountChange,
  AccessBundle,
  EquipmentKitItem,
  AccessChange,
  AccessFinding,
  Ticket,
  TicketSla,
  TicketComment,
  TicketTimelineEntry,
  TicketItem,
  HelpdeskStats,
  SupplyItem,
  MaintenanceWindow,
};
