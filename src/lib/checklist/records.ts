/**
 * Merging by record, shared by the checklists' items and the action plan's records: every
 * record carries the time it last changed, and the later change wins.
 */

/** Whether `a` is the later change of one record; equal times are settled by content, so every tab agrees. */
export function isLater(a: { changedAt: string }, b: { changedAt: string }): boolean {
  const difference = Date.parse(a.changedAt) - Date.parse(b.changedAt);
  return difference !== 0 ? difference > 0 : JSON.stringify(a) > JSON.stringify(b);
}

/** Merges record by record: the later change of each wins; records only one side has are kept. */
export function mergeRecords<T extends { changedAt: string }>(
  current: Record<string, T>,
  incoming: Record<string, T>,
): Record<string, T> {
  const merged = { ...current };
  for (const [id, record] of Object.entries(incoming)) {
    const mine = merged[id];
    if (!mine || isLater(record, mine)) merged[id] = record;
  }
  return merged;
}
