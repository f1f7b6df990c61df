import { guardedField } from '@backoffice/platform/access';
import type { Principal } from '@backoffice/platform/identity';
import { yearInput } from '@backoffice/platform/month-ends';
import type { Sql } from '@backoffice/platform/sql';
import { parseInput } from '@backoffice/platform/validation';
import type {
  AssetAssignmentResolvers,
  AssetHistoryEntryResolvers,
  AssetResolvers,
  DepartmentResolvers,
  EmployeeResolvers,
  MonthlyEquipmentInUseResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../__generated__/resolvers-types';
import { itPolicy } from '../access/policy';
import { assignAsset } from './asset.commands/assign-asset';
import { markAssetLost } from './asset.commands/mark-asset-lost';
import { registerAsset } from './asset.commands/register-asset';
import { retireAsset } from './asset.commands/retire-asset';
import { returnAsset } from './asset.commands/return-asset';
import { sendToRepair } from './asset.commands/send-to-repair';
import { assetPage, equipmentInUseByMonth } from './asset.queries';
import type { AssetRecord } from './asset.record';
import * as assets from './asset.repository';

// An asset is IT's and MANAGER's to see, and its holder's: anyone else is refused, never told
// whether it exists.
function visible(asset: AssetRecord | null | undefined, principal: Principal): AssetRecord | null {
  if (!asset) return itPolicy.can(principal, 'asset.readAll') ? null : refuse();
  if (asset.holderId ? itPolicy.canFor(principal, 'asset.read', { employeeId: asset.holderId }) : itPolicy.can(principal, 'asset.readAll')) return asset;
  return refuse();
}
const refuse = (): never => {
  throw itPolicy.refusal('asset.read');
};

export const assetQueries: Pick<QueryResolvers, 'assets' | 'asset' | 'assetByTag' | 'assetCategories' | 'assetModels' | 'equipmentInUseByMonth'> = {
  equipmentInUseByMonth: async (_parent, { year, departmentId }, { principal, dataSource, clock }) => {
    itPolicy.require(principal, 'asset.readAll');
    return (await equipmentInUseByMonth(dataSource, parseInput(yearInput, year, 'year'), clock.today())).filter((row) => !departmentId || row.departmentId === departmentId);
  },
  assets: (_parent, args, { principal, dataSource }) => {
    itPolicy.require(principal, 'asset.readAll');
    return assetPage(dataSource, args);
  },
  asset: async (_parent, { id }, { principal, loaders }) => visible(await loaders.asset.load(id), principal),
  assetByTag: async (_parent, { tag }, { principal, dataSource }) => visible(await assets.assetByTag(dataSource, tag), principal),
  // Reference data: anyone signed in.
  assetCategories: (_parent, _args, { dataSource }) => assets.categories(dataSource),
  assetModels: (_parent, { category }, { principal, dataSource }) => {
    itPolicy.require(principal, 'asset.readAll');
    return assets.models(dataSource as Sql, category ?? null);
  },
};

export const assetMutations: Pick<MutationResolvers, 'registerAsset' | 'assignAsset' | 'returnAsset' | 'sendToRepair' | 'markAssetLost' | 'retireAsset'> = {
  registerAsset: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'asset.manage');
    return registerAsset(modules, input, eventMetadata());
  },
  assignAsset: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'asset.manage');
    return assignAsset(modules, input, eventMetadata());
  },
  returnAsset: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'asset.manage');
    return returnAsset(modules, input, eventMetadata());
  },
  sendToRepair: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'asset.manage');
    return sendToRepair(modules, input, eventMetadata());
  },
  markAssetLost: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'asset.manage');
    return markAssetLost(modules, input, eventMetadata());
  },
  retireAsset: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'asset.manage');
    return retireAsset(modules, input, eventMetadata());
  },
};

const readAll = (principal: Principal) => itPolicy.can(principal, 'asset.readAll');
const refusedAll = () => itPolicy.refusal('asset.readAll');

export const Asset: AssetResolvers = {
  // Async, so a refusal is this representation's alone.
  __resolveReference: async (reference, { principal, loaders }) => visible(await loaders.asset.load(reference.id), principal),
  purchaseCost: (asset) => ({ amount: asset.purchaseCost, currency: asset.currency }),
  notes: (asset, _args, { principal }) => guardedField(readAll(principal), refusedAll, () => asset.notes),
  holder: (asset) => (asset.holderId ? { id: asset.holderId } : null),
  currentAssignment: async (asset, _args, { loaders }) => (asset.holderId ? ((await loaders.openAssignment.load(asset.id))[0] ?? null) : null),
  assignments: (asset, _args, { principal, loaders }) => guardedField(readAll(principal), refusedAll, () => loaders.assignments.load(asset.id)),
  history: (asset, _args, { principal, loaders }) => guardedField(readAll(principal), refusedAll, () => loaders.assetHistory.load(asset.id)),
  createdAt: (asset) => asset.createdAt.toISOString(),
  updatedAt: (asset) => asset.updatedAt.toISOString(),
};

export const AssetAssignment: Pick<AssetAssignmentResolvers, 'employee'> = {
  employee: (assignment) => ({ id: assignment.employeeId }),
};

export const AssetHistoryEntry: Pick<AssetHistoryEntryResolvers, 'employee' | 'at'> = {
  employee: (entry) => (entry.employeeId ? { id: entry.employeeId } : null),
  at: (entry) => entry.at.toISOString(),
};

// IT's fields on HR's Employee and Department.
export const employeeAssets: Pick<EmployeeResolvers, 'assets'> = {
  assets: (employee, _args, { principal, loaders }) =>
    guardedField(itPolicy.canFor(principal, 'asset.read', { employeeId: employee.id }), () => itPolicy.refusal('asset.read'), () => loaders.assetsOfHolder.load(employee.id)),
};

export const MonthlyEquipmentInUse: MonthlyEquipmentInUseResolvers = {
  department: (row) => (row.departmentId ? { id: row.departmentId } : null),
};

export const Department: DepartmentResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  assetsInUse: (department, _args, { principal, loaders }) => guardedField(readAll(principal), refusedAll, () => loaders.assetsInUse.load(department.id)),
};
