import { distinctNames } from '../src/pages/approvals/distinct-names';

// The inbox's buttons are named after what they decide ("Approve claim Taxi"): a screen reader
// user must be able to tell any two apart.
describe('distinctNames', () => {
  const claim = (id: string, title: string, submitted: string) => ({ id, title, submitted });
  const names = (items: ReturnType<typeof claim>[]) => [...distinctNames(items, (item) => item.title, (item) => `submitted ${item.submitted}`).values()];

  it('keeps a name that is unique as it is', () => {
    expect(names([claim('a', 'Taxi', '10:30'), claim('b', 'Hotel', '10:30')])).toEqual(['Taxi', 'Hotel']);
  });

  it('adds the detail to names that repeat', () => {
    expect(names([claim('a', 'Taxi', '10:30'), claim('b', 'Taxi', '11:00'), claim('c', 'Hotel', '10:30')])).toEqual(['Taxi (submitted 10:30)', 'Taxi (submitted 11:00)', 'Hotel']);
  });

  it('numbers names whose details repeat too, so no two are the same', () => {
    const all = names([claim('a', 'Taxi', '10:30'), claim('b', 'Taxi', '10:30'), claim('c', 'Taxi', '10:30')]);
    expect(all).toEqual(['Taxi (submitted 10:30)', 'Taxi (submitted 10:30) 2', 'Taxi (submitted 10:30) 3']);
    expect(new Set(all).size).toBe(3);
  });
});
