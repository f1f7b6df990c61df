import type { ApolloError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

// The server's refusals, read the way a person needs them: a BAD_USER_INPUT names its fields
// (extensions.fields: [{ field, message }]) so the form shows each message next to its input;
// a field the viewer may not see comes back null with FORBIDDEN and the page simply leaves it
// out; anything else is one sentence at the top of the page.

export type FieldProblem = { field: string; message: string };

type AnyError = ApolloError | Error | null | undefined;

export function graphQLErrorsOf(error: AnyError): readonly GraphQLFormattedError[] {
  if (!error) return [];
  return 'graphQLErrors' in error ? error.graphQLErrors : [];
}

export function fieldProblems(error: AnyError): FieldProblem[] {
  return graphQLErrorsOf(error).flatMap((entry) =>
    entry.extensions?.code === 'BAD_USER_INPUT' && Array.isArray(entry.extensions.fields) ? (entry.extensions.fields as FieldProblem[]) : [],
  );
}

// The message for one input, matching `input.amount` as well as `amount`.
export function problemFor(error: AnyError, field: string): string | undefined {
  return fieldProblems(error).find((problem) => problem.field === field || problem.field.endsWith(`.${field}`))?.message;
}

// Field denials are expected (the page shows what the viewer may see), not errors to show.
export const visibleErrors = (errors: readonly GraphQLFormattedError[] | undefined) => (errors ?? []).filter((error) => error.extensions?.code !== 'FORBIDDEN' || !error.path || error.path.length <= 1);

// An error worth a notice on a view: the back office did not answer, or something other than an
// expected field denial went wrong.
export function noticeWorthy(error: ApolloError | undefined): ApolloError | undefined {
  return error && (error.networkError || visibleErrors(error.graphQLErrors).length > 0) ? error : undefined;
}

export function describeError(error: AnyError): string {
  if (!error) return '';
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors.length) return graphQLErrors.map((entry) => entry.message).join(' ');
  if ('networkError' in error && error.networkError) return 'The back office did not answer. Check your connection and try again.';
  return error.message;
}

export const errorCode = (error: AnyError) => graphQLErrorsOf(error)[0]?.extensions?.code as string | undefined;
