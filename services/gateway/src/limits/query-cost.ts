import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { GraphQLError, getNamedType, getNullableType, isCompositeType, isListType, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import type { RequestLimits } from '../config';

// What an operation may cost: the objects it can make the subgraphs fetch. Each object-typed
// field counts 1 (leaves count nothing), times the number of objects it can return:
//  - a paginated field (one with `first`): its `first`, whether written in the query or sent in a
//    variable, else the schema's default (`employees` without `first` is 50 employees);
//  - a list inside a connection (`edges`): 1, since the connection's `first` already counted it;
//  - any other list (`directReports`, `reportingChain`, `accounts`): GRAPHQL_COST_LIST_SIZE;
//  - and its selections cost as much again for each.
// Computed with graphql-query-complexity once the operation and its variables are known and
// before the gateway plans it, so a refused operation reaches no subgraph.
// Introspection costs nothing here: the gateway answers it from its own schema, and
// document-limits.ts bounds its nesting.

export type CostSettings = Pick<RequestLimits, 'maxCost' | 'costListSize'>;

const isIntrospection = (name: string) => name.startsWith('__');
const isConnection = (typeName: string) => typeName.endsWith('Connection');

function objectsReturned({ type, field, args }: Parameters<ComplexityEstimator>[0], listSize: number): number {
  const first = field.args.find((argument) => argument.name === 'first');
  if (first) {
    const requested: unknown = args.first ?? first.defaultValue;
    // A negative or missing page size is the subgraph's to refuse; it fetches nothing.
    return typeof requested === 'number' && Number.isFinite(requested) ? Math.max(0, requested) : listSize;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  return isConnection(type.name) ? 1 : listSize;
}

export function costEstimator(listSize: number): ComplexityEstimator {
  return (options) => {
    if (isIntrospection(options.field.name) || isIntrospection(options.type.name)) return 0;
    const ownCost = isCompositeType(getNamedType(options.field.type)) ? 1 : 0;
    return objectsReturned(options, listSize) * (ownCost + options.childComplexity);
  };
}

// The operation's cost, or undefined when its variables do not fit it: the gateway refuses those
// itself, before any subgraph call, with the variable named.
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  listSize: number,
): number | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return undefined;
  return getComplexity({
    schema,
    query: document,
    operationName: operation.name?.value,
    variables: variables ?? {},
    estimators: [costEstimator(listSize)],
  });
}

export function costRefusal(cost: number, settings: CostSettings): GraphQLError {
  return new GraphQLError(
    `The operation could fetch up to ${cost} objects; at most ${settings.maxCost} are allowed. ` +
      `A list counts its \`first\` (or its default) for each object in it, ${settings.costListSize} for a list without \`first\`, and each alias counts again: ` +
      'ask for smaller pages and page on with `after`, nest fewer lists, or send fewer aliases.',
    { extensions: { code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', maximum: settings.maxCost, found: cost }, http: { status: 400 } } },
  );
}

export function queryCostPlugin<TContext extends BaseContext>(settings: CostSettings): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          let cost: number | undefined;
          try {
            cost = operationCost(schema, document, operation, request.variables, settings.costListSize);
          } catch (error) {
            // graphql-query-complexity stops walking a document past 10,000 fields (fragments
            // spread over and over): that is a refusal too.
            throw new GraphQLError(`The operation could not be costed: ${(error as Error).message} Send a smaller operation.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', limit: { name: 'cost', maximum: settings.maxCost }, http: { status: 400 } },
            });
          }
          if (cost !== undefined && cost > settings.maxCost) throw costRefusal(cost, settings);
        },
      };
    },
  };
}
