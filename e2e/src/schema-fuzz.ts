import { randomUUID } from 'node:crypto';
import * as fc from 'fast-check';
import {
  buildASTSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { identityHeaders } from '@backoffice/testkit/graphql-client';
import { HUMAN_ROLES, type Audience, type Principal } from '@backoffice/platform/identity';
import { abbreviate, graphqlLiteral, malformedScalarValues } from './malformed-arguments';
import type { SubgraphName } from './stack';
import { bearer, expiredToken, signToken, type Role } from './tokens';

// Property-based fuzzing from the schema: fast-check arbitraries that write whole GraphQL
// requests (an operation of one or two root fields, a random selection of bounded depth,
// arguments as literals or variables, values valid and not) for a caller drawn at random, and a
// judge for what comes back. The same generator serves the gateway's API schema and each
// subgraph's own schema with its federation fields (_service, _entities).

// ---------------------------------------------------------------------------------------------
// A subgraph's schema as the gateway sees it: its SDL, without the federation directives, plus
// what @apollo/subgraph adds (`_service`, and `_entities` over the types with a @key).

export function subgraphSchemaFromSdl(sdl: string): GraphQLSchema {
  const document = parse(sdl);
  const entities = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION && (definition.directives ?? []).some((directive) => directive.name.value === 'key') ? [definition.name.value] : [],
  );
  const hasQuery = document.definitions.some((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Query');
  const withoutFederation = visit(document, {
    SchemaExtension: () => null,
    Directive: () => null,
  }) as DocumentNode;
  const federation = parse(`
    scalar _Any
    type _Service { sdl: String }
    ${entities.length ? `union _Entity = ${entities.join(' | ')}` : ''}
    ${hasQuery ? 'extend type Query' : 'type Query'} {
      ${entities.length ? '_entities(representations: [_Any!]!): [_Entity]!' : ''}
      _service: _Service!
    }
  `);
  return buildASTSchema({ kind: Kind.DOCUMENT, definitions: [...withoutFederation.definitions, ...federation.definitions] });
}

// ---------------------------------------------------------------------------------------------
// What exists: ids and codes of HR's records, so valid values reach past "not found". Read when
// each value is drawn: the lists may grow during a run.

export type KnownRecords = {
  employeeIds: readonly string[];
  departmentIds: readonly string[];
  leaveRequestIds: readonly string[];
  emails: readonly string[];
  departmentCodes: readonly string[];
  leaveTypeCodes: readonly string[];
};

export type ValueSettings = {
  known: KnownRecords;
  // Dates are written around it.
  today: Date;
  // How often a value of the right type is an odd one (an edge, a nasty string, an id of
  // nothing, a far date) instead of what a careful client would send, against a weight of 20
  // (0: never, so commands get as far as changing something).
  oddWeight: number;
  // How often a value is wrong instead of right, against a weight of 20 for right (0: never).
  invalidWeight: number;
};

// Where a value goes: the root field it is an argument of and the path down to it.
type ValueSite = { rootField: string; returnType: string; path: readonly string[] };
const leafName = (site: ValueSite) => site.path.filter((segment) => segment !== '[]').at(-1) ?? '';

const USUAL_WEIGHT = 20;
const weighted = <T, U>(usual: fc.Arbitrary<T>, other: fc.Arbitrary<U>, otherWeight: number): fc.Arbitrary<T | U> =>
  otherWeight > 0 ? fc.oneof({ arbitrary: usual, weight: USUAL_WEIGHT }, { arbitrary: other, weight: otherWeight }) : usual;
const rightOrWrong = <T, U>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>, settings: ValueSettings) => weighted(right, wrong, settings.invalidWeight);
const usualOrOdd = <T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>, settings: ValueSettings) => weighted(usual, odd, settings.oddWeight);

// One of `values` as they are when the value is drawn (the test adds records as HR gains them,
// in a stable order, so a seed still writes the same requests), or `otherwise` while there are none.
const pick = <T>(values: readonly T[], otherwise: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(fc.nat(), otherwise).map(([index, fallback]) => (values.length ? values[index % values.length]! : fallback));

// The id of a record that exists, of the kind the name suggests; oddly, one of another kind or of nothing.
function idValue(site: ValueSite, settings: ValueSettings): fc.Arbitrary<string> {
  const { known } = settings;
  const name = leafName(site);
  const byName: Record<string, readonly string[]> = {
    employeeId: known.employeeIds,
    managerId: known.employeeIds,
    headId: known.employeeIds,
    approverId: known.employeeIds,
    departmentId: known.departmentIds,
    parentId: known.departmentIds,
  };
  const byReturnType: Record<string, readonly string[]> = {
    Employee: known.employeeIds,
    TerminationWithdrawal: known.employeeIds,
    Department: known.departmentIds,
    LeaveRequest: known.leaveRequestIds,
  };
  const existing = byName[name] ?? (name === 'id' ? byReturnType[site.returnType] : undefined) ?? [];
  const ofAnyKind = fc.oneof(pick(known.employeeIds, fc.uuid()), pick(known.departmentIds, fc.uuid()), pick(known.leaveRequestIds, fc.uuid()));
  return usualOrOdd(pick(existing, fc.uuid()), fc.oneof(ofAnyKind, fc.uuid()), settings);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;
const dayAround = (today: Date, range: number) => fc.integer({ min: -range, max: range }).map((days) => isoDay(new Date(today.getTime() + days * DAY_MS)));

// Within three months of today (leave within the next six weeks); oddly, up to a year or so
// away, or either side of the ends of what the Date scalar takes (the last day included: dates
// computed from it, such as a first payroll due in the January after, must still be stored).
const dateValue = (site: ValueSite, settings: ValueSettings): fc.Arbitrary<string> => {
  const usual = /^(startDate|endDate)$/.test(leafName(site)) && /leave/i.test(site.rootField)
    ? fc.integer({ min: 1, max: 42 }).map((days) => isoDay(new Date(settings.today.getTime() + days * DAY_MS)))
    : dayAround(settings.today, 90);
  return usualOrOdd(usual, fc.oneof(dayAround(settings.today, 400), fc.constantFrom('1899-12-31', '1900-01-01', '2024-02-29', '2099-12-31', '2999-12-31', '3000-01-01', '9999-12-31')), settings);
};

// Within 400 days of now; oddly, in another zone or either side of the ends the DateTime scalar
// takes (in UTC: "9999-12-31T23:00:00-05:00" is in the year 10000).
const dateTimeValue = (settings: ValueSettings): fc.Arbitrary<string> =>
  usualOrOdd(
    fc.integer({ min: -400 * 24, max: 400 * 24 }).map((hours) => new Date(settings.today.getTime() + hours * 3_600_000).toISOString()),
    fc.constantFrom('2026-03-29T01:30:00+01:00', '1900-01-01T00:00:00Z', '1900-01-01T00:30:00+01:00', '2999-12-31T23:59:59.999Z', '2999-12-31T23:00:00-05:00', '9999-12-31T23:59:59Z'),
    settings,
  );

const decimalValue = (settings: ValueSettings): fc.Arbitrary<string> =>
  usualOrOdd(
    fc.tuple(fc.integer({ min: 1, max: 250_000 }), fc.integer({ min: 0, max: 99 })).map(([units, cents]) => `${units}.${String(cents).padStart(2, '0')}`),
    fc.constantFrom('0', '0.00', '-1.00', '0.000001', '999999999999999999.999999', '-999999999999999999', '1.5', '12'),
    settings,
  );

// Text meant to break things (kept below the 1 MB request limit).
const nastyStrings = [
  '',
  ' ',
  '%',
  '_',
  '\\',
  "O'Brien",
  "'; DROP TABLE employees; --",
  'a\u0000b',
  '💥🧨',
  '\u202Eevil',
  'Ω≈ç√∫˜µ≤≥÷',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  'null',
  'NaN',
  '-1',
  'x'.repeat(10_000),
  '界'.repeat(3_000),
];
const oddText: fc.Arbitrary<string> = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...nastyStrings));
const words = fc.lorem({ maxCount: 3 });
const personName = fc.constantFrom('Ada', 'Grace', 'Linus', 'Zoë', 'José', 'Nguyễn', 'Ólafur', 'Ł', 'Smith-Jones');

// Strings some fields need in a particular shape to get anywhere, by the field's name; words otherwise.
function stringValue(site: ValueSite, settings: ValueSettings): fc.Arbitrary<string> {
  const { known } = settings;
  const name = leafName(site);
  const usual = ((): fc.Arbitrary<string> => {
    // A new address, or one already taken.
    if (/email/i.test(name)) return fc.oneof(fc.uuid().map((id) => `fuzz-${id.slice(0, 8)}@example.com`), pick(known.emails, fc.constant('ada@example.com')));
    if (/currency/i.test(name)) return fc.constantFrom('EUR', 'USD', 'GBP', 'JPY');
    if (/phone/i.test(name)) return fc.constantFrom('+44 20 7946 0958', '555-0100', '+1 (212) 555-0199');
    if (/leaveType/i.test(name)) return pick(known.leaveTypeCodes, fc.constant('VACATION'));
    if (name === 'reason') {
      const codes = fc.constantFrom('RESIGNATION', 'DISMISSAL', 'END_OF_CONTRACT', 'RETIREMENT');
      return site.rootField === 'terminateEmployee' ? codes : fc.oneof(codes, words);
    }
    if (name === 'code') return fc.oneof(fc.stringMatching(/^[A-Z][A-Z0-9-]{1,11}$/), pick(known.departmentCodes, fc.constant('ENG')));
    if (/costCentre/i.test(name)) return fc.stringMatching(/^CC-[0-9]{3}$/);
    if (/firstName|lastName/.test(name)) return personName;
    if (name === 'search') return fc.oneof(personName, fc.constantFrom('E0000', 'fuzz.example.com'));
    // A cursor: the ones the API hands out are opaque; forged ones must be refused, not crash.
    if (name === 'after') return fc.base64String({ maxLength: 40 });
    return words;
  })();
  return usualOrOdd(usual, oddText, settings);
}

function intValue(site: ValueSite, settings: ValueSettings): fc.Arbitrary<number> {
  const name = leafName(site);
  const year = settings.today.getUTCFullYear();
  const usual = ((): fc.Arbitrary<number> => {
    if (/year/i.test(name)) return fc.integer({ min: year - 1, max: year + 1 });
    if (name === 'version') return fc.integer({ min: 1, max: 6 });
    if (name === 'first') return fc.integer({ min: 1, max: 100 });
    return fc.integer({ min: 0, max: 100 });
  })();
  return usualOrOdd(usual, fc.oneof(fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648), fc.integer({ min: -10_000, max: 10_000 })), settings);
}

// Leave days come in half-day steps; other steps and extremes must be refused cleanly.
const floatValue = (settings: ValueSettings): fc.Arbitrary<number> =>
  usualOrOdd(
    fc.integer({ min: -10, max: 30 }).map((halves) => halves / 2),
    fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.1, 1e308, -1e308, 5e-324, 367, -0)),
    settings,
  );

// A representation for `_entities`: a type with a key and an id, as the gateway would send.
function representationValue(entityTypes: readonly string[], settings: ValueSettings): fc.Arbitrary<unknown> {
  const { known } = settings;
  const idsOf: Record<string, readonly string[]> = { Employee: known.employeeIds, Department: known.departmentIds, LeaveRequest: known.leaveRequestIds };
  return fc.constantFrom(...entityTypes).chain((typename) =>
    fc.record({ __typename: fc.constant(typename), id: usualOrOdd(pick(idsOf[typename] ?? [], fc.uuid()), fc.uuid(), settings) }),
  );
}

// Representations no gateway would send: a missing or unknown type, a malformed or missing key.
const malformedRepresentation: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ id: fc.uuid() }),
  fc.record({ __typename: fc.constantFrom('Nope', 'Query', '_Service', 'Money', ''), id: fc.uuid() }),
  fc.record({ __typename: fc.constantFrom('Employee', 'Department', 'LeaveRequest'), id: fc.oneof(fc.constant('nope'), fc.integer(), fc.constant(null), fc.constant({ nested: true }), fc.constant(['x'])) }),
  fc.record({ __typename: fc.constantFrom('Employee', 'Department', 'LeaveRequest') }),
  fc.record({ __typename: fc.constantFrom('Employee', 'Department'), id: fc.constant('a\u0000b') }),
  fc.constantFrom('Employee', 42, null, [], true),
);

// Values of the wrong type for anything: what a careless or hostile client sends.
const wrongTypeValue: fc.Arbitrary<unknown> = fc.constantFrom('text', 42, 4.2, true, { unexpected: 'object' }, ['a', 'list'], 2 ** 53);

function scalarValue(type: GraphQLNamedType, site: ValueSite, settings: ValueSettings, entityTypes: readonly string[]): fc.Arbitrary<unknown> {
  const malformed = malformedScalarValues[type.name] ?? [];
  const wrong = fc.oneof(wrongTypeValue, ...(malformed.length ? [fc.constantFrom(...malformed.map(({ value }) => value))] : []));
  const right = ((): fc.Arbitrary<unknown> => {
    switch (type.name) {
      case 'ID':
        return idValue(site, settings);
      case 'Date':
        return dateValue(site, settings);
      case 'DateTime':
        return dateTimeValue(settings);
      case 'Decimal':
        return decimalValue(settings);
      case 'Int':
        return intValue(site, settings);
      case 'Float':
        return floatValue(settings);
      case 'Boolean':
        return fc.boolean();
      case '_Any':
        return representationValue(entityTypes, settings);
      default:
        return stringValue(site, settings);
    }
  })();
  return rightOrWrong(right, type.name === '_Any' ? fc.oneof(malformedRepresentation, wrong) : wrong, settings);
}

// A value for an input type: right (of its type, often meaningful) or, as often as the settings
// say, wrong somewhere inside (a wrong type, a null where one is not allowed, an unknown enum
// value, a malformed id/date/decimal, a missing or unknown input field, a huge list).
function inputValue(type: GraphQLInputType, site: ValueSite, settings: ValueSettings, entityTypes: readonly string[] = []): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return rightOrWrong(nonNullValue(type.ofType, site, settings, entityTypes), fc.constant(null), settings);
  return fc.oneof({ arbitrary: nonNullValue(type, site, settings, entityTypes), weight: 9 }, { arbitrary: fc.constant(null), weight: 1 });
}

function nonNullValue(type: GraphQLInputType, site: ValueSite, settings: ValueSettings, entityTypes: readonly string[]): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return nonNullValue(type.ofType, site, settings, entityTypes);
  if (isListType(type)) {
    const element = inputValue(type.ofType, { ...site, path: [...site.path, '[]'] }, settings, entityTypes);
    const huge = element.map((value) => Array.from({ length: 2_000 }, () => value));
    // A single value where a list is expected is valid too (GraphQL coerces it to a list of one).
    return rightOrWrong(fc.oneof({ arbitrary: fc.array(element, { maxLength: 4 }), weight: 4 }, { arbitrary: element, weight: 1 }), huge, settings);
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    return rightOrWrong(fc.constantFrom(...names), fc.constantFrom<unknown>('NOT_A_VALUE', names[0]!.toLowerCase(), 7, ''), settings);
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((field) => [field.name, inputValue(field.type, { ...site, path: [...site.path, field.name] }, settings, entityTypes)]));
    const required = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
    const record: fc.Arbitrary<Record<string, unknown>> = fc.record(model, { requiredKeys: required });
    // A careful client puts a range's start before its end.
    const right = settings.oddWeight === 0 ? record.map(orderedRange) : record;
    const withoutOneRequired = required.length
      ? fc.tuple(right, fc.constantFrom(...required)).map(([value, dropped]) => Object.fromEntries(Object.entries(value).filter(([name]) => name !== dropped)))
      : right;
    const withUnknownField = right.map((value) => ({ ...value, notAField: 'surprise' }));
    return rightOrWrong(right, fc.oneof(withoutOneRequired, withUnknownField, wrongTypeValue), settings);
  }
  return scalarValue(type, site, settings, entityTypes);
}

function orderedRange(value: Record<string, unknown>): Record<string, unknown> {
  const { startDate, endDate } = value;
  return typeof startDate === 'string' && typeof endDate === 'string' && endDate < startDate ? { ...value, startDate: endDate, endDate: startDate } : value;
}

// ---------------------------------------------------------------------------------------------
// Documents: a tree of selections with their arguments, printed at the end so arguments can
// go inline or through variables.

type Argument = {
  name: string;
  type: GraphQLInputType;
  value: unknown;
  // Passed as `$variable` (declared with `declaredType`) or written in the document.
  asVariable: boolean;
  declaredType: string;
};

type Selection = {
  alias: string | null;
  field: string;
  arguments: Argument[];
  // Null for a leaf.
  selections: Selection[] | null;
  // On an abstract type: the selections per possible type, as inline fragments.
  fragments: Array<{ typeName: string; selections: Selection[] }>;
  // `@include(if: false)` / `@skip(if: true)` and the like, or nothing.
  directive: string | null;
};

export type OperationType = 'query' | 'mutation';

export type GeneratedOperation = {
  operationType: OperationType;
  rootFields: string[];
  query: string;
  variables: Record<string, unknown>;
};

export type DocumentSettings = ValueSettings & {
  // Levels of selection below the root field.
  maxDepth: number;
  // Root fields some targets should be sent more often (e.g. `_entities` at a subgraph).
  rootFieldWeights?: Record<string, number>;
};

const isEntitiesField = (field: GraphQLField<unknown, unknown>) => field.name === '_entities';

function argumentsArbitrary(field: GraphQLField<unknown, unknown>, rootField: string, returnType: string, settings: DocumentSettings, entityTypes: readonly string[]): fc.Arbitrary<Argument[]> {
  const one = (argument: GraphQLArgument): fc.Arbitrary<Argument | null> => {
    const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
    const value = inputValue(argument.type, { rootField, returnType, path: [argument.name] }, settings, entityTypes);
    // A variable's declared type is the argument's; a wrong declaration is one more way to be wrong.
    const declared = rightOrWrong(fc.constant(String(argument.type)), fc.constantFrom('String', 'Int!', '[ID]', String(getNamedType(argument.type))), settings);
    const present = fc.record({ name: fc.constant(argument.name), type: fc.constant(argument.type), value, asVariable: fc.boolean(), declaredType: declared });
    // Optional arguments are left out half the time; a required one only when values may be wrong.
    const absent = required ? (settings.invalidWeight > 0 ? fc.constant(null) : undefined) : fc.constant(null);
    if (!absent) return present;
    return fc.oneof({ arbitrary: present, weight: required ? USUAL_WEIGHT : 1 }, { arbitrary: absent, weight: required ? settings.invalidWeight : 1 });
  };
  return fc.tuple(...field.args.map(one)).map((args) => args.filter((argument): argument is Argument => argument !== null));
}

// Mostly none; sometimes @include/@skip, or (when values may be wrong) one misused.
const directiveArbitrary = (settings: ValueSettings): fc.Arbitrary<string | null> =>
  fc.oneof(
    { arbitrary: fc.constant(null), weight: 12 },
    { arbitrary: rightOrWrong(fc.constantFrom('@include(if: true)', '@include(if: false)', '@skip(if: true)', '@skip(if: false)'), fc.constantFrom('@deprecated', '@include(if: "yes")', '@nope', '@skip'), settings), weight: 1 },
  );

// True one time in six: for an alias now and then.
const nowAndThen = fc.nat({ max: 5 }).map((roll) => roll === 0);

// Builds (and remembers) the arbitraries for selections on each type at each depth: without the
// memo, every Employee → manager → Employee … would be rebuilt on every request.
class SelectionArbitraries {
  private readonly memo = new Map<string, fc.Arbitrary<Selection[]>>();
  private readonly entityTypes: readonly string[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly settings: DocumentSettings,
  ) {
    const entity = schema.getType('_Entity');
    this.entityTypes = entity && isAbstractType(entity) ? schema.getPossibleTypes(entity).map((type) => type.name) : [];
  }

  // A root field with its arguments and a selection below it.
  rootField(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Selection> {
    return this.fieldSelection(field, field.name, 0);
  }

  private fieldSelection(field: GraphQLField<unknown, unknown>, rootField: string, depth: number): fc.Arbitrary<Selection> {
    const named = getNamedType(field.type);
    const args = argumentsArbitrary(field, rootField, named.name, this.settings, isEntitiesField(field) ? this.entityTypes : []);
    const below = isLeafType(named) ? fc.constant(null) : this.selectionsOn(named, depth + 1);
    const fragments: fc.Arbitrary<Selection['fragments']> = isAbstractType(named) ? this.fragmentsOn(named.name, depth + 1) : fc.constant([]);
    return fc.record({ alias: fc.constant(null), field: fc.constant(field.name), arguments: args, selections: below, fragments, directive: depth === 0 ? fc.constant(null) : directiveArbitrary(this.settings) });
  }

  private fragmentsOn(abstractName: string, depth: number): fc.Arbitrary<Selection['fragments']> {
    const abstract = this.schema.getType(abstractName)!;
    if (!isAbstractType(abstract)) return fc.constant([]);
    const possible = this.schema.getPossibleTypes(abstract);
    return fc
      .subarray([...possible], { minLength: 1 })
      // Each member's fields get an alias of their own: `status` on Employee and on Department
      // have different types, and would conflict under one response name.
      .chain((types) =>
        fc.tuple(
          ...types.map((type) =>
            this.selectionsOn(type, depth).map((selections) => ({
              typeName: type.name,
              selections: selections.map((selection) => (selection.field === '__typename' ? selection : { ...selection, alias: `${type.name}_${selection.alias ?? selection.field}` })),
            })),
          ),
        ),
      )
      .map((fragments) => [...fragments]);
  }

  // One to four fields of an object type (leaves only at the last level; `__typename` when that
  // leaves nothing). A union gets `__typename`, its members come as fragments.
  selectionsOn(type: GraphQLNamedType, depth: number): fc.Arbitrary<Selection[]> {
    const key = `${type.name}@${depth}`;
    const known = this.memo.get(key);
    if (known) return known;
    const typename: Selection = { alias: null, field: '__typename', arguments: [], selections: null, fragments: [], directive: null };
    let arbitrary: fc.Arbitrary<Selection[]>;
    if (!isObjectType(type)) {
      arbitrary = fc.constant([typename]);
    } else {
      const fields = Object.values(type.getFields()).filter((field) => depth < this.settings.maxDepth || isLeafType(getNamedType(field.type)));
      arbitrary = fields.length
        ? fc
            .shuffledSubarray(fields, { minLength: 1, maxLength: Math.min(4, fields.length) })
            .chain((chosen) => fc.tuple(...chosen.map((field) => fc.tuple(nowAndThen, this.fieldSelection(field, '', depth)))))
            .map((selections) => selections.map(([aliased, selection], index) => (aliased ? { ...selection, alias: `a${index}` } : selection)))
        : fc.constant([typename]);
    }
    this.memo.set(key, arbitrary);
    return arbitrary;
  }
}

// An operation against `schema`: a query or a mutation of one or two root fields.
export function operationArbitrary(schema: GraphQLSchema, settings: DocumentSettings): fc.Arbitrary<GeneratedOperation> {
  const selections = new SelectionArbitraries(schema, settings);
  const roots: Array<[OperationType, GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  const byType = roots
    .filter(([, type]) => type)
    .map(([operationType, type]) => {
      const fields = Object.values(type!.getFields());
      const field = fc.oneof(...fields.map((root) => ({ arbitrary: selections.rootField(root), weight: settings.rootFieldWeights?.[root.name] ?? 1 })));
      return fc.array(field, { minLength: 1, maxLength: 2 }).map((rootSelections) => printOperation(operationType, rootSelections));
    });
  return fc.oneof(...byType);
}

// The document and its variables: root fields get aliases when there are two (so the same field
// twice with different arguments does not conflict); each variable gets a name of its own.
function printOperation(operationType: OperationType, rootSelections: Selection[]): GeneratedOperation {
  const declarations: string[] = [];
  const variables: Record<string, unknown> = {};
  const printArguments = (args: Argument[]) => {
    if (!args.length) return '';
    const printed = args.map((argument) => {
      if (!argument.asVariable) return `${argument.name}: ${graphqlLiteral(argument.value, argument.type)}`;
      const variable = `${argument.name}${declarations.length}`;
      declarations.push(`$${variable}: ${argument.declaredType}`);
      if (argument.value !== undefined) variables[variable] = argument.value;
      return `${argument.name}: $${variable}`;
    });
    return `(${printed.join(', ')})`;
  };
  const printSelections = (selections: Selection[]): string =>
    selections
      .map((selection) => {
        const head = `${selection.alias ? `${selection.alias}: ` : ''}${selection.field}${printArguments(selection.arguments)}${selection.directive ? ` ${selection.directive}` : ''}`;
        const inner = [
          ...(selection.selections ? [printSelections(selection.selections)] : []),
          ...selection.fragments.map((fragment) => `... on ${fragment.typeName} { ${printSelections(fragment.selections)} }`),
        ];
        return inner.length ? `${head} { ${inner.join(' ')} }` : head;
      })
      .join(' ');
  const aliased = rootSelections.map((selection, index) => (rootSelections.length > 1 ? { ...selection, alias: `r${index}` } : selection));
  const body = printSelections(aliased);
  const signature = declarations.length ? `(${declarations.join(', ')})` : '';
  return { operationType, rootFields: rootSelections.map((selection) => selection.field), query: `${operationType} Fuzz${signature} { ${body} }`, variables };
}

// ---------------------------------------------------------------------------------------------
// Callers: people with any mix of roles (often someone who exists, so "self" and "line manager"
// come up), service accounts, and now and then no or bad credentials.

export type FuzzCaller =
  | { kind: 'person'; employeeId: string; roles: Role[] }
  | { kind: 'service'; name: string; roles: Role[] }
  | { kind: 'no credentials' }
  | { kind: 'bad credentials' };

export function callerArbitrary(known: KnownRecords, serviceAccountName: string): fc.Arbitrary<FuzzCaller> {
  const roles = fc.subarray([...HUMAN_ROLES], { minLength: 1 });
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('person' as const), employeeId: fc.oneof({ arbitrary: pick(known.employeeIds, fc.uuid()), weight: 3 }, { arbitrary: fc.uuid(), weight: 1 }), roles }), weight: 16 },
    { arbitrary: fc.record({ kind: fc.constant('service' as const), name: fc.constant(serviceAccountName), roles: fc.subarray([...HUMAN_ROLES]).map((more): Role[] => ['SERVICE', ...more]) }), weight: 4 },
    { arbitrary: fc.constantFrom<FuzzCaller>({ kind: 'no credentials' }, { kind: 'bad credentials' }), weight: 1 },
  );
}

export const describeCaller = (caller: FuzzCaller) =>
  caller.kind === 'person' ? `person ${caller.employeeId} [${caller.roles.join(', ')}]` : caller.kind === 'service' ? `service account ${caller.name} [${caller.roles.join(', ')}]` : caller.kind;

// What a client sends the gateway: a bearer token, or nothing, or one that is expired or forged.
export function gatewayHeaders(caller: FuzzCaller): Record<string, string> {
  switch (caller.kind) {
    case 'person':
      return bearer(signToken({ employeeId: caller.employeeId, roles: caller.roles }));
    case 'service':
      return bearer(signToken({ employeeId: caller.name, roles: caller.roles }));
    case 'no credentials':
      return {};
    case 'bad credentials':
      return bearer(expiredToken({ employeeId: randomUUID(), roles: ['HR'] }));
  }
}

// What the gateway sends a subgraph: the caller, signed for that subgraph and this very request
// (or nothing, or a header signed for another subgraph).
export function subgraphHeaders(caller: FuzzCaller, audience: SubgraphName, request: { query: string; variables: Record<string, unknown> }): Record<string, string> {
  const sign = (principal: Principal, forAudience: Audience) => {
    const headers = identityHeaders(principal, forAudience);
    return typeof headers === 'function' ? headers(request) : headers;
  };
  switch (caller.kind) {
    case 'person':
      return sign({ employeeId: caller.employeeId, roles: caller.roles }, audience);
    case 'service':
      return sign({ employeeId: null, roles: caller.roles, serviceAccount: caller.name }, audience);
    case 'no credentials':
      return {};
    case 'bad credentials':
      return sign({ employeeId: randomUUID(), roles: ['HR'] }, audience === 'hr' ? 'it' : 'hr');
  }
}

// ---------------------------------------------------------------------------------------------
// One fuzz request and the judge of its answer.

export type FuzzTarget = 'gateway' | SubgraphName;

export type FuzzRequest = { target: FuzzTarget; caller: FuzzCaller; operation: GeneratedOperation };

export type FuzzOutcome = { status: number; body: string; milliseconds: number };

const REQUEST_TIMEOUT_MS = 30_000;

export async function sendFuzzRequest(url: string, request: FuzzRequest): Promise<FuzzOutcome> {
  const { query, variables } = request.operation;
  const headers = request.target === 'gateway' ? gatewayHeaders(request.caller) : subgraphHeaders(request.caller, request.target, { query, variables });
  const started = Date.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return { status: response.status, body: await response.text(), milliseconds: Date.now() - started };
  } catch (error) {
    // No answer at all (reset, refused, timed out) is a server failure as much as a 500 is.
    return { status: 599, body: `no answer: ${(error as Error).message}`, milliseconds: Date.now() - started };
  }
}

type ResponseError = { message?: unknown; extensions?: Record<string, unknown> };
export type ResponseBody = { data?: unknown; errors?: ResponseError[] };

// What must never reach a client: stack traces, source locations, and the internals of the
// database, the network or the runtime. Checked only when the request did not contain the text
// itself (an error may quote the client's own value back).
export const leakPatterns: ReadonlyArray<[string, RegExp]> = [
  ['a stack frame', /\n\s+at /],
  ['a stack trace', /stacktrace/i],
  ['a build path', /\/dist\/|node_modules|\/src\//],
  ['a source location', /\.[jt]s:\d+/],
  ['a connection error', /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|socket hang up/],
  ['SQL', /relation "|column "|syntax error at or near|violates .* constraint|duplicate key value|invalid input syntax for type|QueryFailedError|out of range for type|date\/time field value/i],
  ['a runtime error', /TypeError|ReferenceError|RangeError|Cannot read properties of|is not a function|Maximum call stack/],
];

export function problemsIn(outcome: FuzzOutcome, request: FuzzRequest): string[] {
  const problems: string[] = [];
  if (outcome.status >= 500) problems.push(`HTTP ${outcome.status}`);
  let body: ResponseBody;
  try {
    body = JSON.parse(outcome.body) as ResponseBody;
  } catch {
    return [...problems, `the body is not JSON: ${JSON.stringify(abbreviate(outcome.body, 300))}`];
  }
  if (typeof body !== 'object' || body === null || (!('data' in body) && !('errors' in body))) {
    return [...problems, `the body is not a GraphQL response: ${abbreviate(outcome.body, 300)}`];
  }
  const sent = JSON.stringify(request.operation);
  for (const error of body.errors ?? []) {
    if (error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${abbreviate(String(error.message), 300)}`);
    const text = JSON.stringify(error);
    for (const [what, pattern] of leakPatterns) {
      if (pattern.test(text) && !pattern.test(sent)) problems.push(`${what} in an error: ${abbreviate(text, 500)}`);
    }
  }
  return problems;
}

export const errorCodesIn = (outcome: FuzzOutcome): string[] => {
  try {
    const body = JSON.parse(outcome.body) as ResponseBody;
    return [...new Set((body.errors ?? []).map((error) => String(error.extensions?.['code'] ?? 'no code')))];
  } catch {
    return ['not JSON'];
  }
};

// A request as a person would paste it: target, caller, document, variables (long values shortened).
export function describeRequest(request: FuzzRequest): string {
  return [
    `target: ${request.target}`,
    `caller: ${describeCaller(request.caller)}`,
    `document: ${abbreviate(request.operation.query, 2_000)}`,
    `variables: ${abbreviate(JSON.stringify(request.operation.variables), 2_000)}`,
  ].join('\n');
}

// fast-check prints counterexamples with this: the readable form, not the raw object.
export const readable = (request: FuzzRequest): FuzzRequest => Object.assign(request, { [fc.toStringMethod]: () => `\n${describeRequest(request)}\n` });

// ---------------------------------------------------------------------------------------------
// What the run did, so a pass means something: answers by status and error code, and the root
// fields that came back with data and no error (the generator got past validation and access).

export class FuzzTally {
  readonly statuses = new Map<number, number>();
  readonly errorCodes = new Map<string, number>();
  readonly answeredCleanly = new Map<string, number>();
  requests = 0;
  milliseconds = 0;

  record(request: FuzzRequest, outcome: FuzzOutcome): void {
    const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
    this.requests += 1;
    this.milliseconds += outcome.milliseconds;
    bump(this.statuses, outcome.status);
    for (const code of errorCodesIn(outcome)) bump(this.errorCodes, code);
    let body: ResponseBody | undefined;
    try {
      body = JSON.parse(outcome.body) as ResponseBody;
    } catch {
      body = undefined;
    }
    if (body?.data && !body.errors?.length) {
      for (const field of request.operation.rootFields) bump(this.answeredCleanly, `${request.operation.operationType === 'mutation' ? 'Mutation' : 'Query'}.${field}`);
    }
  }

  summary(label: string): string {
    const list = <K>(map: Map<K, number>) => [...map.entries()].sort(([, a], [, b]) => b - a).map(([key, count]) => `${String(key)} ${count}`).join(', ');
    return [
      `${label}: ${this.requests} requests, ${(this.milliseconds / Math.max(this.requests, 1)).toFixed(0)} ms each on average`,
      `  HTTP status: ${list(this.statuses)}`,
      `  error codes: ${list(this.errorCodes) || 'none'}`,
      `  root fields answered with data and no error (${this.answeredCleanly.size}): ${list(this.answeredCleanly)}`,
    ].join('\n');
  }
}
