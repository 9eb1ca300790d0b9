import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSocketEvent } from '../../realtime/socket-context.js';
import { useNames } from '../agents/api.js';

/** The gateway stops typing by itself after 5 s; a little longer here covers a lost typing_stop. */
const STALE_MS = 7_000;

/** "Alex is typing…" for the others in this ticket. */
export function TypingIndicator({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('tickets');
  const [typists, setTypists] = useState<Record<string, number>>({});
  const names = useNames();
  useSocketEvent('typing_start', (p) => {
    if (p.ticketId === ticketId && p.userId) setTypists((t) => ({ ...t, [p.userId]: Date.now() }));
  });
  useSocketEvent('typing_stop', (p) => {
    if (p.ticketId !== ticketId || !p.userId) return;
    setTypists(({ [p.userId]: _gone, ...rest }) => rest);
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new ticket starts with nobody typing
  useEffect(() => setTypists({}), [ticketId]);
  useEffect(() => {
    const timer = setInterval(() => {
      const now = Date.now();
      setTypists((t) => {
        const kept = Object.entries(t).filter(([, at]) => now - at < STALE_MS);
        return kept.length === Object.keys(t).length ? t : Object.fromEntries(kept);
      });
    }, 1_000);
    return () => clearInterval(timer);
  }, []);
  const who = Object.keys(typists).map((id) => names(id));
  return (
    <p className="typing" aria-live="polite">
      {who.length > 0 && t('typing', { names: who.join(', '), count: who.length })}
    </p>
  );
}
