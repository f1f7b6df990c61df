import { GraphQLError } from 'graphql';
import { Conflict, NotFound, Refused } from '../src/domain-errors';
import { formatErrors } from '../src/graphql-errors';

// The one place errors become GraphQL.

const unexpected: unknown[] = [];
const format = formatErrors((_formatted, error) => unexpected.push(error));

describe('formatting errors for clients', () => {
  beforeEach(() => {
    unexpected.length = 0;
  });

  it('a domain error keeps its code and details, wherever it was thrown', () => {
    const wrapped = new GraphQLError('wrapped', { originalError: new Refused('The hire cannot be recorded: input.email taken.', [{ field: 'input.email', message: 'taken' }]), path: ['hireEmployee'] });
    expect(format(wrapped.toJSON(), wrapped)).toEqual({
      message: 'The hire cannot be recorded: input.email taken.',
      locations: undefined,
      path: ['hireEmployee'],
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.email', message: 'taken' }] },
    });
    const conflict = new GraphQLError('x', { originalError: new Conflict('stale', { currentVersion: 3 }) });
    expect(format(conflict.toJSON(), conflict).extensions).toEqual({ code: 'CONFLICT', currentVersion: 3 });
    const missing = new GraphQLError('x', { originalError: new NotFound('Employee', 'e-1') });
    expect(format(missing.toJSON(), missing).extensions).toEqual({ code: 'NOT_FOUND', id: 'e-1' });
    expect(unexpected).toHaveLength(0);
  });

  it.each([
    ['Variable "$input" got invalid value "2026-13-45" at "input.startDate"; Date must be a real calendar date.', 'input.startDate', 'Date must be a real calendar date.'],
    ['Variable "$reason" got invalid value "late; sick"; String cannot represent it.', 'reason', 'String cannot represent it.'],
    ['Variable "$id" of non-null type "ID!" must not be null.', 'id', 'must not be null.'],
    ['Variable "$input" of required type "HireEmployeeInput!" was not provided.', 'input', 'was not provided.'],
  ])('a refused variable names its field: %s', (message, field, reason) => {
    expect(format({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message)).extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field, message: reason }] });
  });

  it('anything else is masked for the client and reported once', () => {
    const error = new GraphQLError('relation "employees" does not exist', { originalError: new Error('relation "employees" does not exist') });
    expect(format(error.toJSON(), error)).toEqual({
      message: 'Something went wrong on our side; it has been logged. Try again, or report it if it persists.',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(unexpected).toEqual([error]);
  });
});
