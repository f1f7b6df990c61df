// Buttons name the item they decide; two items that would read the same get a detail each, and
// should the details match too, a number ("Taxi (submitted 4 Dec 10:30) 2"), so no two buttons
// of a section share a name.
export function distinctNames<T extends { id: string }>(items: readonly T[], name: (item: T) => string, detail: (item: T) => string): Map<string, string> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(name(item), (counts.get(name(item)) ?? 0) + 1);
  const detailed = items.map((item) => [item.id, counts.get(name(item))! > 1 ? `${name(item)} (${detail(item)})` : name(item)] as const);
  const seen = new Map<string, number>();
  return new Map(
    detailed.map(([id, label]) => {
      const times = (seen.get(label) ?? 0) + 1;
      seen.set(label, times);
      return [id, times > 1 ? `${label} ${times}` : label];
    }),
  );
}
