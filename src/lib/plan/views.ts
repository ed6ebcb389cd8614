/**
 * What the plan's views read from it: deadlines, costs and budget years as typed, the
 * follow-up list with status counts and overdue measures, cost per budget year, and the CSV.
 */
import { csvCell } from '../checklist/transfer';
import { MEASURE_FIELDS } from './columns';
import type { MeasureRecord, MeasureStatus, Plan, PlanRecord } from './schema';
import { allMeasures, planTree, statusCounts, type MeasureInPlan } from './plan';

/** A deadline's last day (ÅÅÅÅ-MM-DD): a year ends on 31 December. */
export type Deadline = { lastDay: string; kind: 'year' | 'date' };

const isCalendarDay = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
const pad = (value: number | string) => String(value).padStart(2, '0');

/** Reads «Frist»: 2027, 2027-06-30 or 30.06.2027. Empty is undefined; anything else is 'invalid'. */
export function parseDeadline(text: string): Deadline | undefined | 'invalid' {
  const value = text.trim();
  if (value === '') return undefined;
  if (/^\d{4}$/.test(value)) return { lastDay: `${value}-12-31`, kind: 'year' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : norwegian
      ? [norwegian[3], norwegian[2], norwegian[1]]
      : [];
  if (!year || !isCalendarDay(Number(year), Number(month), Number(day))) return 'invalid';
  return { lastDay: `${year}-${pad(month!)}-${pad(day!)}`, kind: 'date' };
}

/**
 * Reads «Kostnad (kr)»: whole kroner, with spaces or dots between groups of thousands
 * ("1 250 000", "250.000", "kr 250 000,-"). "1.5" is refused, not read as 15. Empty is undefined.
 */
export function parseCost(text: string): number | undefined | 'invalid' {
  const value = text
    .trim()
    .replace(/^kr\.?\s*/i, '')
    .replace(/\s*(kr\.?|,-)$/i, '')
    .replace(/[\s\u00a0]/g, '');
  if (value === '') return undefined;
  if (!/^(\d{1,3}(\.\d{3})+|\d{1,13})$/.test(value)) return 'invalid';
  return Number(value.replaceAll('.', ''));
}

/** Reads «Budsjettår»: years separated by commas, spaces or "og", or a span 2027–2030. */
export function parseYears(text: string): number[] | 'invalid' {
  const value = text.trim();
  if (value === '') return [];
  const span = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(value);
  if (span) {
    const [from, to] = [Number(span[1]), Number(span[2])];
    return to >= from && to - from < 20 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : 'invalid';
  }
  const parts = value.split(/\s*(?:,|\bog\b|\s)\s*/).filter(Boolean);
  return parts.every((part) => /^\d{4}$/.test(part)) ? [...new Set(parts.map(Number))].sort() : 'invalid';
}

/** Today's date as ÅÅÅÅ-MM-DD, in the reader's own time zone. */
export const localDay = (now = new Date()) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** A measure not carried out whose deadline has passed. */
export function isOverdue(measure: MeasureRecord, today: string): boolean {
  const deadline = parseDeadline(measure.deadline);
  return measure.status !== 'gjennomfort' && typeof deadline === 'object' && deadline.lastDay < today;
}

/** The measures by deadline, the earliest first; measures without a readable deadline last. */
export function followUp(plan: Plan | undefined, today: string) {
  const measures = allMeasures(plan).map((entry) => {
    const deadline = parseDeadline(entry.measure.deadline);
    return {
      ...entry,
      lastDay: typeof deadline === 'object' ? deadline.lastDay : undefined,
      overdue: isOverdue(entry.measure, today),
    };
  });
  measures.sort((a, b) => (a.lastDay ?? '9999').localeCompare(b.lastDay ?? '9999'));
  return { measures, counts: statusCounts(plan), overdue: measures.filter((entry) => entry.overdue).length };
}

/**
 * Estimated cost per budget year, for the økonomiplan. A measure with several budget years
 * has its cost shared equally between them in whole kroner, the remainder to the first years
 * (100 kr over three years is 34, 33 and 33; the page says so); measures with a cost but no
 * readable year are summed apart, so no krone disappears from the total. Costs that cannot be
 * read are counted, so the page can say they are left out.
 */
export function costsByYear(plan: Plan | undefined) {
  const years = new Map<number, { sum: number; measures: number }>();
  const unplaced = { sum: 0, measures: 0 };
  let unreadable = 0;
  for (const { measure } of allMeasures(plan)) {
    const cost = parseCost(measure.cost);
    if (cost === 'invalid') unreadable += 1;
    if (typeof cost !== 'number') continue;
    const budgetYears = parseYears(measure.budgetYears);
    if (budgetYears === 'invalid' || budgetYears.length === 0) {
      unplaced.sum += cost;
      unplaced.measures += 1;
      continue;
    }
    const share = Math.floor(cost / budgetYears.length);
    const remainder = cost - share * budgetYears.length;
    budgetYears.forEach((year, index) => {
      const row = years.get(year) ?? { sum: 0, measures: 0 };
      row.sum += share + (index < remainder ? 1 : 0);
      row.measures += 1;
      years.set(year, row);
    });
  }
  const rows = [...years].sort(([a], [b]) => a - b).map(([year, row]) => ({ year, ...row }));
  return { rows, unplaced, unreadable, total: rows.reduce((sum, row) => sum + row.sum, 0) + unplaced.sum };
}

/** The column names and status words of the plan's CSV, from src/i18n/nb.ts. */
export interface PlanCsvWords {
  /** Number, area and goal, then the measure's fields in the order of MEASURE_FIELDS. */
  columns: readonly string[];
  statuses: Record<MeasureStatus, string>;
  /**
   * "Tiltak 1.1.1": the number with the kind's name, since a spreadsheet would read a bare
   * "1.1" as a date.
   */
  numbered: (kind: PlanRecord['kind'], number: string) => string;
}

const measureRow = ({ number, area, goal, measure }: MeasureInPlan, words: PlanCsvWords) => [
  words.numbered('measure', number),
  area.title,
  goal.title,
  ...MEASURE_FIELDS.map((field) => (field === 'status' ? words.statuses[measure.status] : measure[field])),
];

/**
 * The plan as a table for a spreadsheet, one row per measure, and a row for each goal or area
 * that has none yet, so nothing of the plan is missing: semicolons and a byte-order mark, as
 * Norwegian Excel expects.
 */
export function planCsv(plan: Plan | undefined, words: PlanCsvWords): string {
  const rows = planTree(plan).flatMap(({ number, area, goals }) =>
    goals.length === 0
      ? [[words.numbered('area', number), area.title]]
      : goals.flatMap((goal) =>
          goal.measures.length === 0
            ? [[words.numbered('goal', goal.number), area.title, goal.goal.title]]
            : goal.measures.map((entry) => measureRow(entry, words)),
        ),
  );
  const width = words.columns.length;
  const table = [words.columns, ...rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')])];
  return `\uFEFF${table.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
