import { defaultFieldResolver, getNamedType, getNullableType, isInputObjectType, isListType, isObjectType, type GraphQLArgument, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { Refused } from './domain-errors';
import { isUuid } from './sql';

// Checks every argument of every field before its resolver runs, so what no column can hold
// is the client's mistake (BAD_USER_INPUT naming the argument), not a database error:
// - every id in this system is a UUID: a field that takes an `ID` (as an argument, in a list,
//   or inside an input object) refuses a malformed one (`employee(id: "nope")`);
// - no text may contain a NUL character, which PostgreSQL cannot store, nor half of a UTF-16
//   surrogate pair ("\ud800" is valid JSON but no character: PostgreSQL would store U+FFFD, or
//   refuse it in a json column).

type IdPath = { path: string[] };

function idPaths(type: GraphQLInputType, prefix: string[], seen: Set<string>): IdPath[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return idPaths(nullable.ofType, [...prefix, '[]'], seen);
  const named = getNamedType(nullable);
  if (named.name === 'ID') return [{ path: prefix }];
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) return [];
    const inner = new Set(seen).add(named.name);
    return Object.values(named.getFields()).flatMap((field) => idPaths(field.type, [...prefix, field.name], inner));
  }
  return [];
}

// The offending value's name as the client wrote it (`input.managerId`, `ids.2`).
function malformedIds(value: unknown, path: string[], name: string): string[] {
  if (value === null || value === undefined) return [];
  const [head, ...rest] = path;
  if (head === undefined) return isUuid(value) ? [] : [name];
  if (head === '[]') return Array.isArray(value) ? value.flatMap((item, index) => malformedIds(item, rest, `${name}.${index}`)) : malformedIds(value, rest, name);
  return typeof value === 'object' ? malformedIds((value as Record<string, unknown>)[head], rest, `${name}.${head}`) : [];
}

// The names of the strings holding a NUL character, anywhere in an argument's value.
function textsWithNul(value: unknown, name: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [name] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsWithNul(item, `${name}.${index}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => textsWithNul(item, `${name}.${key}`));
  return [];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textsIllFormed(value: unknown, name: string): string[] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [name] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsIllFormed(item, `${name}.${index}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => textsIllFormed(item, `${name}.${key}`));
  return [];
}

export function checkArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const idChecks = field.args.flatMap((arg: GraphQLArgument) => idPaths(arg.type, [], new Set()).map(({ path }) => ({ arg: arg.name, path })));
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        const badIds = idChecks.flatMap(({ arg, path }) => malformedIds(args[arg], path, arg));
        if (badIds.length) {
          throw new Refused(`Not a valid id: ${badIds.join(', ')}. Pass ids this API returned.`, badIds.map((name) => ({ field: name, message: 'must be an id (a UUID)' })));
        }
        const withNul = Object.entries(args).flatMap(([name, value]) => textsWithNul(value, name));
        if (withNul.length) {
          throw new Refused(`Text cannot contain a NUL character: ${withNul.join(', ')}.`, withNul.map((name) => ({ field: name, message: 'must not contain a NUL (\\u0000) character' })));
        }
        const illFormed = Object.entries(args).flatMap(([name, value]) => textsIllFormed(value, name));
        if (illFormed.length) {
          throw new Refused(`Text must be well-formed Unicode: ${illFormed.join(', ')}.`, illFormed.map((name) => ({ field: name, message: 'contains half of a surrogate pair (a lone \\ud800–\\udfff)' })));
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
