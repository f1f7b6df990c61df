import { join } from 'node:path';
import { regenerateResolverTypes } from '@backoffice/testkit/generated-code';

jest.setTimeout(30_000);

test('the committed resolver types are what schema.graphql generates (run pnpm codegen if not)', () => {
  const { generated, committed } = regenerateResolverTypes(join(__dirname, '..'));
  expect(committed).toBe(generated);
});
