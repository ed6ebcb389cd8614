/**
 * The stored format of a reader's checklist progress, validated with Zod on every read.
 * `zod/mini` keeps the validator small enough for the browser (about 6 kB gzip).
 */
import * as z from 'zod/mini';

/** Name written into every stored or exported file, so foreign JSON is recognised. */
export const FORMAT = 'boligveiviser-sjekkliste';
/** The version this code writes. Older versions are migrated; newer ones are refused. */
export const CURRENT_VERSION = 2;
/** The longest note kept for one item. */
export const MAX_NOTE_LENGTH = 1000;

/** Version 1 stored only which items were ticked. */
export const progressV1 = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  checked: z.array(z.string()),
});

/** The state of one item, keyed by its stable id. */
export const itemState = z.object({
  checked: z.boolean(),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE_LENGTH))),
  /** When the reader last changed the tick or the note (ISO 8601). */
  changedAt: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), "Ugyldig dato")),
});

/** Version 2: ticks, notes and when each item was changed. */
export const progressV2 = z.object({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  /** The municipality's name, as typed on the print view. */
  municipality: z.optional(z.string().check(z.maxLength(200))),
  /** Items by id. Ids no longer in the content are kept, never shown, never moved. */
  items: z.record(z.string(), itemState),
});

export type ItemState = z.infer<typeof itemState>;
export type Progress = z.infer<typeof progressV2>;

/** Anything that claims to be ours: used to tell "newer version" from "foreign". */
export const anyVersion = z.looseObject({ format: z.literal(FORMAT), version: z.number() });
