import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAsyncApiDocument, renderAsyncApiJson } from '../src/asyncapi';
import { allEventContracts } from '../src/registry';
import { baseTopics } from '../src/topics';

describe('AsyncAPI catalog', () => {
  it('the committed asyncapi.json matches the contracts (run `pnpm --filter @backoffice/events asyncapi` if not)', () => {
    const committed = readFileSync(resolve(__dirname, '..', 'asyncapi.json'), 'utf8');
    expect(committed).toBe(renderAsyncApiJson());
  });

  it('documents every topic as a channel and every event type as a message', () => {
    const document = buildAsyncApiDocument() as {
      channels: Record<string, { address: string }>;
      components: { messages: Record<string, { name: string }> };
    };
    expect(Object.values(document.channels).map((channel) => channel.address)).toEqual([...baseTopics]);
    expect(Object.values(document.components.messages).map((message) => message.name).sort()).toEqual(
      allEventContracts.map((contract) => contract.type).sort(),
    );
  });
});

describe('README event catalog', () => {
  const readme = readFileSync(resolve(__dirname, '..', 'README.md'), 'utf8');

  it('lists every topic and every event type', () => {
    const missing = [...baseTopics, ...allEventContracts.map((contract) => contract.type)].filter(
      (name) => !readme.includes(`\`${name}\``),
    );
    expect(missing).toEqual([]);
  });
});
