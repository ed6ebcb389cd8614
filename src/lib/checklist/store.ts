/**
 * Pure operations on checklist progress: reading (with migration and refusal of bad data),
 * ticking, notes, reset with undo, merge and the preview of an import. No browser APIs here.
 */
import { claimedVersion, CURRENT_VERSION, FORMAT, progressV1, progressV2, type ItemState, type Progress } from './schema';

export const emptyProgress = (): Progress => ({ format: FORMAT, version: CURRENT_VERSION, items: {} });

/** Why data could not be read, in words a reader understands (see notices.ts). */
export type ReadProblem = 'corrupt' | 'foreign' | 'newer';
export type ReadResult = { ok: true; progress: Progress; migrated: boolean } | { ok: false; problem: ReadProblem };

/** Reads stored or imported text: JSON of a known version, migrated to the current one. */
export function readProgress(text: string | null, now = new Date()): ReadResult {
  if (text === null || text === '') return { ok: true, progress: emptyProgress(), migrated: false };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  const current = progressV2.safeParse(data);
  if (current.success) return { ok: true, progress: current.data, migrated: false };
  const v1 = progressV1.safeParse(data);
  if (v1.success) {
    const changedAt = now.toISOString();
    const items = Object.fromEntries(v1.data.checked.map((id) => [id, { checked: true, changedAt }]));
    return { ok: true, progress: { ...emptyProgress(), items }, migrated: true };
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

/** Removes the given items' ticks and notes; `undo` restores exactly what was removed. */
export function resetItems(progress: Progress, ids: readonly string[]) {
  const removed = Object.fromEntries(ids.flatMap((id) => (progress.items[id] ? [[id, progress.items[id]]] : [])));
  const items = { ...progress.items };
  for (const id of ids) delete items[id];
  return {
    progress: { ...progress, items },
    removedCount: Object.keys(removed).length,
    undo: (current: Progress): Progress => ({ ...current, items: { ...current.items, ...removed } }),
  };
}

/** Merges an imported state into the current one: for each item, the later change wins. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const items = { ...current.items };
  for (const [id, state] of Object.entries(incoming.items)) {
    const mine = items[id];
    if (!mine || Date.parse(state.changedAt) > Date.parse(mine.changedAt)) items[id] = state;
  }
  return { ...current, municipality: current.municipality ?? incoming.municipality, items };
}

/** One line of an import preview. */
export interface Change {
  id: string;
  kind: 'ticked' | 'unticked' | 'note';
}

/** What applying `next` instead of `current` would change, for the items the site shows. */
export function changesBetween(current: Progress, next: Progress, shownIds: readonly string[]): Change[] {
  return shownIds.flatMap((id): Change[] => {
    const before = current.items[id];
    const after = next.items[id];
    const wasChecked = before?.checked ?? false;
    const isChecked = after?.checked ?? false;
    if (wasChecked !== isChecked) return [{ id, kind: isChecked ? 'ticked' : 'unticked' }];
    if ((before?.note ?? '') !== (after?.note ?? '')) return [{ id, kind: 'note' }];
    return [];
  });
}

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
