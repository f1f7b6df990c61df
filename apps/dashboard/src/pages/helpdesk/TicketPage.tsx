// Placeholder until its page is written: the route exists so the app compiles.
export function TicketPage() {
  return (
    <section>
      <h1>Ticket</h1>
    </section>
  );
}
