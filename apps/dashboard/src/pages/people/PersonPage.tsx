// Placeholder until its page is written: the route exists so the app compiles.
export function PersonPage() {
  return (
    <section>
      <h1>Person</h1>
    </section>
  );
}
