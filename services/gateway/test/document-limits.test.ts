import { getIntrospectionQuery, GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import { loadGatewayConfig } from '../src/config';
import { documentLimitRules, refuseTooManyTokens } from '../src/limits/document-limits';
import { aliasedEmployeePages, clientSchema, everydayQueries, managerChain, managerChainInFragments } from './support/limits-fixtures';

const defaults = loadGatewayConfig({ NODE_ENV: 'test' }).limits;

type Refusal = { name: string; maximum: number; found?: number };

// The limits a document breaks, as the client sees them in extensions.limit.
const refusals = (schema: GraphQLSchema, query: string, limits = defaults): Refusal[] =>
  validate(schema, parse(query), documentLimitRules(limits)).map((error) => {
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    return error.extensions.limit as Refusal;
  });

const tokenRefusal = (query: string, maxTokens = defaults.maxTokens): GraphQLError | undefined => {
  try {
    refuseTooManyTokens(query, maxTokens);
    return undefined;
  } catch (error) {
    return error as GraphQLError;
  }
};

describe('limits on the document', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await clientSchema();
  });

  it('the defaults are depth 10, 15 aliases, 20 directives and 1000 tokens', () => {
    expect(defaults).toMatchObject({ maxDepth: 10, maxAliases: 15, maxDirectives: 20, maxTokens: 1000 });
  });

  it.each(Object.entries(everydayQueries))('lets an everyday query through: %s', (_name, { query }) => {
    expect(validate(schema, parse(query))).toEqual([]);
    expect(refusals(schema, query)).toEqual([]);
    expect(tokenRefusal(query)).toBeUndefined();
  });

  describe('depth', () => {
    it('refuses the issue’s 21-level manager chain, saying how deep it is and what is allowed', () => {
      const errors = validate(schema, parse(managerChain(21)), documentLimitRules(defaults));
      expect(errors).toHaveLength(1);
      expect(errors[0]!.extensions.limit).toEqual({ name: 'depth', maximum: 10, found: 21 });
      expect(errors[0]!.message).toMatch(/^The operation has 21 levels of nesting; at most 10 are allowed\. .*reportingChain/);
    });

    it('allows exactly the maximum and refuses one level more', () => {
      expect(refusals(schema, managerChain(10))).toEqual([]);
      expect(refusals(schema, managerChain(11))).toEqual([{ name: 'depth', maximum: 10, found: 11 }]);
    });

    it('counts depth hidden in fragments as if it were written inline', () => {
      expect(refusals(schema, managerChainInFragments(10))).toEqual([]);
      expect(refusals(schema, managerChainInFragments(11))).toEqual([{ name: 'depth', maximum: 10, found: 11 }]);
      expect(refusals(schema, managerChainInFragments(21))).toEqual([{ name: 'depth', maximum: 10, found: 21 }]);
    });

    it('counts inline fragments and fragments spread in several places', () => {
      const query = `{ employee(id: "1") { ... on Employee { manager { ...Deep } } department { head { ...Deep } } } }
        fragment Deep on Employee { manager { manager { manager { manager { manager { manager { manager { id } } } } } } } }`;
      expect(refusals(schema, query)).toEqual([{ name: 'depth', maximum: 10, found: 11 }]);
    });

    it('follows the configured maximum', () => {
      expect(refusals(schema, managerChain(21), { ...defaults, maxDepth: 25 })).toEqual([]);
    });
  });

  describe('aliases', () => {
    it('refuses the issue’s 200 aliased pages of employees', () => {
      expect(refusals(schema, aliasedEmployeePages(200))).toEqual([{ name: 'aliases', maximum: 15, found: 200 }]);
    });

    it('allows 15 aliases and refuses 16, counting those inside fragments', () => {
      const aliased = (count: number) => Array.from({ length: count }, (_, index) => `a${index}: id`).join(' ');
      expect(refusals(schema, `{ employee(id: "1") { ${aliased(15)} } }`)).toEqual([]);
      expect(refusals(schema, `{ employee(id: "1") { ${aliased(16)} } }`)).toEqual([{ name: 'aliases', maximum: 15, found: 16 }]);
      expect(refusals(schema, `{ employee(id: "1") { ...A manager { ...A } } } fragment A on Employee { ${aliased(8)} }`)).toEqual([
        { name: 'aliases', maximum: 15, found: 16 },
      ]);
    });
  });

  describe('directives', () => {
    it('allows 20 directives and refuses 21', () => {
      const fields = (count: number) => Array.from({ length: count }, (_, index) => `f${index}: id @include(if: true)`).join(' ');
      const limits = { ...defaults, maxAliases: 100 };
      expect(refusals(schema, `{ employee(id: "1") { ${fields(20)} } }`, limits)).toEqual([]);
      expect(refusals(schema, `{ employee(id: "1") { ${fields(21)} } }`, limits)).toEqual([{ name: 'directives', maximum: 20, found: 21 }]);
    });

    it('counts directives repeated through a fragment', () => {
      const fragment = `fragment Flags on Employee { ${Array.from({ length: 7 }, (_, index) => `f${index}: firstName @skip(if: false)`).join(' ')} }`;
      const query = `{ employee(id: "1") { ...Flags manager { ...Flags manager { ...Flags } } } } ${fragment}`;
      expect(refusals(schema, query, { ...defaults, maxAliases: 100 })).toEqual([{ name: 'directives', maximum: 20, found: 21 }]);
    });
  });

  describe('tokens', () => {
    const fields = (count: number) => `{ employee(id: "1") { ${Array.from({ length: count }, () => 'id').join(' ')} } }`;

    it('allows 1000 tokens and refuses 1001, saying how to stay under', () => {
      // `{ employee ( id : "1" ) {` and `} }` are 10 tokens.
      expect(tokenRefusal(fields(990))).toBeUndefined();
      const refused = tokenRefusal(fields(991));
      expect(refused?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: { name: 'tokens', maximum: 1000 }, http: { status: 400 } });
      expect(refused?.message).toMatch(/^The operation has more than 1000 tokens; at most 1000 are allowed\. .*variables/);
    });

    it('refuses the issue’s 200 aliased pages before they are parsed', () => {
      expect(tokenRefusal(aliasedEmployeePages(200))?.extensions.limit).toEqual({ name: 'tokens', maximum: 1000 });
    });

    it('leaves other syntax errors, and requests without a query, to Apollo', () => {
      expect(tokenRefusal('{ employee(id: ')).toBeUndefined();
      expect(tokenRefusal(undefined as unknown as string)).toBeUndefined();
    });
  });

  describe('introspection', () => {
    it('the standard introspection query, with every option on, passes every document limit', () => {
      const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
      expect(refusals(schema, query)).toEqual([]);
      expect(tokenRefusal(query)).toBeUndefined();
    });

    it('refuses introspection that asks for a list inside itself, which grows with every level', () => {
      const cycle = { name: 'introspectionNesting', maximum: 3 };
      expect(refusals(schema, `{ __schema { types { fields { type { fields { name } } } } } }`)).toEqual([cycle]);
      expect(refusals(schema, `{ __type(name: "Employee") { fields { type { fields { name } } } } }`)).toEqual([cycle]);
      const throughFragments = `{ __schema { ...Types } } fragment Types on __Schema { types { ...Fields } } fragment Fields on __Type { fields { type { interfaces { fields { name } } } } }`;
      expect(refusals(schema, throughFragments)).toEqual([cycle]);
    });

    it('refuses introspection nesting more than three lists', () => {
      const query = `{ __schema { types { fields { args { type { enumValues { name } } } } } } }`;
      expect(refusals(schema, query)).toEqual([{ name: 'introspectionNesting', maximum: 3, found: 4 }]);
    });
  });
});
