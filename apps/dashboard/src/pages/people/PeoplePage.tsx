// Placeholder until its page is written: the route exists so the app compiles.
export function PeoplePage() {
  return (
    <section>
      <h1>People</h1>
    </section>
  );
}
