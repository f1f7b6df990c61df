import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, isInputObjectType, type GraphQLInputType, type GraphQLNamedType } from 'graphql';
import { accountingPolicy } from '@backoffice/accounting/src/access/policy';
import { hrPolicy } from '@backoffice/hr/src/access/policy';
import { DEPARTMENT_OF, RETRY_ROLES_OF } from '@backoffice/hr/src/workflows/workflow.rules';
import { itPolicy } from '@backoffice/it/src/access/policy';
import type { PermissionRule } from '@backoffice/platform/access';
import {
  BLOCKS,
  classificationsOf,
  MATRIX_DOC_NAME,
  MATRIX_SUBGRAPHS,
  REPOSITORY_ROOT,
  ROLE_COLUMNS,
  readMatrix,
  type Column,
  type MatrixRow,
  type MatrixSubgraph,
} from '../src/authorization-matrix';
import { apiSchemaFromSupergraph } from '../src/malformed-arguments';
import { SUPERGRAPH_FILE, subgraphFields, subgraphSchemaFile, supergraphFields } from '../src/schema-fields';

// Every field of the graph has an authorization decision in docs/security.md: a row of its
// subgraph's matrix (sensitive fields and every mutation), or a place in one of the two lists
// (open to any signed-in caller; following the field that returns them). This test reads only
// files; authorization-matrix.e2e.test.ts runs the rows against the stack.

const matrix = readMatrix();
const policies: Record<MatrixSubgraph, Record<string, PermissionRule>> = { hr: hrPolicy.rules, accounting: accountingPolicy.rules, it: itPolicy.rules };
const policyFile = (subgraph: MatrixSubgraph) => `services/${subgraph}/src/access/policy.ts`;

const where = (subgraph: MatrixSubgraph) => `${MATRIX_DOC_NAME}, section "### ${subgraph}" between the authorization-matrix markers`;
const howToClassify = (subgraph: MatrixSubgraph, coordinate: string) => {
  const [typeName, fieldName] = coordinate.split('.');
  return (
    `\`${coordinate}\` (resolved by ${subgraph}) is not classified. Add it to ${where(subgraph)}: ` +
    (typeName === 'Mutation'
      ? `a row "| \`${coordinate}\` | ... |" in "#### ${BLOCKS.rows}" with its cell per caller, and a probe "${coordinate}" under probes.${subgraph} in e2e/src/authorization-probes.ts.`
      : `either a row "| \`${coordinate}\` | ... |" in "#### ${BLOCKS.rows}" if it has a rule (then a probe "${coordinate}" under probes.${subgraph} in e2e/src/authorization-probes.ts), ` +
        `or \`${fieldName}\` on the "- \`${typeName}\`: ..." line of "#### ${BLOCKS.open}" or of "#### ${BLOCKS.following}".`)
  );
};

describe(`the authorization matrix in ${MATRIX_DOC_NAME} classifies every field`, () => {
  it(`every field of ${SUPERGRAPH_FILE} is classified in the section of each subgraph that resolves it`, () => {
    const fields = supergraphFields();
    expect(fields.length).toBeGreaterThan(100);
    const missing = fields.flatMap(({ coordinate, subgraphs }) =>
      subgraphs.filter((subgraph) => !classificationsOf(matrix[subgraph]).has(coordinate)).map((subgraph) => howToClassify(subgraph, coordinate)),
    );
    expect(missing).toEqual([]);
  });

  it.each(MATRIX_SUBGRAPHS)('every field of %s’s schema, with the federation fields _entities and _service, is classified in its section', (subgraph) => {
    const fields = subgraphFields(subgraph);
    expect(fields).toContain('Query._service');
    const classified = classificationsOf(matrix[subgraph]);
    expect(fields.filter((coordinate) => !classified.has(coordinate)).map((coordinate) => howToClassify(subgraph, coordinate))).toEqual([]);
  });

  it.each(MATRIX_SUBGRAPHS)('everything %s’s section names is a field of that subgraph', (subgraph) => {
    const fields = new Set(subgraphFields(subgraph));
    const stale = [...classificationsOf(matrix[subgraph])].flatMap(([coordinate, places]) =>
      fields.has(coordinate) ? [] : places.map(({ line }) => `${MATRIX_DOC_NAME} line ${line} classifies \`${coordinate}\`, which ${subgraphSchemaFile(subgraph)} does not declare: remove or rename it.`),
    );
    expect(stale).toEqual([]);
  });

  it.each(MATRIX_SUBGRAPHS)('in %s’s section a field is classified once: in rows of its own, or on one list', (subgraph) => {
    const twice = [...classificationsOf(matrix[subgraph])].flatMap(([coordinate, places]) => {
      const blocks = new Set(places.map((place) => place.block));
      const lists = places.filter((place) => place.block !== 'rows');
      return blocks.size > 1 || lists.length > 1 ? [`\`${coordinate}\` is classified at lines ${places.map((p) => p.line).join(', ')}: keep one.`] : [];
    });
    expect(twice).toEqual([]);
  });

  it.each(MATRIX_SUBGRAPHS)('every mutation of %s is a row of the matrix, never on a list', (subgraph) => {
    const classified = classificationsOf(matrix[subgraph]);
    const mutations = subgraphFields(subgraph).filter((coordinate) => coordinate.startsWith('Mutation.'));
    const notRows = mutations.filter((coordinate) => {
      const places = classified.get(coordinate) ?? [];
      return !places.length || places.some((place) => place.block !== 'rows');
    });
    expect(notRows.map((coordinate) => howToClassify(subgraph, coordinate))).toEqual([]);
  });

  it('a following field names, after "as", fields that are classified themselves', () => {
    const problems = MATRIX_SUBGRAPHS.flatMap((subgraph) =>
      matrix[subgraph].following.flatMap((list) =>
        list.via.flatMap((coordinate) =>
          MATRIX_SUBGRAPHS.some((any) => classificationsOf(matrix[any]).has(coordinate))
            ? []
            : [`${MATRIX_DOC_NAME} line ${list.line}: \`${list.typeName}\` follows \`${coordinate}\`, which the matrix does not classify.`],
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  // The matrix test reaches HR's Employee and Department fields from HR's own fields, and IT's
  // and accounting's fields on them through HR. A field of accounting or IT that leads back to
  // fields only HR resolves is another way in: its rows' probes must take it too.
  const PROBED_HOPS_INTO_HR: string[] = [
    'ExpenseClaim.claimant',
    'ExpenseClaim.department',
    'Asset.holder',
    'AssetAssignment.employee',
    'AssetHistoryEntry.employee',
    'LicenseSeat.employee',
    'SystemAccount.employee',
    'AccessChange.employee',
    'AccessChange.fromDepartment',
    'AccessChange.toDepartment',
    'AccessFinding.employee',
    'AccessFinding.department',
    'AccessBundle.department',
    'Ticket.requester',
    'Ticket.employee',
    'Ticket.assignee',
    'FixedAsset.holder',
    'MonthlyExpenseSpend.department',
    'MonthlyEquipmentInUse.department',
  ];
  it('every accounting or IT field that leads to fields only HR resolves is a path of the probes', () => {
    const fields = supergraphFields();
    const hrOnlyFieldsOf = (typeName: string, from: readonly string[]) =>
      fields.filter((field) => field.coordinate.startsWith(`${typeName}.`) && field.subgraphs.includes('hr') && !field.subgraphs.some((s) => from.includes(s))).map((field) => field.coordinate);
    const hops = fields.filter((field) => !field.subgraphs.includes('hr') && hrOnlyFieldsOf(field.returns, field.subgraphs).length > 0);
    const unprobed = hops
      .filter((field) => !PROBED_HOPS_INTO_HR.includes(field.coordinate))
      .map(
        (field) =>
          `\`${field.coordinate}\` (${field.subgraphs.join(', ')}) returns ${field.returns}, whose fields ${hrOnlyFieldsOf(field.returns, field.subgraphs).join(', ')} only HR resolves: ` +
          `add a path through \`${field.coordinate}\` to the probes of their rows in e2e/src/authorization-probes.ts, then to PROBED_HOPS_INTO_HR in this test.`,
      );
    expect(unprobed).toEqual([]);
  });

  it('every input type of the supergraph is an argument of a root field (so the row of that field decides who may send it)', () => {
    const schema = apiSchemaFromSupergraph(readFileSync(join(REPOSITORY_ROOT, SUPERGRAPH_FILE), 'utf8'));
    const reached = new Set<string>();
    const visit = (type: GraphQLInputType | GraphQLNamedType) => {
      const named = getNamedType(type);
      if (reached.has(named.name)) return;
      reached.add(named.name);
      if (isInputObjectType(named)) for (const field of Object.values(named.getFields())) visit(field.type);
    };
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) for (const argument of field.args) visit(argument.type);
    }
    const inputs = Object.values(schema.getTypeMap()).filter((type) => isInputObjectType(type) && !type.name.startsWith('__'));
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((type) => !reached.has(type.name)).map((type) => `${type.name} is an input no root field takes`)).toEqual([]);
  });
});

describe(`the matrix in ${MATRIX_DOC_NAME} says what the policies say`, () => {
  // A row may also name a rule file of its service (`expense-claims/expense-claim.rules.ts`): a
  // rule over what the record holds (its claimant, the manager it records) that narrows the
  // permission to a relation the policy cannot know.
  const isRuleFile = (name: string) => name.endsWith('.ts');
  const ruleFile = (subgraph: MatrixSubgraph, name: string) => `services/${subgraph}/src/${name}`;

  // What a row's cells must be, given the first permission it names: exactly its grants, or,
  // narrowed by a rule, never more than its roles grant (the relation cells are the rule's).
  function disagreements(row: MatrixRow, rule: PermissionRule, narrowed: boolean): string[] {
    const problems: string[] = [];
    const expectYes = (column: Column, yes: boolean, why: string) => {
      const cell = row.cells[column];
      if (yes && cell !== 'yes' && !narrowed) problems.push(`${row.name} (line ${row.line}), column "${column}": "${cell}", but ${why} grants it.`);
      if (!yes && cell === 'yes') problems.push(`${row.name} (line ${row.line}), column "${column}": "yes", but ${why} does not grant it.`);
    };
    for (const column of ROLE_COLUMNS) {
      const role = column === 'SERVICE only' ? 'SERVICE' : column;
      expectYes(column, (rule.roles as readonly string[]).includes(role), `the permission's roles [${rule.roles.join(', ')}]`);
    }
    if (narrowed) return problems;
    expectYes('self', rule.self === true, `\`self: ${rule.self === true}\``);
    expectYes('line manager', rule.lineManager === true, `\`lineManager: ${rule.lineManager === true}\``);
    return problems;
  }

  // A permission a rule file widens by what the record holds, with the roles the rule grants for
  // the row: retrying a process step is MANAGER's (`workflow.retry`) and also the step's
  // department's (workflows/workflow.rules.ts RETRY_ROLES_OF), so each such row names its step in
  // its variant and its role cells are exactly the rule's roles for that step.
  const STEPS = Object.keys(DEPARTMENT_OF) as Array<keyof typeof DEPARTMENT_OF>;
  const WIDENED: Partial<Record<MatrixSubgraph, Record<string, { file: string; roles(row: MatrixRow): readonly string[] | string }>>> = {
    hr: {
      'workflow.retry': {
        file: 'workflows/workflow.rules.ts',
        roles: (row) => {
          const named = STEPS.filter((step) => new RegExp(`\\b${step}\\b`).test(row.variant ?? ''));
          return named.length === 1 ? RETRY_ROLES_OF(named[0]!) : `its variant must name one step of ${STEPS.join(', ')} (RETRY_ROLES_OF depends on it), found "${row.variant ?? ''}"`;
        },
      },
    },
  };

  function widenedDisagreements(row: MatrixRow, widened: { file: string; roles(row: MatrixRow): readonly string[] | string }, files: string[]): string[] {
    if (!files.includes(widened.file)) return [`${row.name} (line ${row.line}) names ${row.permissions[0]}, which ${widened.file} widens: name that file in the row too.`];
    const roles = widened.roles(row);
    if (typeof roles === 'string') return [`${row.name} (line ${row.line}): ${roles}`];
    return ROLE_COLUMNS.flatMap((column) => {
      const yes = roles.includes(column === 'SERVICE only' ? 'SERVICE' : column);
      const cell = row.cells[column];
      return (yes ? cell === 'yes' : cell !== 'yes') ? [] : [`${row.name} (line ${row.line}), column "${column}": "${cell}", but ${widened.file} grants [${roles.join(', ')}] for it.`];
    });
  }

  it.each(MATRIX_SUBGRAPHS)('each %s row names permissions of its policy, and its cells follow the first one', (subgraph) => {
    const rules = policies[subgraph];
    const problems = matrix[subgraph].rows.flatMap((row) => {
      const files = row.permissions.filter(isRuleFile);
      const permissions = row.permissions.filter((name) => !isRuleFile(name));
      const unknown = permissions.filter((permission) => !(permission in rules));
      if (unknown.length) return [`${row.name} (line ${row.line}) names ${unknown.join(', ')}, which ${policyFile(subgraph)} does not define.`];
      const missing = files.filter((file) => !existsSync(join(REPOSITORY_ROOT, ruleFile(subgraph, file))));
      if (missing.length) return [`${row.name} (line ${row.line}) names ${missing.map((file) => ruleFile(subgraph, file)).join(', ')}, which does not exist.`];
      const first = permissions[0];
      const widened = first ? WIDENED[subgraph]?.[first] : undefined;
      if (widened) return widenedDisagreements(row, widened, files);
      return first ? disagreements(row, rules[first]!, files.length > 0) : [];
    });
    expect(problems).toEqual([]);
  });

  it.each(MATRIX_SUBGRAPHS)('every permission of %s’s policy is named by a row, so none goes undocumented', (subgraph) => {
    const named = new Set(matrix[subgraph].rows.flatMap((row) => row.permissions));
    const unnamed = Object.keys(policies[subgraph]).filter((permission) => !named.has(permission));
    expect(unnamed.map((permission) => `${policyFile(subgraph)} defines ${permission}, which no row of ${where(subgraph)} names.`)).toEqual([]);
  });

  it('rows with no permission are open to every role (the federation fields)', () => {
    const rows = MATRIX_SUBGRAPHS.flatMap((subgraph) => matrix[subgraph].rows).filter((row) => !row.permissions.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => ROLE_COLUMNS.some((column) => row.cells[column] !== 'yes')).map((row) => `${row.name} (line ${row.line}) names no permission but refuses someone`)).toEqual([]);
  });
});
