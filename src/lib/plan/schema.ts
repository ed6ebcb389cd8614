/**
 * The stored format of a municipality's action plan (Handlingsplan): innsatsområder, goals
 * and measures as records keyed by id, kept in the same store as the checklists so that one
 * mechanism validates, saves, merges and exports both. Each record carries its own change
 * time: two tabs editing different records both keep their edit.
 */
import * as z from 'zod/mini';

/** The S.M.A.R.T.E. letters, in the order of the source's sentence on Utarbeide mål. */
export const SMARTE = ['spesifikt', 'motiverende', 'ambisjonsrikt', 'relevant', 'tidsbestemt', 'enkelt'] as const;
/** A measure's status, in the order work goes. */
export const MEASURE_STATUSES = ['ikke-startet', 'startet', 'gjennomfort'] as const;
/** The longest text a field keeps; a note is the longest field. */
export const MAX_FIELD_LENGTH = 2000;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const text = () => z.string().check(z.maxLength(MAX_FIELD_LENGTH));

/** What every record has: its place among its siblings, when it last changed, and whether it is deleted. */
const recordBase = {
  /** Position among siblings; moving swaps two records' orders. */
  order: z.number(),
  /** When the record last changed (ISO 8601, UTC); the later change wins a merge. */
  changedAt: z.string().check(z.regex(ISO_INSTANT)),
  /** A deleted record is kept, dated, so a merge with an older tab does not bring it back. */
  deleted: z.optional(z.boolean()),
};

export const areaRecord = z.object({
  kind: z.literal('area'),
  /** «Innsatsområde»: the name of the area. */
  title: text(),
  ...recordBase,
});

export const goalRecord = z.object({
  kind: z.literal('goal'),
  /** The id of the area the goal belongs to. */
  area: z.string(),
  /** «Mål»: the goal as the plan words it. */
  title: text(),
  /** The S.M.A.R.T.E. questions the group has answered yes to. */
  smarte: z.array(z.literal(SMARTE)),
  ...recordBase,
});

/**
 * «Tiltak». Deadline, cost and budget years are kept as typed, so nothing a reader writes is
 * lost; the views read them with `plan.ts` and mark what they cannot read.
 */
export const measureRecord = z.object({
  kind: z.literal('measure'),
  /** The id of the goal the measure serves. */
  goal: z.string(),
  description: text(),
  /** «Ansvarlig enhet». */
  unit: text(),
  /** «Frist»: a year (2027) or a date (2027-06-30 or 30.06.2027). */
  deadline: text(),
  /** «Kostnad (kr)»: a whole number of kroner, spaces allowed. */
  cost: text(),
  /** «Budsjettår»: one or more years (2027, 2028). */
  budgetYears: text(),
  /** «Finansiering». */
  financing: text(),
  status: z.literal(MEASURE_STATUSES),
  note: text(),
  ...recordBase,
});

export const planRecord = z.union([areaRecord, goalRecord, measureRecord]);

/** The plan: records by id. */
export const plan = z.record(z.string(), planRecord);

export type AreaRecord = z.infer<typeof areaRecord>;
export type GoalRecord = z.infer<typeof goalRecord>;
export type MeasureRecord = z.infer<typeof measureRecord>;
export type PlanRecord = z.infer<typeof planRecord>;
export type Plan = z.infer<typeof plan>;
export type SmarteKey = (typeof SMARTE)[number];
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
