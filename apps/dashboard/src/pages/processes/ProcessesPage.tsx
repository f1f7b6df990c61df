// Placeholder until its page is written: the route exists so the app compiles.
export function ProcessesPage() {
  return (
    <section>
      <h1>Processes</h1>
    </section>
  );
}
