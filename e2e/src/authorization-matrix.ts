import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// The authorization matrix as docs/security.md writes it, between its two markers: per subgraph
// a table of rows (a sensitive field or a mutation, with one cell per caller), the fields any
// signed-in caller may read, and the fields that follow the field returning them. The document
// is the source of truth; the tests read it through this module and never keep a copy.

export const REPOSITORY_ROOT = join(__dirname, '..', '..');
export const MATRIX_DOC = join(REPOSITORY_ROOT, 'docs', 'security.md');
export const MATRIX_DOC_NAME = relative(REPOSITORY_ROOT, MATRIX_DOC);
export const START_MARKER = '<!-- authorization-matrix:start -->';
export const END_MARKER = '<!-- authorization-matrix:end -->';

export const MATRIX_SUBGRAPHS = ['hr', 'accounting', 'it'] as const;
export type MatrixSubgraph = (typeof MATRIX_SUBGRAPHS)[number];

export const ROLE_COLUMNS = ['MANAGER', 'HR', 'ACCOUNTING', 'IT', 'EMPLOYEE', 'SERVICE only'] as const;
export const RELATION_COLUMNS = ['self', 'line manager'] as const;
export const COLUMNS = [...ROLE_COLUMNS, ...RELATION_COLUMNS] as const;
export type RoleColumn = (typeof ROLE_COLUMNS)[number];
export type Column = (typeof COLUMNS)[number];

export const SECOND_PERSON = 'refused (second person needed)';
export const CELLS = ['yes', 'no', 'hidden', SECOND_PERSON, 'n/a'] as const;
export type Cell = (typeof CELLS)[number];

// The three kinds of block a subgraph's section holds, by their headings.
export const BLOCKS = {
  rows: 'Sensitive fields and mutations',
  open: 'Open to any signed-in caller',
  following: 'Following the field that returns them',
} as const;
type Block = keyof typeof BLOCKS;

export type MatrixRow = {
  subgraph: MatrixSubgraph;
  // How tests and probes name the row: the coordinate, and the variant in brackets when one
  // field has several rows (`Mutation.updateEmployee (phone, workLocation, emergencyContact)`).
  name: string;
  coordinate: string;
  typeName: string;
  fieldName: string;
  variant: string | null;
  cells: Record<Column, Cell>;
  // Policy permissions the row names; the cells follow the first.
  permissions: string[];
  notes: string;
  line: number;
};

// One type's line in "Open to any signed-in caller" or "Following the field that returns them".
export type FieldList = {
  subgraph: MatrixSubgraph;
  block: 'open' | 'following';
  typeName: string;
  fields: string[];
  // For `following`: the coordinates whose rule the fields take.
  via: string[];
  line: number;
};

export type MatrixSection = { rows: MatrixRow[]; open: FieldList[]; following: FieldList[] };
export type Matrix = Record<MatrixSubgraph, MatrixSection>;

export class MatrixFormatError extends Error {
  constructor(problems: string[]) {
    super(`${MATRIX_DOC_NAME} does not read as an authorization matrix:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'MatrixFormatError';
  }
}

const isSubgraph = (value: string): value is MatrixSubgraph => (MATRIX_SUBGRAPHS as readonly string[]).includes(value);
const isCell = (value: string): value is Cell => (CELLS as readonly string[]).includes(value);
const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
const splitRow = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());

const ROW_NAME = /^`([A-Za-z_]\w*)\.([A-Za-z_]\w*)`(?:\s+\((.+)\))?$/;
const FIELD_LIST = /^- `([A-Za-z_]\w*)`:\s*(.+?)(?:\s+—\s+(.*))?$/;

export function readMatrix(markdown: string = readFileSync(MATRIX_DOC, 'utf8')): Matrix {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === START_MARKER);
  const end = lines.findIndex((line) => line.trim() === END_MARKER);
  if (start < 0 || end < start) throw new MatrixFormatError([`the markers ${START_MARKER} and ${END_MARKER} must enclose the matrix, in that order`]);

  const matrix: Matrix = { hr: emptySection(), accounting: emptySection(), it: emptySection() };
  let subgraph: MatrixSubgraph | null = null;
  let block: Block | null = null;
  let header: string[] | null = null;

  for (let index = start + 1; index < end; index += 1) {
    const text = lines[index]!.trim();
    const line = index + 1;
    const at = `line ${line}`;
    if (text.startsWith('### ')) {
      const name = text.slice(4).trim();
      if (!isSubgraph(name)) problems.push(`${at}: "### ${name}" is not a subgraph; the sections are ${MATRIX_SUBGRAPHS.map((s) => `"### ${s}"`).join(', ')}`);
      subgraph = isSubgraph(name) ? name : null;
      block = null;
      header = null;
      continue;
    }
    if (text.startsWith('#### ')) {
      const title = text.slice(5).trim();
      const found = (Object.keys(BLOCKS) as Block[]).find((key) => BLOCKS[key] === title) ?? null;
      if (!found) problems.push(`${at}: "#### ${title}" is not one of ${Object.values(BLOCKS).map((t) => `"${t}"`).join(', ')}`);
      if (!subgraph) problems.push(`${at}: "#### ${title}" must sit under a subgraph's "### " heading`);
      block = found;
      header = null;
      continue;
    }
    if (!subgraph || !block) continue;
    const section = matrix[subgraph];

    if (block === 'rows' && text.startsWith('|')) {
      const cells = splitRow(text);
      if (!header) {
        header = cells;
        const missing = [...COLUMNS, 'Permission'].filter((column) => !header!.includes(column));
        if (missing.length) problems.push(`${at}: the table's header lacks ${missing.map((m) => `"${m}"`).join(', ')}`);
        continue;
      }
      if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
      if (cells.length !== header.length) {
        problems.push(`${at}: ${cells.length} cells where the header has ${header.length}`);
        continue;
      }
      const byColumn = Object.fromEntries(header.map((column, i) => [column, cells[i]!]));
      const name = ROW_NAME.exec(cells[0]!);
      if (!name) {
        problems.push(`${at}: the first cell must name the field as \`Type.field\`, optionally followed by a variant in brackets; found "${cells[0]}"`);
        continue;
      }
      const rowCells = {} as Record<Column, Cell>;
      for (const column of COLUMNS) {
        const value = byColumn[column] ?? '';
        if (isCell(value)) rowCells[column] = value;
        else problems.push(`${at}: column "${column}" holds "${value}"; a cell is one of ${CELLS.map((c) => `"${c}"`).join(', ')}`);
      }
      for (const column of ROLE_COLUMNS) {
        if (rowCells[column] === SECOND_PERSON || rowCells[column] === 'n/a') problems.push(`${at}: "${rowCells[column]}" belongs in the self or line manager column, not "${column}"`);
      }
      if (rowCells['line manager'] === SECOND_PERSON) problems.push(`${at}: "${SECOND_PERSON}" belongs in the self column`);
      const [, typeName, fieldName, variant] = name;
      const coordinate = `${typeName}.${fieldName}`;
      section.rows.push({
        subgraph,
        name: variant ? `${coordinate} (${variant})` : coordinate,
        coordinate,
        typeName: typeName!,
        fieldName: fieldName!,
        variant: variant ?? null,
        cells: rowCells,
        permissions: backticked(byColumn['Permission'] ?? ''),
        notes: byColumn['Notes'] ?? '',
        line,
      });
      continue;
    }

    if ((block === 'open' || block === 'following') && text.startsWith('- ')) {
      const list = FIELD_LIST.exec(text);
      if (!list) {
        problems.push(`${at}: a field list reads "- \`Type\`: \`field\`, \`field\`${block === 'following' ? ' — as `Type.field`' : ''}"; found "${text}"`);
        continue;
      }
      const [, typeName, fieldsText, after] = list;
      const fields = backticked(fieldsText!);
      if (!fields.length) problems.push(`${at}: \`${typeName}\` lists no fields`);
      const via = block === 'following' ? backticked(after ?? '') : [];
      if (block === 'following' && !via.length) problems.push(`${at}: \`${typeName}\` must say whose rule its fields follow: "— as \`Type.field\`"`);
      section[block].push({ subgraph, block, typeName: typeName!, fields, via, line });
    }
  }

  for (const name of MATRIX_SUBGRAPHS) {
    if (!matrix[name].rows.length && !matrix[name].open.length) problems.push(`the section "### ${name}" is missing or empty`);
    const seen = new Map<string, number>();
    for (const row of matrix[name].rows) {
      if (seen.has(row.name)) problems.push(`line ${row.line}: the row ${row.name} repeats line ${seen.get(row.name)}; give each row of one field its own variant`);
      seen.set(row.name, row.line);
    }
  }
  if (problems.length) throw new MatrixFormatError(problems);
  return matrix;
}

function emptySection(): MatrixSection {
  return { rows: [], open: [], following: [] };
}

// Where each `Type.field` of a subgraph is classified (a field may have several rows).
export type Classification = { block: Block; line: number; row?: MatrixRow };

export function classificationsOf(section: MatrixSection): Map<string, Classification[]> {
  const byField = new Map<string, Classification[]>();
  const add = (coordinate: string, classification: Classification) => byField.set(coordinate, [...(byField.get(coordinate) ?? []), classification]);
  for (const row of section.rows) add(row.coordinate, { block: 'rows', line: row.line, row });
  for (const list of [...section.open, ...section.following]) {
    for (const field of list.fields) add(`${list.typeName}.${field}`, { block: list.block, line: list.line });
  }
  return byField;
}

export const allRows = (matrix: Matrix): MatrixRow[] => MATRIX_SUBGRAPHS.flatMap((subgraph) => matrix[subgraph].rows);
