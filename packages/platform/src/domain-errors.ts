// Expected failures, as values a client can act on: a code, the offending fields, and a
// message that says what to do. They know nothing of GraphQL, so commands called from a
// resolver, a consumer or a job throw the same errors; `graphql-errors.ts` maps them to
// `extensions.code` in one place.

// UNAUTHENTICATED is not a domain outcome: who the caller is was settled before any command.
export type ErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export type FieldProblem = { field: string; message: string };

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  // What the client gets beside the code (the fields, the versions...).
  details(): Record<string, unknown> {
    return {};
  }
}

// The input breaks a rule the client can fix: each offending field and why.
export class Refused extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(
    message: string,
    readonly fields: FieldProblem[],
  ) {
    super(message);
    this.name = 'Refused';
  }

  override details() {
    return { fields: this.fields };
  }
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';

  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} ${id} does not exist.`);
    this.name = 'NotFound';
  }

  override details() {
    return { id: this.id };
  }
}

// The state moved on: a stale version, a decision already taken.
export class Conflict extends DomainError {
  readonly code = 'CONFLICT';

  constructor(
    message: string,
    readonly facts: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'Conflict';
  }

  override details() {
    return this.facts;
  }
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';

  constructor(message: string) {
    super(message);
    this.name = 'Forbidden';
  }
}

// A command refused for reasons the client can fix: the message names each field and why.
export function refused(what: string, problems: FieldProblem[]): Refused {
  return new Refused(`${what}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`, problems);
}

// Optimistic concurrency: the record moved on since the caller read it.
export function staleVersion(what: string, id: string, expected: number, current: number): Conflict {
  return new Conflict(`${what} ${id} was changed by someone else: you sent version ${expected}, it is now at version ${current}. Reload it and apply your change again.`, {
    expectedVersion: expected,
    currentVersion: current,
  });
}
