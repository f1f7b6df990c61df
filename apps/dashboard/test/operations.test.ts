import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import * as generated from '../src/graphql/graphql';
import { outageReach, supergraphSchema } from './support/outage-reach';

// Every operation the app sends, checked against the committed supergraph as the gateway serves
// it (its API schema): a subgraph change that breaks the dashboard fails here, not in a browser.
// And the generated operations are what `pnpm codegen` makes of the source now, so no operation
// in the app escapes the check.

const repositoryRoot = join(__dirname, '..', '..', '..');
const supergraphSdl = readFileSync(join(repositoryRoot, 'services', 'gateway', 'supergraph.graphql'), 'utf8');
const apiSchema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

const documents = Object.entries(generated).filter((entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && (entry[1] as DocumentNode)?.kind === Kind.DOCUMENT);
const operationsOf = (document: DocumentNode) => document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);

describe("the dashboard's operations", () => {
  it('are there to check', () => {
    expect(documents.length).toBeGreaterThan(10);
  });

  it.each(documents)('%s is valid against the committed supergraph', (_name, document) => {
    expect(validate(apiSchema, document).map((error) => error.message)).toEqual([]);
  });

  it('have unique names', () => {
    const names = documents.flatMap(([, document]) => operationsOf(document).map((operation) => operation.name?.value));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect(names).not.toContain(undefined);
  });

  // Codegen runs in a plain Node child: its CLI loads ES modules that Jest's runtime cannot.
  it('are generated from the source as it is now (pnpm codegen)', () => {
    const codegen = join(__dirname, '..', 'node_modules', '.bin', 'graphql-codegen');
    const check = spawnSync(codegen, ['--config', 'codegen.ts', '--check'], { cwd: join(__dirname, '..'), encoding: 'utf8' });
    expect({ status: check.status, output: check.status === 0 ? '' : check.stdout + check.stderr }).toEqual({ status: 0, output: '' });
  }, 60_000);

  it('a field removed from the schema is reported', () => {
    const broken = Supergraph.build(supergraphSdl.replace(/\n\s+"""(?:(?!""")[\s\S])*"""\s*\n\s+leaveApprovalQueue:.*\n/, '\n')).apiSchema().toGraphQLJSSchema();
    const users = documents.filter(([, document]) => JSON.stringify(document).includes('"leaveApprovalQueue"'));
    expect(users.length).toBeGreaterThan(0);
    for (const [, document] of users) expect(validate(broken, document).map((error) => error.message)).toContainEqual(expect.stringMatching(/Cannot query field "leaveApprovalQueue"/));
  });
});

// One department down may blank its own parts of a page, never another department's list: a
// field fetched from a second subgraph sits under one that may be null (test/support/outage-reach.ts).
describe("the dashboard's queries, with one department down", () => {
  const supergraph = supergraphSchema(supergraphSdl);

  it.each(documents)('%s loses only what that department answers', (_name, document) => {
    expect(outageReach(supergraph, document)).toEqual([]);
  });

  it("finds a list that another department's outage would blank", () => {
    const mixed = parse(`query { expenseApprovalQueue { id claimant { id firstName } department { id name } } }`);
    expect(outageReach(supergraph, mixed)).toEqual([{ path: 'expenseApprovalQueue.claimant.firstName', subgraph: 'HR', loses: 'expenseApprovalQueue' }]);
  });

  it("lets a root field that only leads to another department's data lose itself", () => {
    const leading = parse(`query ($id: ID!) { employee(id: $id) { id expenseClaims { id title } } }`);
    expect(outageReach(supergraph, leading)).toEqual([]);
    const owning = parse(`query ($id: ID!) { employee(id: $id) { id firstName expenseClaims { id title } } }`);
    expect(outageReach(supergraph, owning)).toEqual([{ path: 'employee.expenseClaims', subgraph: 'ACCOUNTING', loses: 'employee' }]);
  });

  it('counts a list whose items may be null as non-null when the list itself is not', () => {
    const nullableItems = supergraphSchema(supergraphSdl.replace('expenseClaims: [ExpenseClaim!]! @join__field(graph: ACCOUNTING)', 'expenseClaims: [ExpenseClaim]! @join__field(graph: ACCOUNTING)'));
    const owning = parse(`query ($id: ID!) { employee(id: $id) { id firstName expenseClaims { id } } }`);
    expect(outageReach(nullableItems, owning)).toEqual([{ path: 'employee.expenseClaims', subgraph: 'ACCOUNTING', loses: 'employee' }]);
  });

  it('reports a non-null root field beside others, whose loss would empty the whole response, and checks mutations too', () => {
    // As if `employee` were non-null: a path to accounting's claims, alone or beside another root field.
    const nonNullEmployee = supergraphSchema(supergraphSdl.replace(/^( {2}employee\(id: ID!\): Employee)( @join__field)/m, '$1!$2'));
    const alone = parse(`query ($id: ID!) { employee(id: $id) { id expenseClaims { id } } }`);
    expect(outageReach(nonNullEmployee, alone)).toEqual([]);
    const besideOthers = parse(`query ($id: ID!) { employee(id: $id) { id expenseClaims { id } } leaveTypes { code } }`);
    expect(outageReach(nonNullEmployee, besideOthers)).toEqual([{ path: 'employee.expenseClaims', subgraph: 'ACCOUNTING', loses: 'employee' }]);
    expect(outageReach(supergraph, besideOthers)).toEqual([]);
    const mutation = parse(`mutation ($id: ID!, $version: Int!) { approveExpenseClaim(id: $id, expectedVersion: $version) { id claimant { firstName } } }`);
    expect(outageReach(supergraph, mutation)).toEqual([{ path: 'approveExpenseClaim.claimant.firstName', subgraph: 'HR', loses: 'approveExpenseClaim' }]);
  });
});
