import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Parser } from '@asyncapi/parser';
import { renderAsyncApiJson } from '../src/asyncapi';

// The analysts' catalog is a valid AsyncAPI 3 document by the reference parser (its schema and
// its rules), not only by our own reading: the committed file and what the contracts render now.
jest.setTimeout(60_000);

const ERROR = 0;

describe('the AsyncAPI document, by @asyncapi/parser', () => {
  it.each([
    ['the committed asyncapi.json', () => readFileSync(resolve(__dirname, '..', 'asyncapi.json'), 'utf8')],
    ['what the contracts render', () => renderAsyncApiJson()],
  ])('%s parses with no error', async (_name, read) => {
    const { document, diagnostics } = await new Parser().parse(read());
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === ERROR).map((diagnostic) => `${diagnostic.path.join('.')}: ${diagnostic.message}`);
    expect(errors).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    expect(document?.channels().length).toBeGreaterThan(10);
    expect(document?.allMessages().length).toBeGreaterThan(50);
  });

  it('reports a document broken on purpose, so the check can fail', async () => {
    const broken = JSON.parse(renderAsyncApiJson()) as Record<string, unknown>;
    delete broken.info;
    const { diagnostics } = await new Parser().parse(JSON.stringify(broken));
    expect(diagnostics.some((diagnostic) => diagnostic.severity === ERROR)).toBe(true);
  });
});
