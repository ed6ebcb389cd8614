/**
 * Pure operations on the action plan: adding, editing, moving and deleting records, merging
 * two states record by record, and reading the plan as a tree. No browser APIs here.
 */
import { isLater } from '../checklist/records';
import type { Progress } from '../checklist/schema';
import type { AreaRecord, GoalRecord, MeasureRecord, MeasureStatus, Plan, PlanRecord } from './schema';

/** Omit for each member of a union (the built-in Omit keeps only the keys all members share). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A record as it is added: the store gives it its place and time. */
export type NewRecord = OmitEach<PlanRecord, 'order' | 'changedAt'>;
/** A change of some fields of one record. */
export type RecordChange = Partial<OmitEach<PlanRecord, 'kind'>>;

/** The record a measure or goal belongs to; areas have none. */
export const parentOf = (record: PlanRecord): string | undefined =>
  record.kind === 'goal' ? record.area : record.kind === 'measure' ? record.goal : undefined;

/** An id no other record has: time and chance, so two tabs adding at once do not collide. */
export const newRecordId = (now = new Date()) =>
  `${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The kind of record each kind belongs to. */
const PARENT_KIND = { goal: 'area', measure: 'goal' } as const;

/**
 * Whether a record is shown: it is not deleted, and neither is what it belongs to. A record
 * whose parent is missing or of the wrong kind (a hand-edited file) is not shown; since a
 * parent is always of a higher kind, the walk up cannot go round in a circle.
 */
export function isLive(plan: Plan, id: string): boolean {
  const record = plan[id];
  if (!record || record.deleted) return false;
  if (record.kind === 'area') return true;
  const parent = parentOf(record)!;
  return plan[parent]?.kind === PARENT_KIND[record.kind] && isLive(plan, parent);
}

/** The live records under `parent` (areas when undefined), in their order. */
export function childrenOf(plan: Plan, parent: string | undefined): [string, PlanRecord][] {
  return Object.entries(plan)
    .filter(([id, record]) => parentOf(record) === parent && isLive(plan, id))
    .sort(([a, first], [b, second]) => first.order - second.order || a.localeCompare(b));
}

export interface MeasureInPlan {
  id: string;
  measure: MeasureRecord;
  goal: GoalRecord;
  area: AreaRecord;
  /** "1.2.3": area, goal and measure numbers, as the plan shows them. */
  number: string;
}

export interface GoalInPlan {
  id: string;
  goal: GoalRecord;
  number: string;
  measures: MeasureInPlan[];
}

export interface AreaInPlan {
  id: string;
  area: AreaRecord;
  number: string;
  goals: GoalInPlan[];
}

/** The plan as the plan document reads: areas, their goals, the goals' measures, numbered. */
export function planTree(plan: Plan = {}): AreaInPlan[] {
  return childrenOf(plan, undefined).map(([areaId, area], a) => ({
    id: areaId,
    area: area as AreaRecord,
    number: `${a + 1}`,
    goals: childrenOf(plan, areaId).map(([goalId, goal], g) => ({
      id: goalId,
      goal: goal as GoalRecord,
      number: `${a + 1}.${g + 1}`,
      measures: childrenOf(plan, goalId).map(([measureId, measure], m) => ({
        id: measureId,
        measure: measure as MeasureRecord,
        goal: goal as GoalRecord,
        area: area as AreaRecord,
        number: `${a + 1}.${g + 1}.${m + 1}`,
      })),
    })),
  }));
}

export const allMeasures = (plan: Plan = {}) =>
  planTree(plan).flatMap((area) => area.goals.flatMap((goal) => goal.measures));

/**
 * How many live measures have each status, named as the `plan.counts` string fills them in:
 * "14 tiltak: 3 gjennomført, 6 startet, 5 ikke startet".
 */
export function statusCounts(plan: Plan = {}) {
  const counts: Record<MeasureStatus, number> = { gjennomfort: 0, startet: 0, 'ikke-startet': 0 };
  for (const [id, record] of Object.entries(plan))
    if (record.kind === 'measure' && isLive(plan, id)) counts[record.status] += 1;
  const { gjennomfort, startet, 'ikke-startet': ikkeStartet } = counts;
  return { total: gjennomfort + startet + ikkeStartet, gjennomfort, startet, ikkeStartet };
}

const withPlan = (progress: Progress, plan: Plan): Progress => ({ ...progress, plan });

/** Adds a record last among its siblings. */
export function addRecord(progress: Progress, id: string, record: NewRecord, now = new Date()): Progress {
  const plan = progress.plan ?? {};
  const siblings = Object.values(plan).filter((other) => parentOf(other) === parentOf(record as PlanRecord));
  const order = Math.max(0, ...siblings.map((other) => other.order)) + 1;
  return withPlan(progress, { ...plan, [id]: { ...record, order, changedAt: now.toISOString() } });
}

/** Changes fields of a record; a record that is gone (deleted in another tab) is left alone. */
export function updateRecord(progress: Progress, id: string, change: RecordChange, now = new Date()): Progress {
  const record = progress.plan?.[id];
  if (!record) return progress;
  return withPlan(progress, {
    ...progress.plan,
    [id]: { ...record, ...change, changedAt: now.toISOString() },
  });
}

/** Moves a record one place up (-1) or down (1) among its siblings, by swapping orders. */
export function moveRecord(progress: Progress, id: string, step: -1 | 1, now = new Date()): Progress {
  const plan = progress.plan ?? {};
  const record = plan[id];
  if (!record) return progress;
  const siblings = childrenOf(plan, parentOf(record));
  const at = siblings.findIndex(([other]) => other === id);
  const neighbour = siblings[at + step];
  if (at < 0 || !neighbour) return progress;
  const [neighbourId, { order: theirs }] = neighbour;
  if (theirs !== record.order) {
    const moved = updateRecord(progress, id, { order: theirs }, now);
    return updateRecord(moved, neighbourId, { order: record.order }, now);
  }
  // Equal orders (two tabs adding at once) cannot be swapped: number the siblings anew, in
  // their new order, changing only those whose number changes.
  const reordered = siblings.map(([other]) => other);
  [reordered[at], reordered[at + step]] = [neighbourId, id];
  return reordered.reduce(
    (state, other, index) =>
      plan[other]!.order === index + 1 ? state : updateRecord(state, other, { order: index + 1 }, now),
    progress,
  );
}

/**
 * Deletes a record (and so hides what belongs to it). `undo` brings it back unless it was
 * changed since (in another tab), and says whether it did.
 */
export function deleteRecord(progress: Progress, id: string, now = new Date()) {
  const deletedAt = now.toISOString();
  return {
    progress: updateRecord(progress, id, { deleted: true }, now),
    undo: (current: Progress, undoneAt = new Date()) => {
      const record = current.plan?.[id];
      if (!record || record.changedAt !== deletedAt) return { progress: current, restored: false };
      return { progress: updateRecord(current, id, { deleted: false }, undoneAt), restored: true };
    },
  };
}

/**
 * The plan of `incoming` in place of `current`: current records it lacks are deleted, and an
 * incoming record older than the current one is dated now, so merges with other tabs keep
 * the replacement.
 */
export function replacePlan(current: Plan, incoming: Plan, now = new Date()): Plan {
  const changedAt = now.toISOString();
  const plan: Plan = {};
  for (const [id, record] of Object.entries(current)) plan[id] = { ...record, deleted: true, changedAt };
  for (const [id, record] of Object.entries(incoming)) {
    const mine = current[id];
    plan[id] = mine && !isLater(record, mine) ? { ...record, changedAt } : record;
  }
  return plan;
}

/** How many shown records applying `next` instead of `current` adds, changes and removes. */
export function planChanges(current: Plan = {}, next: Plan = {}) {
  const ids = new Set([...Object.keys(current), ...Object.keys(next)]);
  const counts = { added: 0, changed: 0, removed: 0 };
  for (const id of ids) {
    const before = isLive(current, id);
    const after = isLive(next, id);
    if (!before && after) counts.added += 1;
    else if (before && !after) counts.removed += 1;
    else if (before && after && !sameContent(current[id]!, next[id]!)) counts.changed += 1;
  }
  return counts;
}

/** The same record apart from when it changed (a move is a change: the order differs). */
const sameContent = (a: PlanRecord, b: PlanRecord) =>
  JSON.stringify({ ...a, changedAt: '' }) === JSON.stringify({ ...b, changedAt: '' });
