import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-errors';

// The one place errors become GraphQL: domain errors keep their code and details; Apollo's own
// request-shape errors pass; anything else is logged once and reaches the client masked.

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

export function domainErrorOf(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  const original = (error as { originalError?: unknown } | undefined)?.originalError;
  return original === undefined || original === error ? undefined : domainErrorOf(original);
}

// Apollo formatError.
export function formatErrors(onUnexpected: (formatted: GraphQLFormattedError, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const domain = domainErrorOf(error);
    if (domain) {
      return { message: domain.message, locations: formatted.locations, path: formatted.path, extensions: { code: domain.code, ...domain.details() } };
    }
    if (isExpectedError(formatted.extensions?.code)) return withVariableField(formatted);
    // graphql-js stops after 50 bad variables with a code-less error of its own: still the client's.
    if (formatted.message.startsWith('Too many errors processing variables')) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    onUnexpected(formatted, error);
    return {
      message: 'Something went wrong on our side; it has been logged. Try again, or report it if it persists.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

// graphql-js reports a variable the schema refuses (a scalar's parse error, a wrong enum) in
// its message only: `Variable "$input" got invalid value "2026-13-45" at "input.startDate"; …`.
// Name the field the way domain errors do, so a client handles both alike.
const VARIABLE_PROBLEM = /^Variable "\$(\w+)" (?:got invalid value .*? at "([^"]+)"; |got invalid value (?:"(?:[^"\\]|\\.)*"|[^;]*?); |of (?:non-null|required) type "[^"]+" )/s;

function withVariableField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'BAD_USER_INPUT' || formatted.extensions.fields) return formatted;
  const match = VARIABLE_PROBLEM.exec(formatted.message);
  if (!match) return formatted;
  const field = match[2] ?? match[1]!;
  // What follows graphql-js's prefix is the reason (the value printed in the prefix may itself hold "; ").
  const reason = formatted.message.slice(match[0].length) || formatted.message;
  return { ...formatted, extensions: { ...formatted.extensions, fields: [{ field, message: reason }] } };
}
