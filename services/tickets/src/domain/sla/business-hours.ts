// The calendar's shape alone, so the files that compile and check it need not import the
// calendar arithmetic (business-calendar.ts) that uses them.
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday, as Date#getDay
/** Local opening intervals per weekday, "HH:MM" (end may be "24:00"); none = closed. */
export type WeeklyHours = Record<Weekday, { start: string; end: string }[]>;
export type BusinessCalendar = { timeZone: string; weekly: WeeklyHours; holidays: string[] };
