import { addDays, weekdayOf } from '@switchboard/time';
import type { Period } from './agent-report.js';

/**
 * The last full period before `today` (a local date): the Monday-to-Sunday week before this one,
 * or the calendar month before this one.
 */
export function previousPeriod(frequency: 'weekly' | 'monthly', today: string): Period {
  if (frequency === 'weekly') {
    const thisMonday = addDays(today, -((weekdayOf(today) + 6) % 7));
    return { from: addDays(thisMonday, -7), to: addDays(thisMonday, -1) };
  }
  const lastDay = addDays(`${today.slice(0, 8)}01`, -1);
  return { from: `${lastDay.slice(0, 8)}01`, to: lastDay };
}
