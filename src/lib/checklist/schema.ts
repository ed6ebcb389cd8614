/**
 * The stored format of a reader's checklist progress, validated with Zod on every read.
 * `zod/mini` keeps the validator small enough for the browser (about 6 kB gzip).
 */
import * as z from 'zod/mini';
import { plan } from '../plan/schema';

/** Name written into every stored or exported file, so foreign JSON is recognised. */
export const FORMAT = 'boligveiviser-sjekkliste';
/** The version this code writes. Older versions are migrated; newer ones are refused. */
export const CURRENT_VERSION = 3;
/** The longest note the text field accepts. */
export const MAX_NOTE_LENGTH = 1000;
/** An instant as `Date.toISOString()` writes it. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** Version 1 stored only which items were ticked. */
export const progressV1 = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  checked: z.array(z.string()),
});

/** The state of one item, keyed by its stable id. */
export const itemState = z.object({
  checked: z.boolean(),
  /** The reader's note. Its length is bounded by the import size limit and the text field. */
  note: z.optional(z.string()),
  /** When the reader last changed the tick or the note (ISO 8601, UTC). */
  changedAt: z.string().check(z.regex(ISO_INSTANT)),
  /**
   * Fingerprint of the item's text when it was ticked (`text-version.ts`), so a later change
   * of the wording can be shown. Absent in data saved before fingerprints existed.
   */
  textVersion: z.optional(z.string().check(z.maxLength(16))),
});

/** Version 2: ticks, notes and when each item was changed. */
export const progressV2 = z.object({
  format: z.literal(FORMAT),
  version: z.literal(2),
  /** The municipality's name, as typed on the print view. */
  municipality: z.optional(z.string()),
  /** Items by id. Ids no longer in the content are kept, never shown, never moved. */
  items: z.record(z.string(), itemState),
});

/**
 * Version 3 adds the action plan (Handlingsplan). A new version, not an optional field on
 * version 2: code from before the plan refuses this data as newer instead of saving it
 * back without the plan.
 */
export const progressV3 = z.object({
  ...progressV2.shape,
  version: z.literal(CURRENT_VERSION),
  /** The action plan's records by id; absent until the reader starts a plan. */
  plan: z.optional(plan),
});

export type ItemState = z.infer<typeof itemState>;
export type Progress = z.infer<typeof progressV3>;

/**
 * The version that data claims, when it claims to be ours; tells "newer" from "foreign".
 * A plain check rather than a schema: it only sorts data the schemas above have refused.
 */
export function claimedVersion(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { format, version } = data as { format?: unknown; version?: unknown };
  return format === FORMAT && typeof version === 'number' ? version : undefined;
}
