// backoffice/data-access-in-repositories: inside services/<svc>/src, only a concept's
// *.repository.ts (and migrations) talk to the database, and a concept reaches another
// concept's data through that concept's exported queries or a hook, never its repository.
import path from 'node:path';

// Calls that run SQL or hand out a TypeORM repository/query builder, whatever the receiver.
const QUERY_METHODS = new Set(['query', 'createQueryBuilder', 'getRepository', 'getTreeRepository', 'getMongoRepository', 'withRepository']);

// TypeORM EntityManager methods. Names like `find`, `count` or `create` are common on arrays,
// maps and factories, so these count only on a receiver named like a manager (below).
const ENTITY_MANAGER_METHODS = new Set([
  'save', 'insert', 'update', 'delete', 'remove', 'upsert', 'softDelete', 'increment', 'decrement',
  'findOne', 'findOneBy', 'findOneOrFail', 'findBy', 'findAndCount', 'count', 'exists', 'create', 'merge', 'preload',
]);
const ENTITY_MANAGER_NAMES = new Set(['manager', 'entityManager', 'em', 'tx', 'dataSource', 'queryRunner']);

// The first `services/<svc>/src/` in the path is the service's source root; a concept folder
// that happened to be called `services` further down must not move it.
const SERVICE_SOURCE = /(?:^|\/)services\/([^/]+)\/src\/(.+)$/;
const REPOSITORY_MODULE = /\.repository(?:\.[cm]?[jt]s)?$/;
const REPOSITORY_FILE = /\.repository\.[cm]?[jt]s$/;
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$/;
// The platform's SQL helpers run statements: only repositories import them. Its checks on
// values (a unique violation, a uuid) are fine anywhere.
const SQL_MODULE = '@backoffice/platform/sql';
const SQL_HELPERS = new Set(['rows', 'firstRow', 'lockNamed', 'SqlParams', 'setClause', 'whereClause', 'afterCursorClause', 'orderAndLimit', 'keysetPage']);
// What one concept may import from another: its reads, its hooks and its record types.
const PUBLIC_SURFACE = /\.(?:queries|hooks|record)(?:\.[cm]?[jt]s)?$/;
// Folders of src/ that are not domain concepts: they wire, react, schedule or seed, and call
// the concepts' commands like a resolver does.
const INFRASTRUCTURE_FOLDERS = new Set(['access', 'consumers', 'jobs', 'demo', 'migrations', '__generated__']);
// Files at the root of src/ whose job is to wire the modules together.
const WIRING_FILE = /^(?:context|.+-subgraph)\.[cm]?[jt]s$/;

const toPosix = (filename) => filename.split(path.sep).join('/').replace(/\\/g, '/');

// Where a file sits in a service: its service, its path below src/, and its concept folder
// (null for files directly in src/).
function locateInService(posixPath) {
  const match = SERVICE_SOURCE.exec(posixPath);
  if (!match) return null;
  const [, service, pathInSrc] = match;
  const segments = pathInSrc.split('/');
  return { service, pathInSrc, segments, concept: segments.length > 1 ? segments[0] : null, baseName: segments[segments.length - 1] };
}

// Repositories and migrations are where data access lives; tests set data up directly.
function isAllowedToTouchDatabase(location) {
  const folders = location.segments.slice(0, -1);
  return (
    REPOSITORY_FILE.test(location.baseName) ||
    TEST_FILE.test(location.baseName) ||
    folders.includes('migrations') ||
    folders.includes('test') ||
    folders.includes('__tests__')
  );
}

// `manager!`, `(manager)?.x` and similar wrappers do not change what is being called.
function unwrap(node) {
  let current = node;
  while (current && (current.type === 'TSNonNullExpression' || current.type === 'ChainExpression')) current = current.expression;
  return current;
}

function memberName(member) {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.computed && member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  return null;
}

// The name a receiver goes by: `manager` in `manager.save()`, `dataSource` in `this.dataSource.save()`.
function receiverName(node) {
  const receiver = unwrap(node);
  if (!receiver) return null;
  if (receiver.type === 'Identifier') return receiver.name;
  if (receiver.type === 'MemberExpression') return memberName(receiver);
  return null;
}

const looksLikeEntityManager = (name) => ENTITY_MANAGER_NAMES.has(name) || name.endsWith('Manager');

// `account.repository` → `account.queries.ts`, the name the fix should use.
const queriesFileFor = (repositoryBaseName) => `${repositoryBaseName.replace(REPOSITORY_MODULE, '')}.queries.ts`;

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Only *.repository.ts files and migrations touch the database; modules use each other through exported queries or hooks, not repositories.',
    },
    schema: [],
    messages: {
      rawQuery:
        '`.{{method}}()` talks to the database. SQL belongs in a *.repository.ts of {{owner}}; call a repository function from here instead.',
      entityManagerCall:
        '`{{receiver}}.{{method}}()` uses the TypeORM entity manager. Data access belongs in a *.repository.ts of {{owner}}; call a repository function and pass it the manager/transaction.',
      managerAccess:
        '`.manager` reaches the TypeORM entity manager. Data access belongs in a *.repository.ts of {{owner}}; pass the data source or transaction to a repository function instead.',
      sqlHelper:
        "'{{name}}' from {{module}} runs SQL. SQL belongs in a *.repository.ts of {{owner}}; call a repository function from here instead.",
      otherConceptsInternals:
        "'{{source}}' is inside the {{otherConcept}} module. A module uses another only through its exported queries ({{otherConcept}}/*.queries.ts), hooks (*.hooks.ts) and record types (*.record.ts).",
      otherConceptsRepository:
        "'{{source}}' is the {{otherConcept}} module's repository. Import the {{otherConcept}} module's exported queries ({{otherConcept}}/{{queriesFile}}) or react through a hook, not its repository.",
      repositoryOutsideModule:
        "'{{source}}' is the {{otherConcept}} module's repository, and {{fileName}} is not part of that module. Use the {{otherConcept}} module's exported queries ({{otherConcept}}/{{queriesFile}}) or a hook; only context.ts and *-subgraph.ts wire repositories in.",
    },
  },

  create(context) {
    const filename = toPosix(context.physicalFilename ?? context.filename);
    const location = locateInService(filename);
    // Outside services/*/src, and in the files whose job is data access, there is nothing to check.
    if (!location || isAllowedToTouchDatabase(location)) return {};

    const owner = location.concept ? `this concept (${location.concept}/)` : 'the concept that owns the table';

    function checkModuleSource(sourceNode) {
      if (!sourceNode || sourceNode.type !== 'Literal' || typeof sourceNode.value !== 'string') return;
      const source = sourceNode.value;
      // Only relative paths reach into a sibling concept folder; packages are not repositories.
      if (!source.startsWith('./') && !source.startsWith('../')) return;
      const target = locateInService(path.posix.join(path.posix.dirname(filename), source));
      if (!target || !target.concept) return;
      if (target.service === location.service && target.concept === location.concept) return;
      if (!REPOSITORY_MODULE.test(target.baseName)) {
        const fromConcept = location.concept && !INFRASTRUCTURE_FOLDERS.has(location.concept);
        if (fromConcept && !INFRASTRUCTURE_FOLDERS.has(target.concept) && !PUBLIC_SURFACE.test(target.baseName)) {
          context.report({ node: sourceNode, messageId: 'otherConceptsInternals', data: { source, otherConcept: target.concept } });
        }
        return;
      }

      const data = { source, otherConcept: target.concept, queriesFile: queriesFileFor(target.baseName) };
      if (location.concept) {
        context.report({ node: sourceNode, messageId: 'otherConceptsRepository', data });
      } else if (!WIRING_FILE.test(location.baseName)) {
        context.report({ node: sourceNode, messageId: 'repositoryOutsideModule', data: { ...data, fileName: location.baseName } });
      }
    }

    return {
      ImportDeclaration: (node) => {
        checkModuleSource(node.source);
        if (node.source.value !== SQL_MODULE || node.importKind === 'type') return;
        for (const specifier of node.specifiers) {
          if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
          const name = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
          if (SQL_HELPERS.has(name)) context.report({ node: specifier, messageId: 'sqlHelper', data: { name, module: SQL_MODULE, owner } });
        }
      },
      ExportNamedDeclaration: (node) => checkModuleSource(node.source),
      ExportAllDeclaration: (node) => checkModuleSource(node.source),
      ImportExpression: (node) => checkModuleSource(node.source),
      // import x = require('../employees/employee.repository')
      TSImportEqualsDeclaration: (node) => {
        if (node.moduleReference.type === 'TSExternalModuleReference') checkModuleSource(node.moduleReference.expression);
      },

      CallExpression(node) {
        const callee = unwrap(node.callee);
        if (!callee || callee.type !== 'MemberExpression') return;
        const method = memberName(callee);
        if (!method) return;
        if (QUERY_METHODS.has(method)) {
          context.report({ node: callee.property, messageId: 'rawQuery', data: { method, owner } });
          return;
        }
        if (!ENTITY_MANAGER_METHODS.has(method)) return;
        const receiver = unwrap(callee.object);
        // `queryRunner.manager.save()` is already reported once, as `.manager`.
        if (receiver?.type === 'MemberExpression' && memberName(receiver) === 'manager') return;
        const name = receiverName(receiver);
        if (name && looksLikeEntityManager(name)) {
          context.report({ node: callee.property, messageId: 'entityManagerCall', data: { receiver: name, method, owner } });
        }
      },

      MemberExpression(node) {
        if (memberName(node) === 'manager') context.report({ node: node.property, messageId: 'managerAccess', data: { owner } });
      },
    };
  },
};

export default rule;
