import type { Resolvers } from './__generated__/resolvers-types';
import { Asset, AssetAssignment, AssetHistoryEntry, Department, assetMutations, assetQueries, employeeAssets } from './assets/asset.resolvers';
import { License, LicenseSeat, employeeLicenses, licenseMutations, licenseQueries } from './licenses/license.resolvers';
import { Employee, SystemAccount } from './system-accounts/system-account.resolvers';

export const resolvers: Resolvers = {
  Query: { ...assetQueries, ...licenseQueries },
  Mutation: { ...assetMutations, ...licenseMutations },
  Employee: { ...Employee, ...employeeAssets, ...employeeLicenses },
  Department,
  Asset,
  AssetAssignment,
  AssetHistoryEntry,
  License,
  LicenseSeat,
  SystemAccount,
};
