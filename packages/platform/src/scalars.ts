import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isoDate, isoDateTime } from '@backoffice/events/scalars';

// The Date, DateTime and Decimal scalars every subgraph declares, validated when a request is
// parsed: an impossible date or a malformed amount is the client's error (BAD_USER_INPUT or
// GRAPHQL_VALIDATION_FAILED) before any resolver runs, never a 500 from the database.

const MAX_SCALAR_LENGTH = 64;

function stringScalar(name: string, description: string, check: (value: string) => boolean, expected: string, serialize: (value: unknown) => unknown = (value) => value): GraphQLScalarType {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string' || value.length > MAX_SCALAR_LENGTH || !check(value)) {
      const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value;
      throw new GraphQLError(`${name} must be ${expected}; got ${shown}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize,
    parseValue: parse,
    // A literal in the document: a plain Error, which graphql-js reports as `Expected value of
    // type "Date!", found "..."; <reason>` (the gateway passes that on as the client's error).
    parseLiteral: (node: ValueNode) => {
      if (node.kind !== Kind.STRING) throw new Error(`${name} must be a string: ${expected}.`);
      try {
        return parse(node.value);
      } catch (error) {
        throw new Error((error as Error).message);
      }
    },
  });
}

// Dates a business means: from 1900 to the end of 2999. The services compute dates from the
// ones they are given (a first payroll due a month and a week after a start date, the day after
// a leave, a warranty's end); a year-9999 date would carry them past what a four-digit year
// holds ("+010000-01-07") and into a database error, where this leaves seven thousand years of room.
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2999-12-31';
const inBusinessRange = (value: string) => value >= EARLIEST_DATE && value <= LATEST_DATE;

export const DateScalar = stringScalar(
  'Date',
  `An ISO-8601 calendar date, YYYY-MM-DD, from ${EARLIEST_DATE} to ${LATEST_DATE}.`,
  (value) => isoDate.safeParse(value).success && inBusinessRange(value),
  `a real calendar date from ${EARLIEST_DATE} to ${LATEST_DATE}, such as "2026-03-31"`,
);

// The same years for instants, in UTC: "9999-12-31T23:00:00-05:00" is in the year 10000 and
// came back as "+010000-01-01T04:00:00.000Z", a timestamp no client parses as ISO-8601.
const EARLIEST_INSTANT = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const LATEST_INSTANT = Date.parse(`${LATEST_DATE}T23:59:59.999Z`);
const inBusinessYears = (value: string) => {
  const instant = Date.parse(value);
  return instant >= EARLIEST_INSTANT && instant <= LATEST_INSTANT;
};

export const DateTimeScalar = stringScalar(
  'DateTime',
  `An ISO-8601 timestamp with time zone, from ${EARLIEST_DATE} to ${LATEST_DATE} in UTC.`,
  (value) => isoDateTime.safeParse(value).success && inBusinessYears(value),
  `an ISO-8601 timestamp with a zone, from ${EARLIEST_DATE} to ${LATEST_DATE} in UTC, such as "2026-03-31T09:30:00Z"`,
  // Records carry the database's timestamps as Date objects.
  (value) => (value instanceof Date ? value.toISOString() : value),
);

// Up to 18 digits before the point and 6 after: within what any numeric column here holds.
export const DecimalScalar = stringScalar('Decimal', 'An exact decimal number carried as a string.', (value) => /^-?\d{1,18}(\.\d{1,6})?$/.test(value), 'a decimal string such as "1234.50"');

export const platformScalars: Record<string, GraphQLScalarType> = { Date: DateScalar, DateTime: DateTimeScalar, Decimal: DecimalScalar };
