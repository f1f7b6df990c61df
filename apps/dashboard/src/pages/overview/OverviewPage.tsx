// Placeholder until its page is written: the route exists so the app compiles.
export function OverviewPage() {
  return (
    <section>
      <h1>Overview</h1>
    </section>
  );
}
