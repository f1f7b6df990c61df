import { publishedEventsOf } from '@backoffice/platform/correlated-events';
import { CORRELATION_ID } from '@backoffice/platform/correlation-id';
import { Refused } from '@backoffice/platform/domain-errors';
import type { CorrelationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { hrPolicy } from '../access/policy';

// `correlatedEvents(correlationId)`: HR owns the entity; accounting and IT extend it with the
// events they published in the same chain, each from its own outbox.
export const correlationQueries: Pick<QueryResolvers, 'correlatedEvents'> = {
  correlatedEvents: (_parent, { correlationId }, { principal }) => {
    hrPolicy.require(principal, 'correlation.read');
    if (!CORRELATION_ID.test(correlationId)) {
      throw new Refused('Not a correlation id: pass the x-correlation-id of a request, or a process’s correlationId.', [{ field: 'correlationId', message: 'letters, digits and . _ : - only, up to 64 characters' }]);
    }
    return { id: correlationId };
  },
};

export const Correlation: CorrelationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  hrEvents: ({ id }, _args, { principal, modules }) => {
    hrPolicy.require(principal, 'correlation.read');
    return publishedEventsOf(modules.dataSource, id);
  },
};
