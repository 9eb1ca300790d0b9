import { useState } from 'react';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The period on screen: local days from and to, both included; the last 7 days at first. */
export function usePeriod() {
  const [from, setFrom] = useState(() => day(new Date(Date.now() - 6 * 86_400_000)));
  const [to, setTo] = useState(() => day(new Date()));
  return { from, to, setFrom, setTo };
}
