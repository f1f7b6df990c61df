import { join } from 'node:path';
import { checkServiceAnatomy, readServiceSources } from '@backoffice/testkit/service-anatomy';

test('the service has the shared anatomy: an access policy, and each concept folder with its files in the named roles (ADR 0005)', () => {
  const sources = readServiceSources(join(__dirname, '..', 'src'));
  expect(sources.size).toBeGreaterThan(5);
  expect(checkServiceAnatomy(sources)).toEqual([]);
});
