/**
 * Dates editors write (ÅÅÅÅ-MM-DD) must be days that exist. YAML parsers roll impossible dates
 * over ("2026-13-45" becomes 14 February 2027) and `Date` turns numbers and booleans into 1970,
 * so dates are checked as the editor wrote them, before any parser sees them.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a date in the form ÅÅÅÅ-MM-DD that is on the calendar. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A value in front matter that looks like a date (unquoted or quoted), with its line. */
const DATE_LIKE_LINE = /^\s*([\w-]+):\s*["']?(\d{4}-\d{1,2}-\d{1,2})["']?\s*(?:#.*)?$/;

/** Front matter lines whose date is not on the calendar: "linje 6: feltet "reviewed" …". */
export function impossibleDatesIn(frontMatter: string): { line: number; field: string; value: string }[] {
  return frontMatter.split(/\r?\n/).flatMap((text, index) => {
    const match = DATE_LIKE_LINE.exec(text);
    if (!match || isCalendarDate(match[2]!)) return [];
    return [{ line: index + 1, field: match[1]!, value: match[2]! }];
  });
}
