import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderEventCatalog } from '../src/catalog';
import { baseTopics } from '../src/topics';
import { allEventContracts } from '../src/registry';

// docs/events.md is generated from the contracts with asyncapi.json; a contract changed without
// regenerating it fails here.
const committed = readFileSync(resolve(__dirname, '..', '..', '..', 'docs', 'events.md'), 'utf8');

describe('the event catalog for people (docs/events.md)', () => {
  it('is what the contracts render now (run `pnpm --filter @backoffice/events asyncapi` if not)', () => {
    expect(committed).toBe(renderEventCatalog());
  });

  it('names every topic with who may read it, and every event with its fields', () => {
    for (const topic of baseTopics) expect(committed).toContain(`### ${topic}`);
    for (const contract of allEventContracts) expect(committed).toContain(`#### \`${contract.type}\``);
    // Restricted topics are not offered to analysts.
    const row = (topic: string) => committed.split('\n').find((line) => line.startsWith(`| [\`${topic}\`]`)) ?? '';
    expect(row('hr.compensation.v1')).not.toContain('analysts');
    expect(row('hr.employee.v1')).toContain('analysts');
    // Fields are listed one per row, nested ones by path.
    expect(committed).toContain('| `employeeId` |');
    expect(committed).toContain('| `lines[].debit` |');
  });

  it('shows a stale copy as stale', () => {
    expect(renderEventCatalog()).not.toBe(committed.replace('hr.employee.v1', 'hr.employees.v1'));
  });
});
