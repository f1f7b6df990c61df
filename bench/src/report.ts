import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';
import { join } from 'node:path';

// What one `npm run bench` measured, as the terminal shows it and as a Markdown report with SVG
// charts in docs/benchmarks.md (docs/benchmarks/*.svg); the raw figures go to bench/results/,
// which git ignores. Benchmarks write through say() and printTable(), and add charts here.

type Block = { kind: 'text'; text: string } | { kind: 'table'; headers: string[]; rows: string[][]; textColumns: number } | { kind: 'chart'; file: string; alt: string };
type Section = { title: string; blocks: Block[] };

const sections: Section[] = [];
const charts = new Map<string, string>();
const raw: Record<string, unknown> = {};

export function section(title: string, text: string): void {
  sections.push({ title, blocks: [] });
  say(text);
}

// A line for the terminal and, without its surrounding blank lines, for the report.
export function say(text: string): void {
  console.log(text);
  const trimmed = text.trim();
  if (trimmed) current()?.blocks.push({ kind: 'text', text: trimmed });
}

export function recordTable(headers: string[], rows: string[][], textColumns: number): void {
  current()?.blocks.push({ kind: 'table', headers, rows, textColumns });
}

export function chart(name: string, svg: string, alt: string): void {
  charts.set(name, svg);
  current()?.blocks.push({ kind: 'chart', file: `benchmarks/${name}.svg`, alt });
}

// Raw figures of one part, for bench/results/latest.json.
export function keep(part: string, figures: unknown): void {
  raw[part] = figures;
}

function current(): Section | undefined {
  return sections.at(-1);
}

export function machineDescription(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, ${type()}; Node ${process.versions.node}`;
}

export function writeReport(repositoryRoot: string, header: { startedAt: Date; seconds: number; quick: boolean; parts: string[]; software: string }): string {
  const docs = join(repositoryRoot, 'docs');
  mkdirSync(join(docs, 'benchmarks'), { recursive: true });
  for (const [name, svg] of charts) writeFileSync(join(docs, 'benchmarks', `${name}.svg`), svg);
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench${header.quick ? ' -- --quick' : ''}\` on ${header.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${Math.round(header.seconds)} s (parts: ${header.parts.join(', ')}). Regenerate it with the same command; the raw figures of the last run are in \`bench/results/latest.json\` (not committed).`,
    '',
    `Machine: ${machineDescription()}. ${header.software}. PostgreSQL, Kafka, the services and the bench client share the cores, as they do in development; ratios within a table are measured side by side in the same run.`,
    '',
  ];
  for (const { title, blocks } of sections) {
    lines.push(`## ${title}`, '');
    for (const block of blocks) {
      if (block.kind === 'text') lines.push(block.text.replace(/^\((.*)\)$/s, '_$1_'), '');
      else if (block.kind === 'chart') lines.push(`![${block.alt}](${block.file})`, '');
      else {
        lines.push(`| ${block.headers.join(' | ')} |`);
        lines.push(`| ${block.headers.map((_, column) => (column < block.textColumns ? '---' : '---:')).join(' | ')} |`);
        for (const row of block.rows) lines.push(`| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`);
        lines.push('');
      }
    }
  }
  const file = join(docs, 'benchmarks.md');
  writeFileSync(file, lines.join('\n'));
  mkdirSync(join(repositoryRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(join(repositoryRoot, 'bench', 'results', 'latest.json'), JSON.stringify({ ...header, machine: machineDescription(), parts: raw }, null, 2));
  return file;
}
