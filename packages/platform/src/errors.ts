import { GraphQLError, type GraphQLFormattedError } from 'graphql';

// Expected failures are values a client can act on: a code, the offending fields, and a
// message that says what to do. Anything else is logged and reaches the client masked.

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export type FieldProblem = { field: string; message: string };

export function badUserInput(message: string, fields: FieldProblem[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields } });
}

// A command refused for reasons the client can fix: the message names each field and why.
export function refused(what: string, problems: FieldProblem[]): GraphQLError {
  return badUserInput(`${what}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`, problems);
}

// Optimistic concurrency: the record moved on since the caller read it.
export function staleVersion(what: string, id: string, expected: number, current: number): GraphQLError {
  return conflict(`${what} ${id} was changed by someone else: you sent version ${expected}, it is now at version ${current}. Reload it and apply your change again.`, {
    expectedVersion: expected,
    currentVersion: current,
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${id} does not exist.`, { extensions: { code: 'NOT_FOUND', id } });
}

export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...details } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

const expectedCodes = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  // Apollo's own request-shape errors are the client's to fix, not ours to hide.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function isExpectedError(code: unknown): boolean {
  return typeof code === 'string' && expectedCodes.has(code);
}

// Apollo formatError: keep expected errors, mask the rest and report them once.
export function maskUnexpectedErrors(onUnexpected: (formatted: GraphQLFormattedError, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isExpectedError(formatted.extensions?.code)) return formatted;
    onUnexpected(formatted, error);
    return {
      message: 'Something went wrong on our side; it has been logged. Try again, or report it if it persists.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
