import type { ApolloError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';

// A person's page joins what several departments know, and each viewer may see a different part
// of it: a field they may not see comes back null with FORBIDDEN at its path. These helpers split
// one response's errors by path, so a section the viewer may not see is left out, and a section
// whose department failed says so without taking the rest of the page with it.

type Path = readonly (string | number)[];

const startsWith = (path: Path | undefined, prefix: Path) => !!path && prefix.every((segment, index) => path[index] === segment);

const errorsOf = (error: ApolloError | undefined): readonly GraphQLFormattedError[] => error?.graphQLErrors ?? [];

// The viewer may not see what is at this path (or at the whole root field it is under).
export function isForbiddenAt(error: ApolloError | undefined, prefix: Path): boolean {
  return errorsOf(error).some((entry) => entry.extensions?.code === 'FORBIDDEN' && (startsWith(entry.path, prefix) || (entry.path?.length === 1 && entry.path[0] === prefix[0])));
}

// A real failure at this path (or one that concerns the whole response, such as a network
// error): an Error to show in the section, or undefined. Denials are not failures.
export function problemAt(error: ApolloError | undefined, prefix: Path): Error | undefined {
  if (!error) return undefined;
  if (error.networkError) return error;
  const failures = errorsOf(error).filter((entry) => entry.extensions?.code !== 'FORBIDDEN' && (!entry.path || startsWith(entry.path, prefix)));
  return failures.length ? new Error(failures.map((entry) => entry.message).join(' ')) : undefined;
}
