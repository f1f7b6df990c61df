import { guardedField } from '@backoffice/platform/access';
import type { MutationResolvers, QueryResolvers, SupplyItemResolvers } from '../__generated__/resolvers-types';
import { itPolicy } from '../access/policy';
import { restockSupply } from './supply-item.commands/restock-supply';
import { supplyCatalogue } from './supply-item.queries';

export const supplyItemQueries: Pick<QueryResolvers, 'supplyItems'> = {
  // What anyone may ask for.
  supplyItems: (_parent, _args, { dataSource }) => supplyCatalogue(dataSource),
};

export const supplyItemMutations: Pick<MutationResolvers, 'restockSupply'> = {
  restockSupply: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'supply.manage');
    return restockSupply(modules, input, eventMetadata());
  },
};

const refusedStock = () => itPolicy.refusal('supply.manage');

export const SupplyItem: Pick<SupplyItemResolvers, 'stock' | 'lowStockThreshold'> = {
  stock: (item, _args, { principal }) => guardedField(itPolicy.can(principal, 'supply.manage'), refusedStock, () => item.stock),
  lowStockThreshold: (item, _args, { principal }) => guardedField(itPolicy.can(principal, 'supply.manage'), refusedStock, () => item.lowStockThreshold),
};
