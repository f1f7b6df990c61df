// Placeholder until its page is written: the route exists so the app compiles.
export function ApprovalsPage() {
  return (
    <section>
      <h1>Approvals</h1>
    </section>
  );
}
