import { defaultFieldResolver, getNamedType, getNullableType, isInputObjectType, isListType, isObjectType, type GraphQLArgument, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { Refused } from './domain-errors';
import { isUuid } from './sql';

// Every id in this system is a UUID. Rather than trusting each resolver to remember, every
// field that takes an `ID` (as an argument, in a list, or inside an input object) refuses a
// malformed one before its resolver runs, naming the argument: `employee(id: "nope")` is the
// client's mistake, not a database error.

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

export function refuseMalformedIds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checks = field.args.flatMap((arg: GraphQLArgument) => idPaths(arg.type, [], new Set()).map(({ path }) => ({ arg: arg.name, path })));
      if (!checks.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        const bad = checks.flatMap(({ arg, path }) => malformedIds(args[arg], path, arg));
        if (bad.length) {
          throw new Refused(`Not a valid id: ${bad.join(', ')}. Pass ids this API returned.`, bad.map((field) => ({ field, message: 'must be an id (a UUID)' })));
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
