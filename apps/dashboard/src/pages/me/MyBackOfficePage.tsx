// Placeholder until its page is written: the route exists so the app compiles.
export function MyBackOfficePage() {
  return (
    <section>
      <h1>My back office</h1>
    </section>
  );
}
