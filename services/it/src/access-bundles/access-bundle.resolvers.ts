import { guardedField } from '@backoffice/platform/access';
import type { AccessBundleResolvers, DepartmentResolvers, EquipmentKitItemResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { itPolicy } from '../access/policy';
import { setAccessBundle } from './access-bundle.commands/set-access-bundle';
import { bundlesOf, departmentsWithBundles } from './access-bundle.repository';

export const accessBundleQueries: Pick<QueryResolvers, 'accessBundles'> = {
  accessBundles: async (_parent, _args, { principal, dataSource }) => {
    itPolicy.require(principal, 'bundle.read');
    return bundlesOf(dataSource, await departmentsWithBundles(dataSource));
  },
};

export const accessBundleMutations: Pick<MutationResolvers, 'setAccessBundle'> = {
  setAccessBundle: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'bundle.manage');
    return setAccessBundle(modules, input, eventMetadata());
  },
};

export const AccessBundle: Pick<AccessBundleResolvers, 'department' | 'systems' | 'equipment' | 'updatedAt'> = {
  department: (bundle) => ({ id: bundle.departmentId }),
  systems: async (bundle, _args, { loaders }) => (await loaders.systems.load('all')).filter((system) => bundle.systems.includes(system.code)),
  equipment: (bundle) => bundle.equipment,
  updatedAt: (bundle) => bundle.updatedAt?.toISOString() ?? null,
};

export const EquipmentKitItem: Pick<EquipmentKitItemResolvers, 'category'> = {
  category: async (item, _args, { loaders }) => (await loaders.assetCategories.load('all')).find((category) => category.code === item.category)!,
};

export const departmentAccessBundle: Pick<DepartmentResolvers, 'accessBundle'> = {
  accessBundle: (department, _args, { principal, loaders }) => guardedField(itPolicy.can(principal, 'bundle.read'), () => itPolicy.refusal('bundle.read'), () => loaders.accessBundle.load(department.id)),
};
