import type { Resolvers } from './__generated__/resolvers-types';
import { Asset, AssetAssignment, AssetHistoryEntry, Department, assetMutations, assetQueries, employeeAssets } from './assets/asset.resolvers';
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

export const resolvers: Resolvers = {
  Query: { ...assetQueries, ...licenseQueries, ...systemQueries, ...accessBundleQueries, ...accessChangeQueries, ...accessReviewQueries },
  Mutation: { ...assetMutations, ...licenseMutations, ...systemMutations, ...accessBundleMutations, ...systemAccountMutations, ...accessReviewMutations },
  Employee: { ...Employee, ...employeeAssets, ...employeeLicenses },
  Department: { ...Department, ...departmentAccessBundle },
  Asset,
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
};
