import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { onError } from '@apollo/client/link/error';
import { setContext } from '@apollo/client/link/context';
import { currentToken } from './auth/session';

// One client for the app: the gateway's one endpoint (same origin: server/serve.ts passes
// /graphql on), the bearer token on every request, and the normalized cache keyed by each
// entity's id, so a leave approved in the inbox shows as approved on the person's page too.
export function createApolloClient(onUnauthenticated: () => void) {
  const auth = setContext((_, { headers }) => {
    const token = currentToken();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const signOutWhenRefused = onError(({ graphQLErrors, networkError }) => {
    const refused = graphQLErrors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED') || (networkError && 'statusCode' in networkError && networkError.statusCode === 401);
    if (refused) onUnauthenticated();
  });
  return new ApolloClient({
    link: from([signOutWhenRefused, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Values without an identity of their own live inside their parent.
        Money: { keyFields: false },
        LeaveBalance: { keyFields: false },
        // Identified by their code; pages select different fields of the same item or policy.
        SupplyItem: { keyFields: ['code'] },
        ExpensePolicy: { merge: true },
        // Queues are replaced by what the server says now (a shorter list after a decision).
        Query: {
          fields: {
            leaveApprovalQueue: { merge: false },
            expenseApprovalQueue: { merge: false },
            journalEntryDrafts: { merge: false },
          },
        },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'all' }, query: { errorPolicy: 'all' }, mutate: { errorPolicy: 'none' } },
  });
}
