import { runMigrationsRoundTrip } from '@backoffice/testkit/migrations';
import { accountingSubgraph } from '../src/accounting-subgraph';

jest.setTimeout(60_000);

// A rollback runs the migrations' down(): it must undo exactly what up() did, so a deploy can
// step back and forward again.
it('accounting migrations step up, each step comes down to exactly the schema before it, and all go up again to the same schema', async () => {
  const roundTrip = await runMigrationsRoundTrip('accounting', accountingSubgraph);
  expect(roundTrip.steps.length).toBeGreaterThan(0);
  expect(roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.afterUndo }))).toEqual(
    roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.before })),
  );
  expect(roundTrip.afterSecondUp).toEqual(roundTrip.afterFirstUp);
});
