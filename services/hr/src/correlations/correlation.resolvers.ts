import { publishedEventTimes } from '@backoffice/platform/correlated-events';
import type { CorrelationResolvers, PublishedEventResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { hrPolicy } from '../access/policy';
import { correlationOf, publishedInHr } from './correlation.queries';

// `correlatedEvents(correlationId)`: HR owns the entity; accounting and IT extend it with the
// events they published in the same chain, each from its own outbox.
export const correlationQueries: Pick<QueryResolvers, 'correlatedEvents'> = {
  correlatedEvents: (_parent, { correlationId }, { principal }) => {
    hrPolicy.require(principal, 'correlation.read');
    return correlationOf(correlationId);
  },
};

export const Correlation: CorrelationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  hrEvents: (correlation, _args, { principal, modules }) => {
    hrPolicy.require(principal, 'correlation.read');
    return publishedInHr(modules.dataSource, correlation);
  },
};

export const PublishedEvent: Pick<PublishedEventResolvers, 'time' | 'publishedAt'> = publishedEventTimes;
