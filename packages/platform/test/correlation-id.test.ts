import { correlationIdFrom } from '../src/correlation-id';

describe("a client's correlation id", () => {
  it.each(['order-42', '3f0c8f5e-6a39-4c5e-9d6b-2a1c1f0e9b11', 'batch:2026.06.17_a'])('is kept when it looks like an id: %s', (id) => {
    expect(correlationIdFrom(id)).toBe(id);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['too long', 'x'.repeat(65)],
    ['free text', 'hello world'],
    ['markup', '<script>alert(1)</script>'],
    ['a line break', 'id\ninjected log line'],
    ['repeated', ['a', 'b']],
  ])('is replaced by a new id when %s', (_what, header) => {
    const id = correlationIdFrom(header);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(id).not.toBe(header);
  });
});
