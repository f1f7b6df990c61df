import { continueOrStartTrace, validTraceparent } from '../src/trace-context';

describe('W3C trace context', () => {
  const incoming = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

  it('the gateway continues a valid trace with a span of its own', () => {
    const outgoing = continueOrStartTrace(incoming);
    expect(outgoing).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
    expect(outgoing).not.toBe(incoming);
  });

  it.each([
    ['missing', undefined],
    ['malformed', 'abc'],
    ['version ff', 'ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'],
    ['an all-zero trace id', '00-00000000000000000000000000000000-b7ad6b7169203331-01'],
    ['an all-zero parent id', '00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01'],
  ])('starts a new trace when the incoming one is %s', (_what, header) => {
    expect(validTraceparent(header)).toBeUndefined();
    const started = continueOrStartTrace(header);
    expect(validTraceparent(started)).toBe(started);
    expect(started.split('-')[1]).not.toBe('0af7651916cd43dd8448eb211c80319c');
  });
});
