import { describe, expect, it } from 'vitest';
import { csvWords as csvWordsFromDictionary } from '../../src/i18n/csv-words';
import { CURRENT_VERSION, FORMAT, type Progress } from '../../src/lib/checklist/schema';
import {
  emptyProgress,
  mergeProgress,
  progressOf,
  readProgress,
  resetItems,
  setChecked,
  setNote,
} from '../../src/lib/checklist/store';
import { ProgressStore, SET_ASIDE_KEY, STORAGE_KEY } from '../../src/lib/checklist/progress-store';
import {
  changesBetween,
  csvCell,
  readImport,
  readShareFragment,
  shareFragment,
  toCsv,
  toJson,
  MAX_IMPORT_BYTES,
} from '../../src/lib/checklist/transfer';

/** The CSV's words, as the site serves them. */
const csvWords = csvWordsFromDictionary();

const monday = new Date('2026-11-23T09:00:00.000Z');
const tuesday = new Date('2026-11-24T09:00:00.000Z');
const wednesday = new Date('2026-11-25T09:00:00.000Z');
const thursday = new Date('2026-11-26T09:00:00.000Z');

/** A Storage double backed by a Map, optionally failing like a full or blocked browser store. */
function fakeStorage(initial: Record<string, string> = {}, fail?: 'full' | 'blocked') {
  const data = new Map(Object.entries(initial));
  const storage = {
    getItem: (key: string) => {
      if (fail === 'blocked') throw new DOMException('denied', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (fail) throw new DOMException('full', fail === 'full' ? 'QuotaExceededError' : 'SecurityError');
      data.set(key, value);
    },
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
  } as unknown as Storage;
  return { storage, data };
}

describe('reading stored progress', () => {
  it('reads nothing as empty progress', () => {
    expect(readProgress(null)).toEqual({ ok: true, progress: emptyProgress() });
  });

  it('refuses corrupt text, foreign JSON and data from a newer version', () => {
    expect(readProgress('{not json')).toEqual({ ok: false, problem: 'corrupt' });
    expect(readProgress(JSON.stringify({ todos: [1, 2] }))).toEqual({ ok: false, problem: 'foreign' });
    expect(readProgress('[]')).toEqual({ ok: false, problem: 'foreign' });
    expect(readProgress(JSON.stringify({ format: FORMAT, version: CURRENT_VERSION + 1, whatever: true }))).toEqual({
      ok: false,
      problem: 'newer',
    });
    const broken = { format: FORMAT, version: CURRENT_VERSION, items: { a: { checked: 'yes' } } };
    expect(readProgress(JSON.stringify(broken))).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('migrates version 1 (ticks only) to the current version', () => {
    const result = readProgress(JSON.stringify({ format: FORMAT, version: 1, checked: ['idedugnad-holdt'] }), monday);
    expect(result).toEqual({
      ok: true,
      progress: {
        ...emptyProgress(),
        items: { 'idedugnad-holdt': { checked: true, changedAt: monday.toISOString() } },
      },
    });
  });
});

describe('ticks, notes and reset', () => {
  it('keeps ticks for ids the content no longer has, without showing them', () => {
    let progress = setChecked(emptyProgress(), 'removed-item', true, monday);
    progress = setChecked(progress, 'mal-kvalitetssikret', true, tuesday);
    expect(progress.items['removed-item']?.checked).toBe(true);
    expect(progressOf(progress, ['mal-kvalitetssikret', 'forslag-til-mal'])).toEqual({
      done: 1,
      total: 2,
      lastChanged: tuesday,
    });
  });

  it('stores a note and removes it when emptied', () => {
    let progress = setNote(emptyProgress(), 'mal-forankret', '  Sak 2026/114  ', monday);
    expect(progress.items['mal-forankret']).toEqual({
      checked: false,
      note: 'Sak 2026/114',
      changedAt: monday.toISOString(),
    });
    progress = setNote(progress, 'mal-forankret', '', tuesday);
    expect(progress.items['mal-forankret']).toEqual({ checked: false, changedAt: tuesday.toISOString() });
  });

  it('resets some items to unticked at the time of the reset, and undoes exactly that', () => {
    const before = setNote(
      setChecked(setChecked(emptyProgress(), 'a', true, monday), 'b', true, monday),
      'a',
      'notat',
      monday,
    );
    const reset = resetItems(before, ['a', 'not-there'], tuesday);
    expect(reset.removedCount).toBe(1);
    expect(reset.progress.items).toEqual({
      a: { checked: false, changedAt: tuesday.toISOString() },
      b: before.items.b,
    });
    const undone = reset.undo(reset.progress, wednesday);
    expect(undone.kept).toBe(0);
    expect(undone.progress.items).toEqual({
      ...before.items,
      a: { ...before.items.a, changedAt: wednesday.toISOString() },
    });
  });

  it('undo leaves an item that another tab changed after the reset, and counts it', () => {
    const before = setChecked(setChecked(emptyProgress(), 'a', true, monday), 'b', true, monday);
    const reset = resetItems(before, ['a', 'b'], tuesday);
    const otherTab = setNote(reset.progress, 'a', 'skrevet etter nullstillingen', wednesday);
    const undone = reset.undo(otherTab, thursday);
    expect(undone.kept).toBe(1);
    expect(undone.progress.items.a).toEqual(otherTab.items.a);
    expect(undone.progress.items.b?.checked).toBe(true);
  });

  it('a reset merged with an older state of another tab stays reset', () => {
    const before = setChecked(emptyProgress(), 'a', true, monday);
    const reset = resetItems(before, ['a'], tuesday);
    expect(mergeProgress(before, reset.progress).items.a?.checked).toBe(false);
    expect(mergeProgress(reset.progress, before).items.a?.checked).toBe(false);
  });
});

describe('import: merge, replace preview', () => {
  const mine = setNote(
    setChecked(setChecked(emptyProgress(), 'a', true, monday), 'b', true, tuesday),
    'c',
    'mitt notat',
    monday,
  );
  const theirs = setChecked(
    setChecked(setChecked(emptyProgress(), 'a', false, tuesday), 'b', false, monday),
    'd',
    true,
    monday,
  );

  it('merges item by item, the later change winning', () => {
    const merged = mergeProgress(mine, theirs);
    expect(merged.items.a?.checked).toBe(false);
    expect(merged.items.b?.checked).toBe(true);
    expect(merged.items.c?.note).toBe('mitt notat');
    expect(merged.items.d?.checked).toBe(true);
  });

  it('previews what would change, for the items the site shows', () => {
    expect(changesBetween(mine, theirs, ['a', 'b', 'c', 'd', 'e'])).toEqual([
      { id: 'a', kind: 'unticked' },
      { id: 'b', kind: 'unticked' },
      { id: 'c', kind: 'note' },
      { id: 'd', kind: 'ticked' },
    ]);
  });

  it('refuses an empty file or share link instead of reading it as no progress', () => {
    expect(readImport('  ')).toEqual({ ok: false, problem: 'corrupt' });
    expect(readShareFragment('#del=')).toEqual({ ok: false, problem: 'corrupt' });
  });

  it("recognises the site's own CSV export and says what it is", () => {
    const csv = toCsv(emptyProgress(), { items: [{ id: 'c', phase: 'Fase', text: 'Punkt' }], csvWords }, () => '');
    expect(readImport(csv)).toEqual({ ok: false, problem: 'csv' });
  });

  it('re-imports its own export of a state far larger than any real one', () => {
    let big = emptyProgress();
    for (let index = 0; index < 600; index += 1) big = setNote(big, `punkt-${index}`, 'æøå '.repeat(250), monday);
    const exported = toJson(big);
    expect(new TextEncoder().encode(exported).length).toBeGreaterThan(1_000_000);
    expect(readImport(exported)).toEqual({ ok: true, progress: big });
  });

  it('refuses files that are too large before reading them', () => {
    expect(readImport('{}', MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('carries the state through a share link fragment, including non-ASCII notes', () => {
    const fragment = shareFragment(mine);
    expect(readShareFragment(`#${fragment}`)).toEqual({ ok: true, progress: mine });
    expect(readShareFragment('#annet=1')).toBeUndefined();
    expect(readShareFragment('#del=%%%')).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('writes a readable table', () => {
    const csv = toCsv(
      mine,
      { items: [{ id: 'c', phase: 'Utarbeide mål', text: 'Et "punkt"', role: 'Prosjektleder' }], csvWords },
      (date) => date.toISOString().slice(0, 10),
    );
    expect(csv).toContain('"Fase";"Punkt";"Ansvar";"Status";"Notat";"Sist endret"');
    expect(csv).toContain('"Utarbeide mål";"Et ""punkt""";"Prosjektleder";"Ikke ferdig";"mitt notat";"2026-11-23"');
  });

  it('never writes a cell a spreadsheet would run as a formula', () => {
    for (const note of ['=HYPERLINK("http://x";"klikk")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const progress = setNote(emptyProgress(), 'c', 'x', monday);
      progress.items['c']!.note = note;
      const csv = toCsv(progress, { items: [{ id: 'c', phase: 'Fase', text: 'Punkt' }], csvWords }, () => '');
      const cells = csv.split('\r\n')[1]!.split(';');
      expect(cells[4]!.startsWith(`"'`), note).toBe(true);
    }
    expect(csvCell('Vanlig notat - med bindestrek')).toBe('"Vanlig notat - med bindestrek"');
  });
});

describe('the store over browser storage', () => {
  it('saves and reads back', () => {
    const { storage, data } = fakeStorage();
    const store = new ProgressStore(() => storage);
    store.update((progress) => setChecked(progress, 'a', true, monday));
    expect((JSON.parse(data.get(STORAGE_KEY)!) as Progress).items.a?.checked).toBe(true);
    expect(new ProgressStore(() => storage).progress.items.a?.checked).toBe(true);
  });

  it('works in memory when storage is blocked, and says so', () => {
    const { storage } = fakeStorage({}, 'blocked');
    const store = new ProgressStore(() => storage);
    expect(store.problem).toBe('unavailable');
    expect(() => store.update((progress) => setChecked(progress, 'a', true))).not.toThrow();
    expect(store.progress.items.a?.checked).toBe(true);
  });

  it('works when there is no storage at all', () => {
    const store = new ProgressStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.problem).toBe('unavailable');
    store.update((progress) => setChecked(progress, 'a', true));
    expect(store.progress.items.a?.checked).toBe(true);
  });

  it('reports full storage and keeps the change in memory', () => {
    const { storage } = fakeStorage({}, 'full');
    const store = new ProgressStore(() => storage);
    expect(store.update((progress) => setChecked(progress, 'a', true))).toBe('full');
    expect(store.progress.items.a?.checked).toBe(true);
  });

  it('sets unreadable data aside before writing, so it is not lost', () => {
    const { storage, data } = fakeStorage({ [STORAGE_KEY]: 'garbage{' });
    const store = new ProgressStore(() => storage);
    expect(store.problem).toBe('corrupt');
    store.update((progress) => setChecked(progress, 'a', true));
    expect(data.get(SET_ASIDE_KEY)).toBe('garbage{');
    expect((JSON.parse(data.get(STORAGE_KEY)!) as Progress).items.a?.checked).toBe(true);
  });

  it('sets the same unreadable data aside only once, however often the page is opened', () => {
    const { storage, data } = fakeStorage({ [STORAGE_KEY]: 'garbage{' });
    for (let visit = 0; visit < 3; visit += 1) expect(new ProgressStore(() => storage).problem).toBe('corrupt');
    expect([...data.keys()].filter((key) => key.startsWith(SET_ASIDE_KEY))).toEqual([SET_ASIDE_KEY]);
  });

  it('with unreadable data and full storage, says that nothing is saved, and destroys nothing', () => {
    const { storage, data } = fakeStorage({ [STORAGE_KEY]: 'garbage{' }, 'full');
    const store = new ProgressStore(() => storage);
    expect(store.problem).toBe('unreadable-full');
    expect(store.update((progress) => setChecked(progress, 'a', true))).toBe('unreadable-full');
    expect(data.get(STORAGE_KEY)).toBe('garbage{');
    expect(store.progress.items.a?.checked).toBe(true);
  });

  it('a write merges with what another tab saved in the meantime, item by item', () => {
    const { storage, data } = fakeStorage();
    const first = new ProgressStore(() => storage);
    const second = new ProgressStore(() => storage);
    first.update((progress) => setChecked(progress, 'a', true, monday));
    // The second tab has not heard of the first tab's write yet.
    second.update((progress) => setChecked(progress, 'b', true, tuesday));
    const saved = JSON.parse(data.get(STORAGE_KEY)!) as { items: Record<string, { checked: boolean }> };
    expect(saved.items.a?.checked).toBe(true);
    expect(saved.items.b?.checked).toBe(true);
  });

  it('a tab whose write was overwritten by another tab writes its change back when it hears of it', () => {
    const { storage, data } = fakeStorage();
    const tab = new ProgressStore(() => storage);
    tab.update((progress) => setChecked(progress, 'a', true, tuesday));
    // Another tab read storage before that write and wrote its whole state after it.
    data.set(STORAGE_KEY, JSON.stringify(setChecked(emptyProgress(), 'b', true, tuesday)));
    tab.reload();
    const saved = JSON.parse(data.get(STORAGE_KEY)!) as { items: Record<string, { checked: boolean }> };
    expect(Object.keys(saved.items).sort()).toEqual(['a', 'b']);
  });

  it('never overwrites data saved by a newer version', () => {
    const newer = JSON.stringify({ format: FORMAT, version: CURRENT_VERSION + 1, items: {} });
    const { storage, data } = fakeStorage({ [STORAGE_KEY]: newer });
    const store = new ProgressStore(() => storage);
    expect(store.problem).toBe('newer');
    store.update((progress) => setChecked(progress, 'a', true));
    expect(data.get(STORAGE_KEY)).toBe(newer);
    expect(store.progress.items.a?.checked).toBe(true);
  });
});
