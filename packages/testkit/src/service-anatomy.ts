import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// Every department service has the same anatomy (ADR 0005), so an engineer finds any feature
// by its name in any service. This checks a service's `src/` against it and lists every
// deviation at once; each service's `test/anatomy.test.ts` asks for none.
//
//   src/access/policy.ts             named permissions
//   src/migrations/<13 digits>-<what-it-does>.ts
//   src/consumers/<name>.consumer.ts
//   src/<concept>/                   one folder per domain concept, files named by its stem
//     <stem>.resolvers.ts            GraphQL in and out
//     <stem>.service.ts or <stem>.commands/<verb-noun>.ts   one transaction per command, one
//                                    command per file (a read-only concept has <stem>.queries.ts)
//     <stem>.repository.ts           the only SQL
//     <stem>.record.ts               plain types (the codegen mappers)
//     <stem>.inputs.ts               zod schemas, required when the concept has mutations
//     optional: <stem>.queries.ts (reads other modules may call), <stem>.rules.ts or
//     <topic>.rules.ts (rules commands share), <stem>.hooks.ts, *.test.ts

// Folders that are not domain concepts.
const INFRASTRUCTURE_FOLDERS = new Set(['access', 'consumers', 'jobs', 'migrations', 'demo', '__generated__']);
const ROLE_SUFFIXES = ['resolvers', 'service', 'repository', 'record', 'inputs', 'queries', 'rules', 'hooks'];
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// Paths relative to `src/` with `/` separators, and each file's text.
export type ServiceSources = Map<string, string>;

export function readServiceSources(srcDirectory: string): ServiceSources {
  const sources: ServiceSources = new Map();
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else sources.set(relative(srcDirectory, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(srcDirectory);
  return sources;
}

export function checkServiceAnatomy(sources: ServiceSources): string[] {
  const problems: string[] = [];
  const paths = [...sources.keys()];
  if (!sources.has('access/policy.ts')) problems.push('access/policy.ts is missing: every service names its permissions there');
  for (const required of ['main.ts', 'config.ts', 'context.ts', 'resolvers.ts', 'schema.graphql']) {
    if (!sources.has(required)) problems.push(`${required} is missing`);
  }
  for (const path of paths.filter((p) => p.startsWith('migrations/'))) {
    if (!/^migrations\/\d{13}-[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(path)) problems.push(`${path}: migrations are named <13-digit timestamp>-<what-it-does>.ts`);
  }
  for (const path of paths.filter((p) => p.startsWith('consumers/'))) {
    if (!/^consumers\/[a-z0-9-]+\.consumer\.ts$/.test(path)) problems.push(`${path}: consumers are named <what-it-does>.consumer.ts`);
  }
  const concepts = new Set(paths.filter((p) => p.includes('/')).map((p) => p.split('/')[0]!).filter((folder) => !INFRASTRUCTURE_FOLDERS.has(folder)));
  for (const concept of [...concepts].sort()) problems.push(...checkConcept(concept, paths.filter((p) => p.startsWith(`${concept}/`)), sources));
  return problems;
}

function checkConcept(concept: string, paths: string[], sources: ServiceSources): string[] {
  const problems: string[] = [];
  if (!KEBAB.test(concept)) problems.push(`${concept}/: concept folders are kebab-case`);
  const resolvers = paths.filter((p) => /^[^/]+\/[^/]+\.resolvers\.ts$/.test(p));
  if (resolvers.length !== 1) return [...problems, `${concept}/: needs exactly one <concept>.resolvers.ts (found ${resolvers.length})`];
  const stem = resolvers[0]!.slice(concept.length + 1, -'.resolvers.ts'.length);
  // Files are named by the singular: employees/ holds employee.*; leave/ holds leave.*.
  if (stem !== concept && `${stem}s` !== concept) problems.push(`${concept}/: its files are named after the concept (${concept} or its singular), not ${stem}`);
  const has = (role: string) => sources.has(`${concept}/${stem}.${role}.ts`);
  for (const role of ['record', 'repository']) if (!has(role)) problems.push(`${concept}/${stem}.${role}.ts is missing`);
  const commandFiles = paths.filter((p) => p.startsWith(`${concept}/${stem}.commands/`));
  if (!has('service') && !commandFiles.length && !has('queries')) problems.push(`${concept}/: commands live in ${stem}.service.ts or ${stem}.commands/ (reads of a read-only concept in ${stem}.queries.ts)`);
  const hasMutations = /\bMutationResolvers\b/.test(sources.get(resolvers[0]!) ?? '');
  if (hasMutations && !has('inputs')) problems.push(`${concept}/${stem}.inputs.ts is missing: a concept with mutations validates their input there`);
  for (const path of paths) {
    const inside = path.slice(concept.length + 1);
    if (inside.startsWith(`${stem}.commands/`)) {
      const file = inside.slice(`${stem}.commands/`.length);
      if (/^[a-z0-9]+(-[a-z0-9]+)*\.test\.ts$/.test(file)) continue;
      if (!/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(file)) problems.push(`${path}: a command file is one kebab-case command, e.g. hire-employee.ts`);
      else if ((sources.get(path) ?? '').match(/^export (async )?function /gm)?.length !== 1) problems.push(`${path}: a command file exports its one command`);
      continue;
    }
    if (inside.includes('/')) {
      problems.push(`${path}: a concept folder holds role files only (and ${stem}.commands/)`);
      continue;
    }
    const role = inside.replace(/\.test\.ts$/, '.ts').match(/^([a-z0-9-]+)\.([a-z]+)\.ts$/);
    const named = role && (role[1] === stem || role[2] === 'rules') && ROLE_SUFFIXES.includes(role[2]!);
    if (!named) problems.push(`${path}: not a role file; name it ${stem}.<${ROLE_SUFFIXES.join('|')}>.ts (or <topic>.rules.ts)`);
  }
  return problems;
}
