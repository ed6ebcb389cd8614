import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, FORMAT, type Progress } from '../../src/lib/checklist/schema';
import { emptyProgress, mergeProgress, readProgress } from '../../src/lib/checklist/store';
import { replaceProgress } from '../../src/lib/checklist/transfer';
import { ProgressStore, STORAGE_KEY } from '../../src/lib/checklist/progress-store';
import {
  addRecord,
  deleteRecord,
  moveRecord,
  planChanges,
  planTree,
  updateRecord,
  type NewRecord,
} from '../../src/lib/plan/plan';
import { measureRecord, planRecord } from '../../src/lib/plan/schema';
import { costsByYear, followUp, parseCost, parseDeadline, parseYears, planCsv } from '../../src/lib/plan/views';
import { nb } from '../../src/i18n/nb';

const monday = new Date('2026-11-23T09:00:00.000Z');
const tuesday = new Date('2026-11-24T09:00:00.000Z');
const wednesday = new Date('2026-11-25T09:00:00.000Z');

type NewMeasure = Extract<NewRecord, { kind: 'measure' }>;
const measure = (goal: string, fields: Partial<NewMeasure> = {}): NewMeasure => ({
  kind: 'measure',
  goal,
  description: 'Tiltak',
  unit: '',
  deadline: '',
  cost: '',
  budgetYears: '',
  financing: '',
  status: 'ikke-startet',
  note: '',
  ...fields,
});

/** One area with one goal; measures added by the test. */
function startedPlan(at = monday): Progress {
  let progress = addRecord(emptyProgress(), 'a1', { kind: 'area', title: 'Bolig' }, at);
  progress = addRecord(progress, 'g1', { kind: 'goal', area: 'a1', title: 'Flere eier', smarte: [] }, at);
  return progress;
}

const csvWords = {
  columns: [
    'Nr.',
    'Innsatsområde',
    'Mål',
    'Tiltak',
    'Ansvarlig enhet',
    'Frist',
    'Kostnad (kr)',
    'Budsjettår',
    'Finansiering',
    'Status',
    'Notat',
  ],
  statuses: {
    'ikke-startet': nb['plan.status.ikke-startet'],
    startet: nb['plan.status.startet'],
    gjennomfort: nb['plan.status.gjennomfort'],
  },
  numbered: (kind: 'area' | 'goal' | 'measure', number: string) =>
    `${{ area: nb['plan.area'], goal: nb['plan.goal'], measure: nb['plan.measure'] }[kind]} ${number}`,
};

describe('the plan schema', () => {
  it('accepts the three kinds of record and refuses a wrong status, an unknown kind or a missing field', () => {
    const valid = { ...measure('g1'), order: 1, changedAt: monday.toISOString() };
    expect(measureRecord.safeParse(valid).success).toBe(true);
    expect(planRecord.safeParse({ ...valid, status: 'ferdig' }).success).toBe(false);
    expect(planRecord.safeParse({ ...valid, kind: 'delmål' }).success).toBe(false);
    const { unit: _unit, ...withoutUnit } = valid;
    expect(planRecord.safeParse(withoutUnit).success).toBe(false);
    expect(
      planRecord.safeParse({
        kind: 'goal',
        area: 'a1',
        title: 'x',
        smarte: ['smart'],
        order: 1,
        changedAt: monday.toISOString(),
      }).success,
    ).toBe(false);
  });

  it('reads stored data with a plan, and refuses a plan with a broken record as corrupt', () => {
    const progress = startedPlan();
    expect(readProgress(JSON.stringify(progress))).toEqual({ ok: true, progress });
    const broken = { ...progress, plan: { x: { kind: 'measure', goal: 'g1' } } };
    expect(readProgress(JSON.stringify(broken))).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('migrates version 2 (checklists only) to the current version without losing a tick', () => {
    const v2 = { format: FORMAT, version: 2, items: { a: { checked: true, changedAt: monday.toISOString() } } };
    const read = readProgress(JSON.stringify(v2));
    expect(read).toEqual({ ok: true, progress: { ...v2, version: CURRENT_VERSION } });
  });
});

describe('editing the plan', () => {
  it('numbers areas, goals and measures in their order, and moving swaps two places', () => {
    let progress = addRecord(startedPlan(), 'm1', measure('g1', { description: 'Første' }), monday);
    progress = addRecord(progress, 'm2', measure('g1', { description: 'Andre' }), monday);
    const numbers = () =>
      planTree(progress.plan)[0]!.goals[0]!.measures.map((entry) => `${entry.number} ${entry.measure.description}`);
    expect(numbers()).toEqual(['1.1.1 Første', '1.1.2 Andre']);
    progress = moveRecord(progress, 'm2', -1, tuesday);
    expect(numbers()).toEqual(['1.1.1 Andre', '1.1.2 Første']);
    expect(moveRecord(progress, 'm2', -1, tuesday)).toBe(progress);
  });

  it('moves past deleted siblings to the next shown place, and sorts out equal orders', () => {
    let progress = ['a', 'x', 'b', 'c', 'd'].reduce(
      (state, id) => addRecord(state, id, { kind: 'area', title: id }, monday),
      emptyProgress(),
    );
    progress = deleteRecord(deleteRecord(progress, 'a', monday).progress, 'x', monday).progress;
    const titles = () => planTree(progress.plan).map((area) => area.area.title);
    progress = moveRecord(progress, 'c', 1, tuesday);
    expect(titles()).toEqual(['b', 'd', 'c']);
    progress = updateRecord(progress, 'b', { order: progress.plan!['d']!.order }, tuesday);
    const [first, second] = titles();
    progress = moveRecord(progress, first!, 1, wednesday);
    expect(titles().slice(0, 2)).toEqual([second, first]);
  });

  it('does not show a record whose parent is missing, of the wrong kind or itself', () => {
    let progress = startedPlan();
    progress = addRecord(progress, 'loop', { kind: 'goal', area: 'loop', title: 'Sløyfe', smarte: [] }, monday);
    progress = addRecord(progress, 'stray', measure('a1'), monday);
    expect(planTree(progress.plan).flatMap((area) => area.goals.map((goal) => goal.goal.title))).toEqual([
      'Flere eier',
    ]);
    expect(planTree(progress.plan)[0]!.goals[0]!.measures).toEqual([]);
  });

  it('deleting an area hides its goals and measures; undo brings them back unless changed since', () => {
    let progress = addRecord(startedPlan(), 'm1', measure('g1'), monday);
    const deleted = deleteRecord(progress, 'a1', tuesday);
    expect(planTree(deleted.progress.plan)).toEqual([]);
    const undone = deleted.undo(deleted.progress, wednesday);
    expect(undone.restored).toBe(true);
    expect(planTree(undone.progress.plan)[0]!.goals[0]!.measures).toHaveLength(1);
    progress = updateRecord(deleted.progress, 'a1', { title: 'Endret i en annen fane' }, wednesday);
    expect(deleted.undo(progress).restored).toBe(false);
  });
});

describe('merging plans', () => {
  it('keeps both tabs’ edits of different records, and the later edit of the same record', () => {
    const base = addRecord(startedPlan(), 'm1', measure('g1'), monday);
    const left = updateRecord(base, 'm1', { status: 'startet' }, tuesday);
    const right = addRecord(base, 'm2', measure('g1', { description: 'Fra høyre' }), wednesday);
    const merged = mergeProgress(left, right);
    expect(merged.plan!['m1']).toMatchObject({ status: 'startet' });
    expect(merged.plan!['m2']).toMatchObject({ description: 'Fra høyre' });
    const later = updateRecord(base, 'm1', { status: 'gjennomfort' }, wednesday);
    expect(mergeProgress(left, later).plan!['m1']).toMatchObject({ status: 'gjennomfort' });
    expect(mergeProgress(later, left).plan!['m1']).toMatchObject({ status: 'gjennomfort' });
  });

  it('a deleted record stays deleted when merged with an older tab', () => {
    const base = addRecord(startedPlan(), 'm1', measure('g1'), monday);
    const deleted = deleteRecord(base, 'm1', tuesday).progress;
    expect(planTree(mergeProgress(deleted, base).plan)[0]!.goals[0]!.measures).toEqual([]);
    expect(planTree(mergeProgress(base, deleted).plan)[0]!.goals[0]!.measures).toEqual([]);
  });

  it('replacing takes the imported plan, but a checklist-only file leaves the plan alone', () => {
    const mine = addRecord(startedPlan(), 'm1', measure('g1'), monday);
    const theirs = addRecord(emptyProgress(), 'a9', { kind: 'area', title: 'Deres' }, monday);
    const replaced = replaceProgress(mine, theirs, tuesday);
    expect(planTree(replaced.plan).map((area) => area.area.title)).toEqual(['Deres']);
    expect(planChanges(mine.plan, replaced.plan)).toEqual({ added: 1, changed: 0, removed: 3 });
    const checklistsOnly = { ...emptyProgress(), plan: undefined };
    expect(replaceProgress(mine, checklistsOnly, tuesday).plan).toEqual(mine.plan);
  });

  it('two stores on one storage (two tabs) both keep their new records', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
      key: (index: number) => [...data.keys()][index] ?? null,
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
    } as Storage;
    const [left, right] = [new ProgressStore(() => storage), new ProgressStore(() => storage)];
    left.update((progress) => addRecord(progress, 'a1', { kind: 'area', title: 'Venstre' }, monday));
    right.update((progress) => addRecord(progress, 'a2', { kind: 'area', title: 'Høyre' }, monday));
    const saved = readProgress(data.get(STORAGE_KEY)!);
    expect(saved.ok && planTree(saved.progress.plan).map((area) => area.area.title)).toEqual(['Venstre', 'Høyre']);
  });
});

describe('reading what is typed', () => {
  it('reads deadlines as years or dates, and refuses what is not on the calendar', () => {
    expect(parseDeadline('2027')).toEqual({ lastDay: '2027-12-31', kind: 'year' });
    expect(parseDeadline('30.6.2027')).toEqual({ lastDay: '2027-06-30', kind: 'date' });
    expect(parseDeadline('2027-06-30')).toEqual({ lastDay: '2027-06-30', kind: 'date' });
    expect(parseDeadline('31.02.2027')).toBe('invalid');
    expect(parseDeadline('snart')).toBe('invalid');
    expect(parseDeadline(' ')).toBeUndefined();
  });

  it('reads amounts with spaces and years as lists or spans', () => {
    expect(parseCost('1 250 000')).toBe(1_250_000);
    expect(parseCost('250.000 kr')).toBe(250_000);
    expect(parseCost('kr 250 000,-')).toBe(250_000);
    expect(parseCost('mye')).toBe('invalid');
    expect(parseCost('1.5')).toBe('invalid');
    expect(parseYears('2027, 2028')).toEqual([2027, 2028]);
    expect(parseYears('2027 og 2029')).toEqual([2027, 2029]);
    expect(parseYears('2027–2029')).toEqual([2027, 2028, 2029]);
    expect(parseYears('neste år')).toBe('invalid');
  });
});

describe('the views', () => {
  const plan = [
    measure('g1', {
      description: 'A',
      deadline: '2025',
      status: 'startet',
      cost: '300 000',
      budgetYears: '2027, 2028',
    }),
    measure('g1', {
      description: 'B',
      deadline: '01.03.2027',
      status: 'gjennomfort',
      cost: '100 000',
      budgetYears: '2027',
    }),
    measure('g1', { description: 'C', deadline: '2024-01-01', status: 'gjennomfort', cost: '50 000' }),
    measure('g1', { description: 'D' }),
  ].reduce((progress, entry, index) => addRecord(progress, `m${index}`, entry, monday), startedPlan()).plan;

  it('sorts by deadline, counts statuses and marks overdue measures not carried out', () => {
    const { measures, counts, overdue } = followUp(plan, '2026-11-25');
    expect(measures.map((entry) => entry.measure.description)).toEqual(['C', 'A', 'B', 'D']);
    expect(counts).toEqual({ total: 4, gjennomfort: 2, startet: 1, ikkeStartet: 1 });
    expect(overdue).toBe(1);
    expect(measures.find((entry) => entry.overdue)?.measure.description).toBe('A');
  });

  it('sums cost per budget year, shares a cost over its years and keeps costs without a year apart', () => {
    expect(costsByYear(plan)).toEqual({
      rows: [
        { year: 2027, sum: 250_000, measures: 2 },
        { year: 2028, sum: 150_000, measures: 1 },
      ],
      unplaced: { sum: 50_000, measures: 1 },
      unreadable: 0,
      total: 450_000,
    });
  });

  it('shares in whole kroner without losing one, and counts costs it cannot read', () => {
    const uneven = [
      measure('g1', { cost: '100', budgetYears: '2027–2029' }),
      measure('g1', { cost: 'mye', budgetYears: '2027' }),
    ].reduce((progress, entry, index) => addRecord(progress, `u${index}`, entry, monday), startedPlan()).plan;
    const { rows, total, unreadable } = costsByYear(uneven);
    expect(rows.map((row) => row.sum)).toEqual([34, 33, 33]);
    expect(total).toBe(100);
    expect(unreadable).toBe(1);
  });
});

describe('the plan as CSV', () => {
  it('has a BOM, semicolons, one row per measure and a row for a goal without measures', () => {
    let progress = addRecord(
      startedPlan(),
      'm1',
      measure('g1', { description: 'Startlån', unit: 'NAV', status: 'startet' }),
      monday,
    );
    progress = addRecord(progress, 'g2', { kind: 'goal', area: 'a1', title: 'Uten tiltak', smarte: [] }, monday);
    const csv = planCsv(progress.plan, csvWords);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe(csvWords.columns.map((column) => `"${column}"`).join(';'));
    expect(rows[1]).toBe('"Tiltak 1.1.1";"Bolig";"Flere eier";"Startlån";"NAV";"";"";"";"";"Startet";""');
    expect(rows[2]).toBe('"Mål 1.2";"Bolig";"Uten tiltak";"";"";"";"";"";"";"";""');
    expect(rows).toHaveLength(3);
  });

  it('defuses a cell a spreadsheet would run as a formula', () => {
    const progress = addRecord(startedPlan(), 'm1', measure('g1', { description: '=HYPERLINK("x")' }), monday);
    expect(planCsv(progress.plan, csvWords)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
