import type { MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { itPolicy } from '../access/policy';
import { addSystem } from './system.commands/add-system';
import { allSystems } from './system.queries';

export const systemQueries: Pick<QueryResolvers, 'systems'> = {
  // Reference data: anyone signed in.
  systems: (_parent, _args, { dataSource }) => allSystems(dataSource),
};

export const systemMutations: Pick<MutationResolvers, 'addSystem'> = {
  addSystem: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'access.manage');
    return addSystem(modules, input, eventMetadata());
  },
};
