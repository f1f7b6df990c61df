// Placeholder until its page is written: the route exists so the app compiles.
export function HelpdeskPage() {
  return (
    <section>
      <h1>Helpdesk</h1>
    </section>
  );
}
