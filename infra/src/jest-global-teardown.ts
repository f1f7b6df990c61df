import type { LocalStack } from './local-stack';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __backofficeStack?: LocalStack }).__backofficeStack?.stop();
}
