import './TicketNumber.css';

/** The ticket's human number as agents quote it on the phone and search for it (`#42`, docs/api.md §4.3). */
export function TicketNumber({ number }: { number: number }) {
  return (
    <span className="ticket-number" data-testid="ticket-number">
      #{number}
    </span>
  );
}
