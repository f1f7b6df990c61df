import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  SCHEMA_SNAPSHOT_COMMAND,
  compatibilityProblems,
  currentDataSchema,
  planSchemaSnapshots,
  renderSchemaSnapshot,
  type JsonSchema,
} from '../src/compatibility';
import { allEventContracts } from '../src/registry';

const schemasDirectory = resolve(__dirname, '..', 'schemas');
const brokenDirectory = resolve(__dirname, 'fixtures', 'compat-broken');

function readJson(path: string): JsonSchema {
  return JSON.parse(readFileSync(path, 'utf8')) as JsonSchema;
}

const snapshotTypes = readdirSync(schemasDirectory)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

function snapshot(type: string): JsonSchema {
  return readJson(resolve(schemasDirectory, `${type}.json`));
}

describe('published schema snapshots (schemas/<type>.json)', () => {
  it(`every event type and version has one (a new type: run \`${SCHEMA_SNAPSHOT_COMMAND}\`)`, () => {
    const missing = allEventContracts.map((contract) => contract.type).filter((type) => !snapshotTypes.includes(type));
    if (missing.length > 0) {
      throw new Error(`No schema snapshot for ${missing.join(', ')}: run \`${SCHEMA_SNAPSHOT_COMMAND}\` and commit schemas/`);
    }
  });

  it('no change to a published version breaks it (a breaking change is a new version)', () => {
    const broken: Record<string, string[]> = {};
    for (const contract of allEventContracts) {
      if (!snapshotTypes.includes(contract.type)) continue;
      const problems = compatibilityProblems(snapshot(contract.type), currentDataSchema(contract));
      if (problems.length > 0) broken[contract.type] = problems;
    }
    // Each entry: a published version whose events (already on the topic) the current schema
    // would refuse or read differently. Restore it and publish `version: N + 1` instead (README,
    // "Publishing a new version").
    expect(broken).toEqual({});
  });

  it('no published version has disappeared (removing one is itself breaking: its events stay on the topic)', () => {
    const known = new Set<string>(allEventContracts.map((contract) => contract.type));
    expect(snapshotTypes.filter((type) => !known.has(type))).toEqual([]);
  });

  it(`each snapshot records its schema as it now stands (a compatible change: run \`${SCHEMA_SNAPSHOT_COMMAND}\`)`, () => {
    // A widening not yet recorded (a new optional field) would otherwise go unguarded: removing it
    // again later would compare against a snapshot that never had it. Annotations (descriptions,
    // examples) do not count.
    const behind = allEventContracts
      .filter((contract) => snapshotTypes.includes(contract.type))
      .filter((contract) => compatibilityProblems(currentDataSchema(contract), snapshot(contract.type)).length > 0)
      .map((contract) => contract.type);
    expect(behind).toEqual([]);
  });

  it('are written as the script writes them (sorted keys, two spaces, a final newline)', () => {
    const misformatted = snapshotTypes.filter((type) => {
      const text = readFileSync(resolve(schemasDirectory, `${type}.json`), 'utf8');
      return text !== renderSchemaSnapshot(JSON.parse(text) as JsonSchema);
    });
    expect(misformatted).toEqual([]);
  });
});

// Copies of real snapshots, each broken on purpose the way the rules forbid: the same check as
// above must report exactly that. Copies of superseded (read-only) versions where there is one,
// since those never change; if a copied snapshot gains a field, copy it again and break it again.
describe('the check fails on deliberately broken copies (test/fixtures/compat-broken)', () => {
  const expected: Record<string, string[]> = {
    'backoffice.hr.employee.terminated.v1--field-removed': ['$.reason: property removed'],
    'backoffice.hr.leave.requested.v1--type-changed': ['$.days: type changed from string to number'],
    'backoffice.hr.employee.hired.v1--enum-narrowed': ['$.employmentType: enum narrowed, no longer accepts "CONTRACTOR"'],
    'backoffice.hr.leave.approved.v1--new-required-field': ['$.approvedOn: new required property'],
    'backoffice.hr.leave.approved.v1--no-longer-nullable': ['$.decidedBy: no longer nullable'],
  };

  it('has an expectation for every broken copy', () => {
    const fixtures = readdirSync(brokenDirectory)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length))
      .sort();
    expect(fixtures).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', (name, problems) => {
    const type = name.slice(0, name.indexOf('--'));
    expect(allEventContracts.map((contract) => contract.type)).toContain(type);
    expect(compatibilityProblems(snapshot(type), readJson(resolve(brokenDirectory, `${name}.json`)))).toEqual(problems);
  });
});

const uuidPattern = '^[0-9a-f-]{36}$';
const id = { type: 'string', format: 'uuid', pattern: uuidPattern };
const nullable = (schema: JsonSchema) => ({ anyOf: [schema, { type: 'null' }] });
const strict = (properties: Record<string, JsonSchema>, required = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

const hired = strict({
  employeeId: id,
  managerId: nullable(id),
  employmentType: { type: 'string', enum: ['FULL_TIME', 'PART_TIME'] },
  title: { type: 'string', minLength: 1, maxLength: 100 },
});

const posted = strict({
  journalEntryId: id,
  fiscalYear: { type: 'integer', minimum: 2000, maximum: 2100 },
  lines: {
    type: 'array',
    minItems: 1,
    items: strict({ lineNo: { type: 'integer', minimum: 1 }, debit: { type: 'string', pattern: '^\\d+$' }, memo: nullable({ type: 'string' }) }),
  },
  changes: {
    type: 'object',
    propertyNames: { type: 'string', enum: ['name', 'parentId'] },
    additionalProperties: strict({ from: nullable({ type: 'string' }), to: nullable({ type: 'string' }) }),
  },
  threshold: { anyOf: [{ type: 'number', const: 80 }, { type: 'number', const: 100 }] },
});

type Json = { [key: string]: unknown };

// A copy of `schema` changed by `change`, which edits it in place.
function edited<T extends JsonSchema>(schema: T, change: (copy: Json) => void): JsonSchema {
  // Through JSON, not structuredClone: that keeps shared subschemas shared, so one edit would hit both.
  const copy = JSON.parse(JSON.stringify(schema)) as Json;
  change(copy);
  return copy;
}

function at(schema: Json, ...path: string[]): Json {
  return path.reduce((node, key) => node[key] as Json, schema);
}

describe('compatibilityProblems', () => {
  describe('allows widening', () => {
    it.each<[string, JsonSchema, JsonSchema]>([
      ['the same schema', hired, hired],
      ['a new optional property', hired, edited(hired, (s) => void (at(s, 'properties').location = { type: 'string' }))],
      ['a new nullable optional property', hired, edited(hired, (s) => void (at(s, 'properties').note = nullable({ type: 'string' })))],
      ['an enum value added', hired, edited(hired, (s) => void (at(s, 'properties', 'employmentType').enum = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR']))],
      ['a required property becoming optional', hired, edited(hired, (s) => void (s.required = ['employeeId', 'managerId', 'employmentType']))],
      ['null accepted where it was not', hired, edited(hired, (s) => void (at(s, 'properties').title = nullable({ type: 'string', minLength: 1, maxLength: 100 })))],
      ['a limit relaxed', hired, edited(hired, (s) => void (at(s, 'properties', 'title').maxLength = 200))],
      ['a limit dropped', hired, edited(hired, (s) => void delete at(s, 'properties', 'title').minLength)],
      ['a format and pattern dropped', hired, edited(hired, (s) => void (at(s, 'properties').employeeId = { type: 'string' }))],
      ['a strict object opened', hired, edited(hired, (s) => void (s.additionalProperties = true))],
      ['descriptions, examples and ids changed', hired, edited(hired, (s) => Object.assign(s, { $id: 'x', description: 'y', examples: [{}] }))],
      ['a nested optional property', posted, edited(posted, (s) => void (at(s, 'properties', 'lines', 'items', 'properties').costCentre = { type: 'string' }))],
      ['a literal added to a union of literals', posted, edited(posted, (s) => void (at(s, 'properties', 'threshold').anyOf = [{ type: 'number', const: 50 }, { type: 'number', const: 80 }, { type: 'number', const: 100 }]))],
      ['a record key added', posted, edited(posted, (s) => void (at(s, 'properties', 'changes', 'propertyNames').enum = ['name', 'parentId', 'headId']))],
      ['an array minimum lowered', posted, edited(posted, (s) => void (at(s, 'properties', 'lines').minItems = 0))],
      ['a number range widened', posted, edited(posted, (s) => void Object.assign(at(s, 'properties', 'fiscalYear'), { minimum: 1900, maximum: 2200 }))],
    ])('%s', (_name, published, current) => {
      expect(compatibilityProblems(published, current)).toEqual([]);
    });
  });

  describe('reports breaking changes with their path', () => {
    it.each<[string, JsonSchema, JsonSchema, string[]]>([
      ['a property removed', hired, edited(hired, (s) => {
        delete at(s, 'properties').title;
        s.required = ['employeeId', 'managerId', 'employmentType'];
      }), ['$.title: property removed']],
      ['a rename (removed + added)', hired, edited(hired, (s) => {
        const properties = at(s, 'properties');
        properties.jobTitle = properties.title;
        delete properties.title;
        s.required = ['employeeId', 'managerId', 'employmentType', 'jobTitle'];
      }), ['$.title: property removed', '$.jobTitle: new required property']],
      ['string to number', hired, edited(hired, (s) => void (at(s, 'properties').title = { type: 'number' })), ['$.title: type changed from string to number']],
      ['nullable to not nullable', hired, edited(hired, (s) => void (at(s, 'properties').managerId = id)), ['$.managerId: no longer nullable']],
      ['nullable to another type', hired, edited(hired, (s) => void (at(s, 'properties').managerId = { type: 'integer' })), ['$.managerId: no longer nullable', '$.managerId: type changed from string to integer']],
      ['integer to number', posted, edited(posted, (s) => void (at(s, 'properties', 'fiscalYear').type = 'number')), ['$.fiscalYear: type changed from integer to number']],
      ['number to integer', posted, edited(posted, (s) => void (at(s, 'properties', 'threshold').anyOf = [{ type: 'integer', const: 80 }, { type: 'integer', const: 100 }])), ['$.threshold: type changed from number to integer']],
      ['a format changed', hired, edited(hired, (s) => void (at(s, 'properties', 'employeeId').format = 'email')), ['$.employeeId: format changed from "uuid" to "email"']],
      ['a pattern changed', posted, edited(posted, (s) => void (at(s, 'properties', 'lines', 'items', 'properties', 'debit').pattern = '^\\d{1,6}$')), ['$.lines[*].debit: pattern changed from "^\\\\d+$" to "^\\\\d{1,6}$"']],
      ['a pattern added', hired, edited(hired, (s) => void (at(s, 'properties', 'title').pattern = '^[A-Z]')), ['$.title: pattern "^[A-Z]" added']],
      ['an enum narrowed', hired, edited(hired, (s) => void (at(s, 'properties', 'employmentType').enum = ['FULL_TIME'])), ['$.employmentType: enum narrowed, no longer accepts "PART_TIME"']],
      ['a free string restricted to values', hired, edited(hired, (s) => void (at(s, 'properties', 'title').enum = ['Engineer'])), ['$.title: now restricted to "Engineer"']],
      ['a union of literals narrowed', posted, edited(posted, (s) => void (at(s, 'properties', 'threshold').anyOf = [{ type: 'number', const: 100 }])), ['$.threshold: enum narrowed, no longer accepts 80']],
      ['an optional property becoming required', hired, edited(hired, (s) => void (s.required = ['employeeId', 'managerId', 'employmentType', 'title', 'nickname'])), ['$.nickname: new required property']],
      ['a required property', edited(hired, (s) => void (s.required = ['employeeId'])), hired, ['$.managerId: became required', '$.employmentType: became required', '$.title: became required']],
      ['an open object becoming strict', edited(hired, (s) => void delete s.additionalProperties), hired, ['$: object became strict (additionalProperties: false) where it was open']],
      ['limits tightened', hired, edited(hired, (s) => void Object.assign(at(s, 'properties', 'title'), { minLength: 2, maxLength: 50 })), ['$.title: minLength raised from 1 to 2', '$.title: maxLength lowered from 100 to 50']],
      ['a number range narrowed', posted, edited(posted, (s) => void Object.assign(at(s, 'properties', 'fiscalYear'), { exclusiveMinimum: 2000, maximum: 2099 })), ['$.fiscalYear: lower bound raised from >= 2000 to > 2000', '$.fiscalYear: upper bound lowered from <= 2100 to <= 2099']],
      ['inside array items', posted, edited(posted, (s) => {
        const line = at(s, 'properties', 'lines', 'items');
        delete at(line, 'properties').memo;
        line.required = ['lineNo', 'debit', 'currency'];
        at(line, 'properties').currency = { type: 'string' };
      }), ['$.lines[*].memo: property removed', '$.lines[*].currency: new required property']],
      ['an array minimum raised', posted, edited(posted, (s) => void (at(s, 'properties', 'lines').minItems = 2)), ['$.lines: minItems raised from 1 to 2']],
      ['inside record values and keys', posted, edited(posted, (s) => {
        const changes = at(s, 'properties', 'changes');
        at(changes, 'propertyNames').enum = ['name'];
        at(changes, 'additionalProperties', 'properties').from = { type: 'string' };
      }), ['$.changes.*.from: no longer nullable', '$.changes (property names): enum narrowed, no longer accepts "parentId"']],
      ['a keyword the checker does not understand', hired, edited(hired, (s) => void (at(s, 'properties', 'title').not = { const: '' })), ['$.title: "not" changed, which the checker cannot judge (check it by hand or publish a new version)']],
    ])('%s', (_name, published, current, problems) => {
      expect(compatibilityProblems(published, current)).toEqual(problems);
    });
  });

  it('names property paths that are not identifiers in brackets', () => {
    const published = strict({ 'cost-centre': { type: 'string' } });
    expect(compatibilityProblems(published, strict({}, []))).toEqual(['$["cost-centre"]: property removed']);
  });
});

describe('planSchemaSnapshots (what the snapshot script writes)', () => {
  const widened = edited(hired, (s) => void (at(s, 'properties').location = { type: 'string' }));
  const narrowed = edited(hired, (s) => void (at(s, 'properties', 'employmentType').enum = ['FULL_TIME']));

  it('adds new types, rewrites compatible changes, leaves the rest, refuses breaking changes and reports orphans', () => {
    const plan = planSchemaSnapshots(
      new Map([
        ['a.v1', hired],
        ['b.v1', widened],
        ['c.v1', hired],
        ['d.v1', narrowed],
      ]),
      new Map([
        ['b.v1', renderSchemaSnapshot(hired)],
        ['c.v1', renderSchemaSnapshot(hired)],
        ['d.v1', renderSchemaSnapshot(hired)],
        ['gone.v1', renderSchemaSnapshot(hired)],
      ]),
    );
    expect(plan.added).toEqual([{ type: 'a.v1', text: renderSchemaSnapshot(hired) }]);
    expect(plan.updated).toEqual([{ type: 'b.v1', text: renderSchemaSnapshot(widened) }]);
    expect(plan.unchanged).toEqual(['c.v1']);
    expect(plan.refused).toEqual([{ type: 'd.v1', problems: ['$.employmentType: enum narrowed, no longer accepts "PART_TIME"'] }]);
    expect(plan.orphaned).toEqual(['gone.v1']);
  });

  it('renders with sorted keys, so reordering fields changes nothing', () => {
    const reordered = { additionalProperties: false, required: ['b', 'a'], properties: { b: { type: 'string' }, a: { type: 'string' } }, type: 'object' };
    expect(renderSchemaSnapshot(reordered)).toBe(
      renderSchemaSnapshot({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a', 'b'], additionalProperties: false }),
    );
  });
});
