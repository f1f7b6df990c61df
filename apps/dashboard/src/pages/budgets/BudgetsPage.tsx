// Placeholder until its page is written: the route exists so the app compiles.
export function BudgetsPage() {
  return (
    <section>
      <h1>Budgets</h1>
    </section>
  );
}
