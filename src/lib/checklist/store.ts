/**
 * Pure operations on checklist progress: reading (with migration and refusal of bad data),
 * ticking, notes, reset with undo and merge. No browser APIs here.
 */
import {
  claimedVersion,
  CURRENT_VERSION,
  FORMAT,
  progressV1,
  progressV2,
  progressV3,
  type ItemState,
  type Progress,
} from './schema';
import { mergeRecords } from './records';

export const emptyProgress = (): Progress => ({ format: FORMAT, version: CURRENT_VERSION, items: {} });

/** Why data could not be read; `src/i18n/nb.ts` says each in words a reader understands. */
export type ReadProblem = 'corrupt' | 'foreign' | 'newer';
export type ReadResult = { ok: true; progress: Progress } | { ok: false; problem: ReadProblem };

/** Reads stored or imported text: JSON of a known version, migrated to the current one. */
export function readProgress(text: string | null, now = new Date()): ReadResult {
  if (text === null || text === '') return { ok: true, progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  const current = progressV3.safeParse(data);
  if (current.success) return { ok: true, progress: current.data };
  const v2 = progressV2.safeParse(data);
  if (v2.success) return { ok: true, progress: { ...v2.data, version: CURRENT_VERSION } };
  const v1 = progressV1.safeParse(data);
  if (v1.success) {
    const changedAt = now.toISOString();
    const items = Object.fromEntries(v1.data.checked.map((id) => [id, { checked: true, changedAt }]));
    return { ok: true, progress: { ...emptyProgress(), items } };
  }
  const version = claimedVersion(data);
  if (version === undefined) return { ok: false, problem: 'foreign' };
  return { ok: false, problem: version > CURRENT_VERSION ? 'newer' : 'corrupt' };
}

const withItem = (progress: Progress, id: string, change: Partial<ItemState>, now: Date): Progress => {
  const before = progress.items[id] ?? { checked: false };
  return {
    ...progress,
    items: { ...progress.items, [id]: { ...before, ...change, changedAt: now.toISOString() } },
  };
};

/** Ticks or unticks an item; a tick records the version of the text it was made against. */
export const setChecked = (progress: Progress, id: string, checked: boolean, now = new Date(), textVersion?: string) =>
  withItem(progress, id, textVersion ? { checked, textVersion } : { checked }, now);

/** Whether a ticked item's text has changed since it was ticked (unknown for old data: no). */
export function changedSinceTicked(state: ItemState | undefined, currentVersion: string): boolean {
  return Boolean(state?.checked && state.textVersion && state.textVersion !== currentVersion);
}

/** The reader has seen that the text changed and confirms the tick against the new text. */
export const confirmTextVersion = (progress: Progress, id: string, textVersion: string, now = new Date()) =>
  withItem(progress, id, { textVersion }, now);

export function setNote(progress: Progress, id: string, note: string, now = new Date()): Progress {
  const trimmed = note.trim();
  const next = withItem(progress, id, { note: trimmed || undefined }, now);
  if (!trimmed) delete next.items[id]!.note;
  return next;
}

/**
 * Clears the given items' ticks and notes. A cleared item is kept as unticked with the time of
 * the reset, so a merge with another tab's older state does not bring the tick back.
 * `undo` restores an item only if nothing changed it since the reset (another tab may have),
 * and reports how many it left as they are.
 */
export function resetItems(progress: Progress, ids: readonly string[], now = new Date()) {
  const resetAt = now.toISOString();
  const removed = Object.fromEntries(
    ids.flatMap((id) => {
      const state = progress.items[id];
      return state && (state.checked || state.note) ? [[id, state]] : [];
    }),
  );
  const items = { ...progress.items };
  for (const id of Object.keys(removed)) items[id] = { checked: false, changedAt: resetAt };
  return {
    progress: { ...progress, items },
    removedCount: Object.keys(removed).length,
    undo: (current: Progress, undoneAt = new Date()) => {
      const restored = { ...current.items };
      let kept = 0;
      for (const [id, state] of Object.entries(removed)) {
        if (current.items[id]?.changedAt !== resetAt) kept += 1;
        else restored[id] = { ...state, changedAt: undoneAt.toISOString() };
      }
      return { progress: { ...current, items: restored }, kept };
    },
  };
}

/**
 * Merges two states item by item: for each item, the later change wins; items only one side
 * has are kept. Used for imports and whenever a tab writes, so no tab overwrites another's.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const merged = {
    ...current,
    municipality: current.municipality ?? incoming.municipality,
    items: mergeRecords(current.items, incoming.items),
  };
  if (current.plan || incoming.plan) merged.plan = mergeRecords(current.plan ?? {}, incoming.plan ?? {});
  return merged;
}

/** Whether two states hold the same items and plan records (same order of keys not needed). */
export const sameItems = (a: Progress, b: Progress): boolean =>
  sameRecords(a.items, b.items) && sameRecords(a.plan ?? {}, b.plan ?? {});

const sameRecords = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([id, record]) => JSON.stringify(record) === JSON.stringify(b[id]));

/** Done and total for a set of items, and when any of them last changed. */
export function progressOf(progress: Progress, ids: readonly string[]) {
  const states = ids.map((id) => progress.items[id]).filter((state) => state !== undefined);
  const changed = states.map((state) => Date.parse(state.changedAt));
  return {
    done: states.filter((state) => state.checked).length,
    total: ids.length,
    lastChanged: changed.length > 0 ? new Date(Math.max(...changed)) : undefined,
  };
}
