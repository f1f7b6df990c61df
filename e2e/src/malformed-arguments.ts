import { randomUUID } from 'node:crypto';
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  visit,
  type ASTNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

// "Bad input is never a 500": every argument of every query and mutation, and every leaf inside
// an input-object argument, is sent malformed values while the rest of the request is valid.
// What comes back must be a client error the caller can act on, never INTERNAL_SERVER_ERROR,
// never HTTP 5xx, never a body that is not JSON.

// ---------------------------------------------------------------------------------------------
// The schema clients see, from the committed supergraph.

// Types of the federation specs themselves (join__Graph, link__Purpose, ...).
const federationSpecType = /^(join|link|core)__/;
const isInaccessible = (node: ASTNode) =>
  'directives' in node && (node.directives ?? []).some((directive) => /^(inaccessible|.*__inaccessible)$/.test(directive.name.value));

// The API schema of a Federation 2 supergraph: what the gateway serves. Done with graphql alone
// (the supergraph SDL declares every directive it uses): drop what is @inaccessible, the join__
// and link__ machinery and the directive usages. @apollo/federation-internals would do the same,
// but the e2e package cannot depend on it without a change outside e2e/, and the e2e test checks
// this against the running gateway's own introspection anyway.
export function apiSchemaFromSupergraph(supergraphSdl: string): GraphQLSchema {
  const stripped = visit(parse(supergraphSdl), {
    enter(node) {
      if (isInaccessible(node)) return null;
      switch (node.kind) {
        case Kind.DIRECTIVE_DEFINITION:
        case Kind.DIRECTIVE:
          return null;
        case Kind.SCALAR_TYPE_DEFINITION:
        case Kind.ENUM_TYPE_DEFINITION:
        case Kind.INPUT_OBJECT_TYPE_DEFINITION:
        case Kind.OBJECT_TYPE_DEFINITION:
        case Kind.INTERFACE_TYPE_DEFINITION:
        case Kind.UNION_TYPE_DEFINITION:
          return federationSpecType.test(node.name.value) ? null : undefined;
        default:
          return undefined;
      }
    },
  }) as DocumentNode;
  return buildASTSchema(stripped);
}

// ---------------------------------------------------------------------------------------------
// Where values go: one position per leaf reachable from a root field's arguments.

export type RootTypeName = 'Query' | 'Mutation';

export type ArgumentPosition = {
  rootType: RootTypeName;
  field: string;
  // The field's named return type, e.g. Employee.
  returnType: string;
  // From the argument down: ['input', 'salary', 'amount']; a list of input objects adds '[]'.
  path: readonly string[];
  // The type at the position, wrappers included (`Date!`, `[ID!]`).
  type: GraphQLInputType;
};

export const coordinateOf = (position: Pick<ArgumentPosition, 'rootType' | 'field'>) => `${position.rootType}.${position.field}`;
export const pathText = (path: readonly string[]) => path.join('.').replace(/\.\[\]/g, '[]');
// `Mutation.hireEmployee(input.startDate)`: how failures and counts name a position.
export const positionKey = (position: ArgumentPosition) => `${coordinateOf(position)}(${pathText(position.path)})`;

const rootFields = (schema: GraphQLSchema): Array<{ rootType: RootTypeName; field: GraphQLField<unknown, unknown> }> => {
  const roots: Array<[RootTypeName, GraphQLObjectType | null | undefined]> = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([rootType, type]) => Object.values(type?.getFields() ?? {}).map((field) => ({ rootType, field })));
};

const unwrapNonNull = (type: GraphQLInputType): GraphQLInputType => (isNonNullType(type) ? type.ofType : type);

// Every position a malformed value can be put: scalar and enum leaves (possibly in lists), and
// lists of input objects (which get one huge list besides the leaves inside their element).
export function argumentPositions(schema: GraphQLSchema): ArgumentPosition[] {
  const positions: ArgumentPosition[] = [];
  for (const { rootType, field } of rootFields(schema)) {
    const returnType = getNamedType(field.type).name;
    const walk = (type: GraphQLInputType, path: readonly string[], inputTypesOnPath: ReadonlySet<string>) => {
      const named = getNamedType(type);
      if (isLeafType(named)) {
        positions.push({ rootType, field: field.name, returnType, path, type });
        return;
      }
      // A recursive input type would otherwise be walked forever; its first level is enough.
      if (inputTypesOnPath.has(named.name)) return;
      const bare = unwrapNonNull(type);
      if (isListType(bare)) {
        positions.push({ rootType, field: field.name, returnType, path, type });
        walk(bare.ofType, [...path, '[]'], inputTypesOnPath);
        return;
      }
      for (const inputField of Object.values(named.getFields())) {
        walk(inputField.type, [...path, inputField.name], new Set([...inputTypesOnPath, named.name]));
      }
    };
    for (const argument of field.args) walk(argument.type, [argument.name], new Set());
  }
  return positions;
}

// ---------------------------------------------------------------------------------------------
// Malformed values by type.

export type MalformedValue = { label: string; value: unknown };

const tenThousand = (text: string) => text.repeat(Math.ceil(10_000 / text.length)).slice(0, 10_000);
const tenThousandCharacters: MalformedValue = { label: '10k characters', value: tenThousand('x') };
const emptyString: MalformedValue = { label: 'empty string', value: '' };
// PostgreSQL refuses NUL in text; a classic way for a string that passes validation to become a 500.
const nulByte: MalformedValue = { label: 'NUL byte', value: 'nul\u0000byte' };

export const malformedScalarValues: Readonly<Record<string, readonly MalformedValue[]>> = {
  ID: [
    { label: 'malformed id', value: 'nope' },
    emptyString,
    { label: 'SQL in an id', value: "'; DROP TABLE x; --" },
    tenThousandCharacters,
    { label: 'uuid with bad hex', value: '123e4567-e89b-12d3-a456-42661417400g' },
    nulByte,
  ],
  Date: [
    { label: 'impossible date', value: '2026-13-45' },
    { label: 'nonexistent day', value: '2026-02-30' },
    { label: 'words for a date', value: 'yesterday' },
    emptyString,
    tenThousandCharacters,
  ],
  DateTime: [
    { label: 'words for a time', value: 'not a time' },
    { label: 'impossible timestamp', value: '2026-13-45T99:00:00Z' },
  ],
  Decimal: [
    { label: 'letters for a decimal', value: 'abc' },
    { label: 'exponent beyond any decimal', value: '1e400' },
    { label: 'negative fraction of a cent', value: '-0.001' },
    { label: 'decimal wider than any column', value: '99999999999999999999999999.999' },
    { label: '10k digits', value: tenThousand('9') },
    emptyString,
  ],
  Int: [
    { label: '2^31', value: 2 ** 31 },
    { label: 'negative', value: -1 },
    { label: 'most negative Int', value: -2147483648 },
    { label: 'fractional', value: 1.5 },
  ],
  // NaN and Infinity are not JSON: there is no way to send them.
  Float: [
    { label: 'huge', value: 1e308 },
    { label: 'negative', value: -1 },
  ],
  Boolean: [{ label: 'a string for a boolean', value: 'yes' }],
  String: [tenThousandCharacters, emptyString, nulByte],
};
// Scalars this table does not know: strings are all they can be sent as.
const otherScalarValues: readonly MalformedValue[] = [tenThousandCharacters, emptyString, nulByte];
const enumValues: readonly MalformedValue[] = [{ label: 'unknown enum value', value: 'NOT_A_VALUE' }];
export const HUGE_LIST_LENGTH = 10_000;

// The values to try at a position of this type. A list gets each element value in a list of
// one, and one list of 10k malformed elements.
export function malformedValuesFor(type: GraphQLInputType, baselineElement: () => unknown = () => null): MalformedValue[] {
  const bare = unwrapNonNull(type);
  if (isListType(bare)) {
    const element = bare.ofType;
    if (isInputObjectType(getNamedType(element)) && !isListType(unwrapNonNull(element))) {
      // Input objects have no malformed value of their own: their leaves are positions too.
      return [{ label: `${HUGE_LIST_LENGTH}-element list`, value: Array.from({ length: HUGE_LIST_LENGTH }, baselineElement) }];
    }
    const elementValues = malformedValuesFor(element, baselineElement);
    const first = elementValues[0];
    return [
      ...elementValues.map(({ label, value }) => ({ label: `[${label}]`, value: [value] })),
      ...(first ? [{ label: `${HUGE_LIST_LENGTH}-element list of ${first.label}`, value: Array.from({ length: HUGE_LIST_LENGTH }, () => first.value) }] : []),
    ];
  }
  if (isEnumType(bare)) return [...enumValues];
  if (isScalarType(bare)) return [...(malformedScalarValues[bare.name] ?? otherScalarValues)];
  return [];
}

// ---------------------------------------------------------------------------------------------
// Valid values for everything that is not under test.

export type ValueSite = { rootType: RootTypeName; field: string; returnType: string; path: readonly string[]; type: GraphQLInputType };

export type GeneratorOptions = {
  // A better valid value for a site (e.g. the id of a record that exists), or undefined.
  baseline?: (site: ValueSite) => unknown;
  // The clock for baseline dates and times.
  now?: () => Date;
};

// Strings some fields need in a particular shape before a command gets as far as the field
// under test (their validation reports every field at once, but lookups come after it).
const plausibleStrings: Array<[RegExp, () => string]> = [
  [/email/i, () => `malformed-${randomUUID()}@example.com`],
  [/currency/i, () => 'EUR'],
  [/phone/i, () => '+44 20 7946 0958'],
  [/leaveType/i, () => 'VACATION'],
  [/reason/i, () => 'RESIGNATION'],
  [/code/i, () => `C-${randomUUID().slice(0, 8).toUpperCase()}`],
];

function defaultBaseline(site: ValueSite, now: Date): unknown {
  const bare = unwrapNonNull(site.type);
  if (isEnumType(bare)) return bare.getValues()[0]?.name ?? null;
  if (!isScalarType(bare)) return null;
  const name = site.path[site.path.length - 1] ?? '';
  switch (bare.name) {
    case 'ID':
      return randomUUID();
    case 'Date':
      return now.toISOString().slice(0, 10);
    case 'DateTime':
      return now.toISOString();
    case 'Decimal':
      return '100.00';
    case 'Int':
      return /year/i.test(name) ? now.getUTCFullYear() : 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    default:
      return plausibleStrings.find(([pattern]) => pattern.test(name))?.[1]() ?? 'x';
  }
}

// ---------------------------------------------------------------------------------------------
// The cases.

export type Delivery = 'variables' | 'inline';

export type MalformedCase = {
  position: ArgumentPosition;
  value: MalformedValue;
  delivery: Delivery;
  // `Mutation.hireEmployee(input.startDate) = impossible date via variables`
  description: string;
  query: string;
  variables: Record<string, unknown>;
};

const rootKeyword: Record<RootTypeName, string> = { Query: 'query', Mutation: 'mutation' };

// For each position and each malformed value, one request with the value in variables and one
// with everything as literals in the document: the two reach the server by different paths
// (variable coercion against literal parsing).
export function* malformedArgumentCases(schema: GraphQLSchema, options: GeneratorOptions = {}): Generator<MalformedCase> {
  const now = options.now ?? (() => new Date());
  const fields = new Map(rootFields(schema).map(({ rootType, field }) => [`${rootType}.${field.name}`, field]));
  for (const position of argumentPositions(schema)) {
    const field = fields.get(coordinateOf(position))!;
    const baseline = (type: GraphQLInputType, path: readonly string[]): unknown => {
      const site: ValueSite = { rootType: position.rootType, field: position.field, returnType: position.returnType, path, type };
      const better = options.baseline?.(site);
      return better !== undefined ? better : validValue(type, path, (leafType, leafPath) => defaultBaseline({ ...site, type: leafType, path: leafPath }, now()), baseline);
    };
    const elementBaseline = () => {
      const bare = unwrapNonNull(position.type);
      return isListType(bare) ? baseline(bare.ofType, [...position.path, '[]']) : null;
    };
    for (const value of malformedValuesFor(position.type, elementBaseline)) {
      // The arguments sent: the required ones, and the one the position is in.
      const args = field.args
        .filter((argument) => argument.name === position.path[0] || (isNonNullType(argument.type) && argument.defaultValue === undefined))
        .map((argument) => ({
          argument,
          value: argument.name === position.path[0] ? valueWithLeaf(argument.type, position.path, 1, value.value, baseline) : baseline(argument.type, [argument.name]),
        }));
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      const keyword = rootKeyword[position.rootType];
      const described = `${positionKey(position)} = ${value.label}`;

      const declarations = args.map(({ argument }) => `$${argument.name}: ${String(argument.type)}`).join(', ');
      const passed = args.map(({ argument }) => `${argument.name}: $${argument.name}`).join(', ');
      yield {
        position,
        value,
        delivery: 'variables',
        description: `${described} via variables`,
        query: `${keyword} MalformedArgument(${declarations}) { ${field.name}(${passed})${selection} }`,
        variables: Object.fromEntries(args.map(({ argument, value: argumentValue }) => [argument.name, argumentValue])),
      };

      const literals = args.map(({ argument, value: argumentValue }) => `${argument.name}: ${graphqlLiteral(argumentValue, argument.type)}`).join(', ');
      yield {
        position,
        value,
        delivery: 'inline',
        description: `${described} inline`,
        query: `${keyword} MalformedArgument { ${field.name}(${literals})${selection} }`,
        variables: {},
      };
    }
  }
}

// A valid value of an input type: required input fields only (with leaves from `leaf`), and a
// list of one element.
function validValue(
  type: GraphQLInputType,
  path: readonly string[],
  leaf: (type: GraphQLInputType, path: readonly string[]) => unknown,
  nested: (type: GraphQLInputType, path: readonly string[]) => unknown,
): unknown {
  const bare = unwrapNonNull(type);
  if (isListType(bare)) return [nested(bare.ofType, [...path, '[]'])];
  if (isInputObjectType(bare)) {
    // A required field of the type itself cannot be filled in; null is the best there is.
    if (path.filter((segment) => segment !== '[]').length > 20) return null;
    return Object.fromEntries(
      Object.values(bare.getFields())
        .filter((inputField) => isNonNullType(inputField.type) && inputField.defaultValue === undefined)
        .map((inputField) => [inputField.name, nested(inputField.type, [...path, inputField.name])]),
    );
  }
  return leaf(type, path);
}

// The argument's value with `leafValue` at `path` (from `depth` on) and valid values around it.
function valueWithLeaf(
  type: GraphQLInputType,
  path: readonly string[],
  depth: number,
  leafValue: unknown,
  baseline: (type: GraphQLInputType, path: readonly string[]) => unknown,
): unknown {
  if (depth === path.length) return leafValue;
  const bare = unwrapNonNull(type);
  const segment = path[depth]!;
  if (isListType(bare)) return [valueWithLeaf(bare.ofType, path, depth + 1, leafValue, baseline)];
  if (!isInputObjectType(bare)) throw new Error(`${pathText(path)}: ${String(type)} has no field ${segment}`);
  const around = baseline(type, path.slice(0, depth)) as Record<string, unknown>;
  const inputField = bare.getFields()[segment]!;
  return { ...around, [segment]: valueWithLeaf(inputField.type, path, depth + 1, leafValue, baseline) };
}

const enumLiteral = /^[_A-Za-z][_0-9A-Za-z]*$/;

// A JSON value as a GraphQL literal of the given type. Enum values go bare; everything else
// keeps its JSON shape, so malformed values stay malformed (an Int literal of 1.5 is a Float).
export function graphqlLiteral(value: unknown, type?: GraphQLInputType): string {
  const bare = type ? unwrapNonNull(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const element = bare && isListType(bare) ? bare.ofType : undefined;
    return `[${value.map((item) => graphqlLiteral(item, element)).join(', ')}]`;
  }
  if (bare && isListType(bare)) return graphqlLiteral(value, bare.ofType);
  if (typeof value === 'object') {
    const fields = bare && isInputObjectType(bare) ? bare.getFields() : {};
    return `{ ${Object.entries(value)
      .map(([name, item]) => `${name}: ${graphqlLiteral(item, fields[name]?.type)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string') {
    if (bare && isEnumType(bare) && enumLiteral.test(value) && !['true', 'false', 'null'].includes(value)) return value;
    // JSON string escapes are GraphQL string escapes.
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} has no GraphQL literal`);
    return String(value);
  }
  return String(value);
}

// ---------------------------------------------------------------------------------------------
// Sending and judging.

export type ProbeOutcome = { status: number; body: string };

type ResponseError = { message?: unknown; extensions?: { code?: unknown } };

// What is wrong with an answer to a malformed request; nothing when it is a client error.
export function problemsIn(outcome: ProbeOutcome): string[] {
  const problems: string[] = [];
  if (outcome.status >= 500) problems.push(`HTTP ${outcome.status}`);
  let body: unknown;
  try {
    body = JSON.parse(outcome.body);
  } catch {
    problems.push(`the body is not JSON: ${JSON.stringify(outcome.body.slice(0, 200))}`);
    return problems;
  }
  const errors = typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors) ? (body.errors as ResponseError[]) : [];
  for (const error of errors) {
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${String(error.message)}`);
  }
  return problems;
}

const REQUEST_TIMEOUT_MS = 30_000;

export async function sendCase(url: string, headers: Record<string, string>, malformedCase: MalformedCase): Promise<ProbeOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: malformedCase.query, variables: malformedCase.variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    // No answer at all (connection reset, timeout) is as much a server failure as a 500.
    return { status: 599, body: `no answer: ${(error as Error).message}` };
  }
}

export type CaseResult = { malformedCase: MalformedCase; outcome: ProbeOutcome; problems: string[] };

// Sends the cases `concurrency` at a time, in order, and judges every answer.
export async function runCases(
  cases: readonly MalformedCase[],
  send: (malformedCase: MalformedCase) => Promise<ProbeOutcome>,
  concurrency = 8,
): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < cases.length; index = next++) {
      const malformedCase = cases[index]!;
      const outcome = await send(malformedCase);
      results[index] = { malformedCase, outcome, problems: problemsIn(outcome) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, cases.length) }, worker));
  return results;
}

export type Coverage = { argumentPositions: number; requests: number; queries: number; mutations: number };

export function coverageOf(results: readonly CaseResult[]): Coverage {
  const positions = new Set(results.map(({ malformedCase }) => positionKey(malformedCase.position)));
  const fieldsOf = (rootType: RootTypeName) =>
    new Set(results.filter(({ malformedCase }) => malformedCase.position.rootType === rootType).map(({ malformedCase }) => malformedCase.position.field)).size;
  return { argumentPositions: positions.size, requests: results.length, queries: fieldsOf('Query'), mutations: fieldsOf('Mutation') };
}

export const coverageLine = (coverage: Coverage) =>
  `malformed-argument test: tried ${coverage.argumentPositions} arguments (${coverage.requests} requests) across ${coverage.queries} queries and ${coverage.mutations} mutations`;

// A 10k-character value can come back inside a message: runs of one character are counted instead.
export const abbreviate = (text: string, limit = 400) => {
  const short = text.replace(/(.)\1{19,}/g, (run, character: string) => `${character}…(${run.length}×)`);
  return short.length > limit ? `${short.slice(0, limit)}…` : short;
};

// Every failing case, grouped by root field, so they can all be fixed in one go.
export function failureReport(failures: ReadonlyArray<CaseResult & { diagnosis?: string }>): string {
  const byField = new Map<string, Array<CaseResult & { diagnosis?: string }>>();
  for (const failure of failures) {
    const key = coordinateOf(failure.malformedCase.position);
    byField.set(key, [...(byField.get(key) ?? []), failure]);
  }
  const sections = [...byField.entries()].map(([coordinate, fieldFailures]) => {
    const lines = fieldFailures.map(({ malformedCase, outcome, problems, diagnosis }) => {
      const what = `${pathText(malformedCase.position.path)} = ${malformedCase.value.label} ${malformedCase.delivery === 'inline' ? 'inline' : 'via variables'}`;
      return `  - ${what}: HTTP ${outcome.status}, ${abbreviate(problems.join('; '))}${diagnosis ? `\n      ${diagnosis}` : ''}`;
    });
    return `${coordinate} (${fieldFailures.length})\n${lines.join('\n')}`;
  });
  return `${failures.length} malformed requests were answered as server failures:\n${sections.join('\n')}`;
}
