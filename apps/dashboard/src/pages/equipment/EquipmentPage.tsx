// Placeholder until its page is written: the route exists so the app compiles.
export function EquipmentPage() {
  return (
    <section>
      <h1>Assets and licences</h1>
    </section>
  );
}
