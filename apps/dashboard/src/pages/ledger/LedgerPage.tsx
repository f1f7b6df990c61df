// Placeholder until its page is written: the route exists so the app compiles.
export function LedgerPage() {
  return (
    <section>
      <h1>Ledger</h1>
    </section>
  );
}
