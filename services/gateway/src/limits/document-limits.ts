import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type GraphQLObjectType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { RequestLimits } from '../config';

// Limits on the shape of the document itself, checked before anything runs: GraphQL Armor's
// rules for depth, aliases and directives (as validation rules, which Apollo runs once per
// distinct document) and its token counter (before Apollo parses). Armor's own Apollo plugin is
// not used: it throws its token refusal from a parsing hook, which Apollo answers with a 500.

// A refusal names the limit, what the document had and how to stay under it. Armor reports
// through `onReject`; its messages ("Syntax Error: Query depth limit of 10 exceeded, found 21.")
// give the number found, the rest is said here.
type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'introspectionNesting';

const measured: Record<LimitName, string> = {
  depth: 'levels of nesting',
  aliases: 'aliases',
  directives: 'directives',
  tokens: 'tokens',
  introspectionNesting: 'lists nested in its introspection',
};

const advice: Record<LimitName, string> = {
  depth: 'Ask for fewer nested levels (the managers above someone are one level: `reportingChain`), or split the query.',
  aliases: 'Send fewer aliased fields in one operation, or page through one list with `first` and `after`.',
  directives: 'Use fewer @include/@skip directives, or send separate operations.',
  tokens: 'Send a shorter document: select fewer fields, and pass long lists and values as variables.',
  introspectionNesting: 'The standard introspection query nests three (types, their fields, their arguments).',
};

export function limitRefusal(name: LimitName, maximum: number, found?: number): GraphQLError {
  const count = found === undefined ? `more than ${maximum}` : String(found);
  return new GraphQLError(`The operation has ${count} ${measured[name]}; at most ${maximum} are allowed. ${advice[name]}`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: { name, maximum, ...(found === undefined ? {} : { found }) }, http: { status: 400 } },
  });
}

const foundIn = (armorMessage: string): number | undefined => {
  const match = /found (\d+)/.exec(armorMessage);
  return match ? Number(match[1]) : undefined;
};

// Armor's rules throw by default, which would escape graphql-js's validate(); reporting to the
// context makes the refusal one validation error among others, answered with HTTP 400.
const reportTo =
  (name: LimitName, maximum: number) =>
  (context: ValidationContext | null, error: GraphQLError): void =>
    context?.reportError(limitRefusal(name, maximum, foundIn(error.message)));

export function documentLimitRules(limits: Pick<RequestLimits, 'maxDepth' | 'maxAliases' | 'maxDirectives'>): ValidationRule[] {
  const armor = (name: LimitName, maximum: number) => ({ n: maximum, exposeLimits: true, propagateOnRejection: false, onReject: [reportTo(name, maximum)] });
  return [
    // Fragments are flattened: a spread adds its fragment's depth, not levels of its own, so depth
    // hidden in fragments counts exactly as if it were written inline. Introspection (`__schema`)
    // is left to introspectionNestingRule: the standard introspection query is 15 levels deep.
    maxDepthRule({ ...armor('depth', limits.maxDepth), flattenFragments: true, ignoreIntrospection: true }),
    maxAliasesRule(armor('aliases', limits.maxAliases)),
    maxDirectivesRule(armor('directives', limits.maxDirectives)),
    introspectionNestingRule(INTROSPECTION_MAX_NESTED_LISTS),
  ];
}

// The standard introspection query (and GraphiQL's, Apollo's) nests three lists at most,
// __schema.types.fields.args, and never a list inside itself. What makes introspection expensive
// is nesting lists in lists, `types { fields { type { fields { type { fields … } } } } }` growing
// by the number of fields at each level, not its depth (`ofType { ofType … }` are single objects).
// graphql-js's own MaxIntrospectionDepthRule counts only fields, interfaces, possibleTypes and
// inputFields, three deep: it lets `fields { type { fields … } }` and lists such as args or
// enumValues through.
export const INTROSPECTION_MAX_NESTED_LISTS = 3;

export function introspectionNestingRule(maxNestedLists: number): ValidationRule {
  return (context) => {
    type Walk = { nestedLists: number; repeatedList?: string };
    // `listsAbove`: the list fields (as Type.field) on the way down to this selection set.
    const walk = (selectionSet: SelectionSetNode, parentType: GraphQLObjectType, listsAbove: readonly string[], visitedFragments: ReadonlySet<string>): Walk => {
      const result: Walk = { nestedLists: listsAbove.length };
      const keep = (inner: Walk) => {
        result.nestedLists = Math.max(result.nestedLists, inner.nestedLists);
        result.repeatedList ??= inner.repeatedList;
      };
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const field = parentType.getFields()[selection.name.value];
          if (!field || !selection.selectionSet) continue;
          const named = getNamedType(field.type);
          if (!isObjectType(named)) continue;
          const coordinate = `${parentType.name}.${field.name}`;
          const isList = isListType(getNullableType(field.type));
          if (isList && listsAbove.includes(coordinate)) result.repeatedList ??= field.name;
          keep(walk(selection.selectionSet, named, isList ? [...listsAbove, coordinate] : listsAbove, visitedFragments));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          keep(walk(selection.selectionSet, parentType, listsAbove, visitedFragments));
        } else {
          // A fragment cycle is refused by graphql-js's own rule; here it just stops the walk.
          const fragment = context.getFragment(selection.name.value);
          if (!fragment || visitedFragments.has(fragment.name.value)) continue;
          keep(walk(fragment.selectionSet, parentType, listsAbove, new Set([...visitedFragments, fragment.name.value])));
        }
      }
      return result;
    };
    return {
      Field(node) {
        if ((node.name.value !== '__schema' && node.name.value !== '__type') || !node.selectionSet) return;
        const rootType = context.getSchema().getType(node.name.value === '__schema' ? '__Schema' : '__Type');
        if (!isObjectType(rootType)) return;
        const { nestedLists, repeatedList } = walk(node.selectionSet, rootType, [], new Set());
        if (repeatedList) context.reportError(introspectionCycleRefusal(repeatedList, maxNestedLists));
        else if (nestedLists > maxNestedLists) context.reportError(limitRefusal('introspectionNesting', maxNestedLists, nestedLists));
      },
    };
  };
}

function introspectionCycleRefusal(list: string, maxNestedLists: number): GraphQLError {
  return new GraphQLError(
    `The operation's introspection asks for \`${list}\` inside \`${list}\`, which grows with every level: at most ${maxNestedLists} nested lists are allowed, each once on a path, as in the standard introspection query.`,
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'introspectionNesting', maximum: maxNestedLists }, http: { status: 400 } } },
  );
}

// Counted by Armor's lexer before Apollo parses, so an oversized document costs at most the
// limit in tokens. Only the limit is judged here: any other syntax error is Apollo's to report.
export function refuseTooManyTokens(query: unknown, maxTokens: number): void {
  if (typeof query !== 'string') return;
  let refused = false;
  const parser = new MaxTokensParserWLexer(query, {
    n: maxTokens,
    propagateOnRejection: true,
    onReject: [
      () => {
        refused = true;
      },
    ],
  });
  try {
    parser.parseDocument();
  } catch {
    if (refused) throw limitRefusal('tokens', maxTokens);
  }
}
