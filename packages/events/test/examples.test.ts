import { z } from 'zod';
import { createEventEnvelope, defineEvent } from '../src/contract';
import { hrEventContracts } from '../src/hr-events';
import { allEventContracts, parseEventEnvelope } from '../src/registry';

// Every event type documents its data with an example (the catalog shows it): the example is data a
// producer could publish, and a contract with a wrong one cannot even be defined.

const fixed = {
  id: '3b0e6a52-9c1d-4f7e-8a2b-5d6c7e8f9a01',
  time: new Date('2026-05-15T08:30:00.000Z'),
  sequence: 1,
  actor: 'system',
  correlationid: '9e1b7c3a-5d2f-4a8e-b6c0-3f7d1e9a2b54',
};

describe('event examples', () => {
  it('every contract has an example', () => {
    expect(allEventContracts.filter((contract) => contract.example === undefined).map((contract) => contract.type)).toEqual([]);
  });

  it.each(allEventContracts.map((contract) => [contract.type, contract] as const))(
    '%s: the example parses with the strict data schema, unchanged',
    (_type, contract) => {
      const parsed = contract.schema.safeParse(contract.example);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(contract.example);
    },
  );

  it.each(allEventContracts.map((contract) => [contract.type, contract] as const))(
    '%s: the envelope built from the example passes parseEventEnvelope',
    (_type, contract) => {
      const envelope = createEventEnvelope(contract, { ...fixed, data: contract.example });
      const parsed = parseEventEnvelope(JSON.stringify(envelope));
      expect(parsed.type).toBe(contract.type);
      expect(parsed.subject).toBe((contract.example as Record<string, unknown>)[contract.key]);
      expect(parsed.data).toEqual(contract.example);
    },
  );

  it('reaction events share a data schema but each has its own example, by its own service\'s consumer', () => {
    const reactions = allEventContracts.filter((contract) => contract.aggregate === 'reaction');
    expect(reactions).toHaveLength(3);
    for (const contract of reactions) {
      expect((contract.example as { consumer: string }).consumer.startsWith(`${contract.service}.`)).toBe(true);
    }
    expect(new Set(reactions.map((contract) => (contract.example as { failureId: string }).failureId)).size).toBe(3);
  });

  it('examples are frozen, so no test can change what the catalog shows', () => {
    const [first] = hrEventContracts;
    expect(Object.isFrozen(first.example)).toBe(true);
    expect(Object.isFrozen(first.example.steps)).toBe(true);
  });
});

describe('defineEvent refuses a contract whose example is not valid data', () => {
  const spec = {
    service: 'hr',
    aggregate: 'employee',
    name: 'promoted',
    version: 1,
    topic: 'hr.employee.v1',
    key: 'employeeId',
    description: 'test',
    data: z.strictObject({ employeeId: z.uuid(), title: z.string().min(1), effectiveDate: z.iso.date() }),
  } as const;
  const example = { employeeId: 'c5175294-534e-416b-8330-b0a949dc6116', title: 'Staff Engineer', effectiveDate: '2026-07-01' };

  it('accepts a valid one', () => {
    expect(defineEvent({ ...spec, example }).example).toEqual(example);
  });

  it('refuses a missing required field, naming the event and the field', () => {
    const { title: _title, ...missingTitle } = example;
    expect(() => defineEvent({ ...spec, example: missingTitle as typeof example })).toThrow(
      /^hr\.employee\.promoted: the example is not valid data: data\.title: /,
    );
  });

  it('refuses an unknown field, naming it', () => {
    expect(() => defineEvent({ ...spec, example: { ...example, salary: '90000.00' } as typeof example })).toThrow(
      /^hr\.employee\.promoted: the example is not valid data: .*salary/,
    );
  });

  it('refuses a value of the wrong format', () => {
    expect(() => defineEvent({ ...spec, example: { ...example, effectiveDate: '2026-02-30' } })).toThrow(
      /hr\.employee\.promoted: the example is not valid data: data\.effectiveDate: /,
    );
  });

  it('refuses no example at all', () => {
    expect(() => defineEvent({ ...spec } as unknown as Parameters<typeof defineEvent>[0])).toThrow(
      /hr\.employee\.promoted: an example of the data is required/,
    );
  });

  it('refuses an example that parsing would change (a default filled in)', () => {
    const withDefault = z.strictObject({ employeeId: z.uuid(), remote: z.boolean().default(false) });
    expect(() =>
      defineEvent({ ...spec, data: withDefault, example: { employeeId: example.employeeId } as z.output<typeof withDefault> }),
    ).toThrow(/hr\.employee\.promoted: the example changes when parsed/);
  });
});
