import { runMigrationsRoundTrip } from '@backoffice/testkit/migrations';
import { itSubgraph } from '../src/it-subgraph';

jest.setTimeout(60_000);

// A rollback runs the migrations' down(): it must undo exactly what up() did, so a deploy can
// step back and forward again.
it('it migrations step up, each step comes down to exactly the schema before it, and all go up again to the same schema', async () => {
  const roundTrip = await runMigrationsRoundTrip('it', itSubgraph);
  expect(roundTrip.steps.length).toBeGreaterThan(0);
  expect(roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.afterUndo }))).toEqual(
    roundTrip.steps.map((step) => ({ migration: step.migration, schema: step.before })),
  );
  expect(roundTrip.afterSecondUp).toEqual(roundTrip.afterFirstUp);
});
