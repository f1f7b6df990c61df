import { z } from 'zod';
import type { AnyEventContract } from './contract';

// Published event schemas are snapshotted in `schemas/<type>.json` (the `data` schema of each
// event type and version, as JSON Schema). Once a version is published, every event ever written
// in it stays on its topic and must stay readable, so its schema may only widen: a change to an
// existing version is checked against its snapshot here. A breaking change is a new version.

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

type SchemaObject = { readonly [keyword: string]: unknown };

// Keywords that constrain nothing; a change to them is never a problem.
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$comment',
  'title',
  'description',
  'default',
  'examples',
  'example',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

// Keywords the checker compares; any other keyword that changes is reported, since a guard that
// cannot tell must not let it through silently.
const UNDERSTOOD = new Set([
  'type',
  'anyOf',
  'oneOf',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
]);

// The problems that make `current` unable to stand in for `published`: a value the published
// schema accepted (an event already written) that the current one would refuse, or a narrowing a
// consumer would notice. Each names the JSON path (`$` is the event's `data`) and what changed.
// Widening is allowed: a new optional property, an enum value added, a required property
// becoming optional, null accepted where it was not.
export function compatibilityProblems(published: JsonSchema, current: JsonSchema): string[] {
  const problems: string[] = [];
  compareNodes(published, current, '$', problems);
  return problems;
}

interface Branch {
  // undefined: any JSON value.
  readonly type: string | undefined;
  readonly schema: SchemaObject;
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function inferredType(schema: SchemaObject): string | undefined {
  const values = 'const' in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
  if (values !== undefined && values.length > 0) {
    const types = new Set(values.map(jsonType));
    if (types.size === 1) return [...types][0];
  }
  if (isObject(schema.properties) || 'additionalProperties' in schema || 'required' in schema) return 'object';
  if ('items' in schema || 'prefixItems' in schema) return 'array';
  return undefined;
}

// The alternatives a schema accepts: `anyOf`/`oneOf` members and `type` arrays split into one
// branch per type; branches of one type that only list values (zod's union of literals) are
// merged into one enum.
function branchesOf(schema: JsonSchema): Branch[] {
  if (schema === true) return [{ type: undefined, schema: {} }];
  if (schema === false) return [];
  const union = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  if (union !== undefined) {
    const { anyOf: _anyOf, oneOf: _oneOf, ...siblings } = schema;
    return mergeValueBranches(
      union.flatMap((member: unknown) => branchesOf(isObject(member) ? { ...siblings, ...member } : (member as boolean))),
    );
  }
  if (Array.isArray(schema.type)) {
    return schema.type.map((type: unknown) => ({ type: String(type), schema: { ...schema, type } }));
  }
  const type = typeof schema.type === 'string' ? schema.type : inferredType(schema);
  return [{ type, schema }];
}

const VALUE_KEYWORDS = new Set(['type', 'enum', 'const']);

function valuesOf(schema: SchemaObject): unknown[] | undefined {
  if ('const' in schema) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}

function mergeValueBranches(branches: Branch[]): Branch[] {
  const merged: Branch[] = [];
  for (const branch of branches) {
    const onlyValues = (schema: SchemaObject) =>
      valuesOf(schema) !== undefined && Object.keys(schema).every((key) => VALUE_KEYWORDS.has(key) || ANNOTATIONS.has(key));
    const index = merged.findIndex(
      (other) => other.type === branch.type && onlyValues(other.schema) && onlyValues(branch.schema),
    );
    const other = merged[index];
    if (other === undefined) {
      merged.push(branch);
    } else {
      const values = [...(valuesOf(other.schema) ?? []), ...(valuesOf(branch.schema) ?? [])];
      merged[index] = { type: branch.type, schema: { type: branch.type, enum: values } };
    }
  }
  return merged;
}

function compareNodes(published: JsonSchema, current: JsonSchema, path: string, problems: string[]): void {
  const before = branchesOf(published);
  const after = branchesOf(current);
  if (after.some((branch) => branch.type === undefined && isUnconstrained(branch.schema))) return;

  const typeNames = (branches: Branch[]) => branches.map((branch) => branch.type ?? 'any').filter((type) => type !== 'null');
  if (before.some((branch) => branch.type === 'null') && !after.some((branch) => branch.type === 'null' || branch.type === undefined)) {
    problems.push(`${path}: no longer nullable`);
  }

  let typeChanged = false;
  for (const branch of before) {
    if (branch.type === 'null') continue;
    const candidates = after.filter((other) => other.type === branch.type || other.type === undefined);
    if (candidates.length === 0) {
      typeChanged = true;
      continue;
    }
    const outcomes = candidates.map((candidate) => {
      const found: string[] = [];
      compareBranches(branch.schema, candidate.schema, branch.type, path, found);
      return found;
    });
    if (outcomes.some((found) => found.length === 0)) continue;
    problems.push(...outcomes.reduce((fewest, found) => (found.length < fewest.length ? found : fewest)));
  }
  if (typeChanged) {
    const from = typeNames(before).join(' | ') || 'null';
    const to = typeNames(after).join(' | ') || (after.length === 0 ? 'nothing' : 'null');
    problems.push(`${path}: type changed from ${from} to ${to}`);
  }
}

function isUnconstrained(schema: SchemaObject): boolean {
  return Object.keys(schema).every((key) => ANNOTATIONS.has(key));
}

function compareBranches(
  published: SchemaObject,
  current: SchemaObject,
  type: string | undefined,
  path: string,
  problems: string[],
): void {
  compareValues(published, current, path, problems);
  if (type === 'string' || type === undefined) compareStrings(published, current, path, problems);
  if (type === 'number' || type === 'integer' || type === undefined) compareNumbers(published, current, path, problems);
  if (type === 'array' || type === undefined) compareArrays(published, current, path, problems);
  if (type === 'object' || type === undefined) compareObjects(published, current, path, problems);
  for (const keyword of Object.keys(current)) {
    if (ANNOTATIONS.has(keyword) || UNDERSTOOD.has(keyword)) continue;
    if (!same(published[keyword], current[keyword])) {
      problems.push(`${path}: "${keyword}" changed, which the checker cannot judge (check it by hand or publish a new version)`);
    }
  }
}

function compareValues(published: SchemaObject, current: SchemaObject, path: string, problems: string[]): void {
  const after = valuesOf(current);
  if (after === undefined) return;
  const before = valuesOf(published);
  if (before === undefined) {
    problems.push(`${path}: now restricted to ${after.map(show).join(', ')}`);
    return;
  }
  const removed = before.filter((value) => !after.some((other) => same(value, other)));
  if (removed.length > 0) {
    problems.push(`${path}: enum narrowed, no longer accepts ${removed.map(show).join(', ')}`);
  }
}

function compareStrings(published: SchemaObject, current: SchemaObject, path: string, problems: string[]): void {
  let formatChanged = false;
  if (current.format !== undefined && current.format !== published.format) {
    formatChanged = true;
    problems.push(
      published.format === undefined
        ? `${path}: format ${show(current.format)} added`
        : `${path}: format changed from ${show(published.format)} to ${show(current.format)}`,
    );
  }
  // A format brings its own pattern in zod's output: one problem is enough.
  if (!formatChanged && current.pattern !== undefined && current.pattern !== published.pattern) {
    problems.push(
      published.pattern === undefined
        ? `${path}: pattern ${show(current.pattern)} added`
        : `${path}: pattern changed from ${show(published.pattern)} to ${show(current.pattern)}`,
    );
  }
  compareLowerLimit(published, current, 'minLength', path, problems);
  compareUpperLimit(published, current, 'maxLength', path, problems);
}

function compareLowerLimit(published: SchemaObject, current: SchemaObject, keyword: string, path: string, problems: string[]): void {
  const before = published[keyword];
  const after = current[keyword];
  if (typeof after !== 'number') return;
  if (typeof before !== 'number') problems.push(`${path}: ${keyword} ${after} added`);
  else if (after > before) problems.push(`${path}: ${keyword} raised from ${before} to ${after}`);
}

function compareUpperLimit(published: SchemaObject, current: SchemaObject, keyword: string, path: string, problems: string[]): void {
  const before = published[keyword];
  const after = current[keyword];
  if (typeof after !== 'number') return;
  if (typeof before !== 'number') problems.push(`${path}: ${keyword} ${after} added`);
  else if (after < before) problems.push(`${path}: ${keyword} lowered from ${before} to ${after}`);
}

interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
}

function bound(schema: SchemaObject, inclusive: string, exclusive: string, tighter: (a: number, b: number) => boolean): Bound | undefined {
  const plain = typeof schema[inclusive] === 'number' ? (schema[inclusive] as number) : undefined;
  const strict = typeof schema[exclusive] === 'number' ? (schema[exclusive] as number) : undefined;
  if (strict !== undefined && (plain === undefined || !tighter(plain, strict))) return { value: strict, exclusive: true };
  return plain === undefined ? undefined : { value: plain, exclusive: false };
}

function showBound(limit: Bound | undefined, lower: boolean): string {
  if (limit === undefined) return 'none';
  return `${lower ? '>' : '<'}${limit.exclusive ? '' : '='} ${limit.value}`;
}

function compareNumbers(published: SchemaObject, current: SchemaObject, path: string, problems: string[]): void {
  const above = (a: number, b: number) => a > b;
  const below = (a: number, b: number) => a < b;
  const lowerBefore = bound(published, 'minimum', 'exclusiveMinimum', above);
  const lowerAfter = bound(current, 'minimum', 'exclusiveMinimum', above);
  if (
    lowerAfter !== undefined &&
    (lowerBefore === undefined ||
      lowerAfter.value > lowerBefore.value ||
      (lowerAfter.value === lowerBefore.value && lowerAfter.exclusive && !lowerBefore.exclusive))
  ) {
    problems.push(`${path}: lower bound raised from ${showBound(lowerBefore, true)} to ${showBound(lowerAfter, true)}`);
  }
  const upperBefore = bound(published, 'maximum', 'exclusiveMaximum', below);
  const upperAfter = bound(current, 'maximum', 'exclusiveMaximum', below);
  if (
    upperAfter !== undefined &&
    (upperBefore === undefined ||
      upperAfter.value < upperBefore.value ||
      (upperAfter.value === upperBefore.value && upperAfter.exclusive && !upperBefore.exclusive))
  ) {
    problems.push(`${path}: upper bound lowered from ${showBound(upperBefore, false)} to ${showBound(upperAfter, false)}`);
  }
  const stepAfter = current.multipleOf;
  const stepBefore = published.multipleOf;
  if (typeof stepAfter === 'number' && (typeof stepBefore !== 'number' || !Number.isInteger(stepBefore / stepAfter))) {
    problems.push(`${path}: multipleOf changed from ${stepBefore === undefined ? 'none' : show(stepBefore)} to ${show(stepAfter)}`);
  }
}

function compareArrays(published: SchemaObject, current: SchemaObject, path: string, problems: string[]): void {
  if (current.items !== undefined) {
    compareNodes(asSchema(published.items), asSchema(current.items), `${path}[*]`, problems);
  }
  if (Array.isArray(current.prefixItems)) {
    const before = Array.isArray(published.prefixItems) ? published.prefixItems : [];
    current.prefixItems.forEach((item: unknown, index: number) => {
      compareNodes(asSchema(before[index] ?? published.items), asSchema(item), `${path}[${index}]`, problems);
    });
  }
  compareLowerLimit(published, current, 'minItems', path, problems);
  compareUpperLimit(published, current, 'maxItems', path, problems);
  if (current.uniqueItems === true && published.uniqueItems !== true) problems.push(`${path}: uniqueItems added`);
}

// An absent subschema accepts anything.
function asSchema(value: unknown): JsonSchema {
  return typeof value === 'boolean' || isObject(value) ? (value as JsonSchema) : true;
}

function compareObjects(published: SchemaObject, current: SchemaObject, path: string, problems: string[]): void {
  const propertiesBefore = isObject(published.properties) ? published.properties : {};
  const propertiesAfter = isObject(current.properties) ? current.properties : {};
  const requiredBefore = new Set(Array.isArray(published.required) ? (published.required as string[]) : []);
  const requiredAfter = Array.isArray(current.required) ? (current.required as string[]) : [];

  for (const [name, schema] of Object.entries(propertiesBefore)) {
    const where = childPath(path, name);
    if (!(name in propertiesAfter)) {
      problems.push(`${where}: property removed`);
      continue;
    }
    compareNodes(asSchema(schema), asSchema(propertiesAfter[name]), where, problems);
  }
  for (const name of requiredAfter) {
    if (requiredBefore.has(name)) continue;
    problems.push(`${childPath(path, name)}: ${name in propertiesBefore ? 'became required' : 'new required property'}`);
  }

  const extraBefore = published.additionalProperties;
  const extraAfter = current.additionalProperties;
  if (extraAfter === false) {
    if (extraBefore !== false) problems.push(`${path}: object became strict (additionalProperties: false) where it was open`);
  } else if (isObject(extraAfter) && extraBefore !== false) {
    compareNodes(asSchema(extraBefore), extraAfter, `${path}.*`, problems);
  }
  if (current.propertyNames !== undefined) {
    compareNodes(asSchema(published.propertyNames), asSchema(current.propertyNames), `${path} (property names)`, problems);
  }
  compareLowerLimit(published, current, 'minProperties', path, problems);
  compareUpperLimit(published, current, 'maxProperties', path, problems);
}

// Objects' keys sorted (and `required`, a set), so a snapshot changes only when the schema does.
export function sortKeys(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => sortKeys(item));
    return key === 'required' && items.every((item) => typeof item === 'string') ? [...(items as string[])].sort() : items;
  }
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((name) => [name, sortKeys(value[name], name)]),
  );
}

export const SCHEMA_SNAPSHOT_COMMAND = 'pnpm --filter @backoffice/events schemas';

export function schemaSnapshotFileName(type: string): string {
  return `${type}.json`;
}

// What is published for a contract: its `data` schema, identified by the envelope's `dataschema`.
export function currentDataSchema(contract: AnyEventContract): SchemaObject {
  return sortKeys({ $id: contract.dataschema, ...z.toJSONSchema(contract.schema) }) as SchemaObject;
}

export function renderSchemaSnapshot(schema: JsonSchema): string {
  return `${JSON.stringify(sortKeys(schema), null, 2)}\n`;
}

export interface SnapshotPlan {
  readonly added: { readonly type: string; readonly text: string }[];
  readonly updated: { readonly type: string; readonly text: string }[];
  readonly unchanged: string[];
  readonly refused: { readonly type: string; readonly problems: string[] }[];
  // Snapshots of types no contract defines any more: removing a published version is breaking.
  readonly orphaned: string[];
}

// What the snapshot script would do, given the current schemas and the snapshot files' texts
// (by event type). Pure, so it is tested without touching the files.
export function planSchemaSnapshots(current: ReadonlyMap<string, JsonSchema>, snapshots: ReadonlyMap<string, string>): SnapshotPlan {
  const plan: SnapshotPlan = { added: [], updated: [], unchanged: [], refused: [], orphaned: [] };
  for (const [type, schema] of current) {
    const text = renderSchemaSnapshot(schema);
    const existing = snapshots.get(type);
    if (existing === undefined) {
      plan.added.push({ type, text });
      continue;
    }
    const problems = compatibilityProblems(JSON.parse(existing) as JsonSchema, schema);
    if (problems.length > 0) plan.refused.push({ type, problems });
    else if (existing === text) plan.unchanged.push(type);
    else plan.updated.push({ type, text });
  }
  plan.orphaned.push(...[...snapshots.keys()].filter((type) => !current.has(type)).sort());
  return plan;
}
