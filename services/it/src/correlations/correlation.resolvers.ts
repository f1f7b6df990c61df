import { publishedEventTimes } from '@backoffice/platform/correlated-events';
import type { CorrelationResolvers, PublishedEventResolvers } from '../__generated__/resolvers-types';
import { itPolicy } from '../access/policy';
import { publishedInIt } from './correlation.queries';

// HR's `correlatedEvents(correlationId)` returns the entity; IT adds the events it published in
// the chain (MANAGER only).
export const Correlation: CorrelationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  itEvents: (correlation, _args, { principal, modules }) => {
    itPolicy.require(principal, 'correlation.read');
    return publishedInIt(modules.dataSource, correlation);
  },
};

export const PublishedEvent: Pick<PublishedEventResolvers, 'time' | 'publishedAt'> = publishedEventTimes;
