/**
 * A measure's fields in the order every table of the plan shows them (the plan document, the
 * CSV, the blank template), each named in src/i18n/nb.ts by `plan.<field>`.
 */
export const MEASURE_FIELDS = [
  'description',
  'unit',
  'deadline',
  'cost',
  'budgetYears',
  'financing',
  'status',
  'note',
] as const;
export type MeasureField = (typeof MEASURE_FIELDS)[number];

/** The dictionary key of a field's column name. */
export const columnKey = <F extends MeasureField>(field: F) => `plan.${field}` as const;

/** Every column name key, for the strings the browser is given (CLIENT_STRINGS). */
export const MEASURE_COLUMN_KEYS = MEASURE_FIELDS.map(columnKey);
