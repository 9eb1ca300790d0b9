/**
 * A fixed-offset zone where it is now between 12:00 and 13:00, so "today" holds the last two hours
 * whenever the test runs (Etc/GMT-N is UTC+N).
 */
export function noonZone(now: Date): string {
  const offset = 12 - now.getUTCHours();
  return offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}
