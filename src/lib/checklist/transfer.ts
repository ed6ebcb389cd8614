/**
 * Moving progress between people and machines: a JSON file, a readable CSV table, and a
 * share link that carries the state in the URL fragment (never sent to a server).
 */
import { readProgress, type ReadResult } from './store';
import { isLater } from './records';
import { replacePlan } from '../plan/plan';
import type { Progress } from './schema';
import type { ProgressKey } from '../../i18n/nb';

/**
 * Larger files are refused before they are read. The limit is above the largest export the
 * site can write: browser storage holds at most about 5 million UTF-16 units per site, which
 * is at most 15 MB as UTF-8, and the export's indentation at most doubles that.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
/** The fragment parameter of a share link: /min-fremdrift/#del=… */
export const SHARE_PARAM = 'del';

export type ImportResult = ReadResult | { ok: false; problem: 'too-large' | 'csv' };

/** A table for a spreadsheet, like the site's own CSV export, rather than JSON: a first line of cells split by semicolons. */
const looksLikeCsv = (text: string) => /^\uFEFF?[^{[\n]*;[^\n]*;/.test(text);

export function readImport(text: string, byteSize = new TextEncoder().encode(text).length): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
  // An empty file is not "no progress": replacing with it would wipe the reader's ticks.
  if (text.trim() === '') return { ok: false, problem: 'corrupt' };
  const result = readProgress(text);
  return !result.ok && result.problem === 'corrupt' && looksLikeCsv(text) ? { ok: false, problem: 'csv' } : result;
}

export const toJson = (progress: Progress) => `${JSON.stringify(progress, null, 2)}\n`;

/** The item texts and phases a table needs; progress itself knows only ids. */
export interface CatalogItem {
  id: string;
  phase: string;
  text: string;
  role?: string | undefined;
}

/**
 * One CSV cell, quoted. A value a spreadsheet would read as a formula (starting with =, +, -,
 * @, tab or carriage return) gets a leading apostrophe, as OWASP's "CSV Injection" page
 * recommends: notes can come from another person's share link.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The words of the CSV table, from src/i18n/nb.ts. */
export interface CsvWords {
  phase: string;
  item: string;
  role: string;
  status: string;
  note: string;
  changed: string;
  done: string;
  notDone: string;
}

/**
 * What export, import and sharing need besides progress, served as data
 * (/min-fremdrift/punkter.json): the items, the CSV's words and the messages.
 */
export interface Catalog {
  items: CatalogItem[];
  csvWords: CsvWords;
  strings: Record<ProgressKey, string>;
}

/** A table for a spreadsheet: semicolons and a byte-order mark, as Norwegian Excel expects. */
export function toCsv(
  progress: Progress,
  { items, csvWords: words }: Pick<Catalog, 'items' | 'csvWords'>,
  formatDate: (date: Date) => string,
): string {
  const rows = items.map((item) => {
    const state = progress.items[item.id];
    return [
      item.phase,
      item.text,
      item.role ?? '',
      state?.checked ? words.done : words.notDone,
      state?.note ?? '',
      state ? formatDate(new Date(state.changedAt)) : '',
    ].map(csvCell);
  });
  const header = [words.phase, words.item, words.role, words.status, words.note, words.changed].map(csvCell);
  return `\uFEFF${[header, ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`;
}

/** Base64url, built byte by byte: spreading a large array into fromCharCode overflows the stack. */
function toBase64Url(bytes: Uint8Array) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));

/** The fragment of a share link carrying the checklists' state. */
export function shareFragment(progress: Progress): string {
  // The link shares ticks and notes, as the page says; the action plan (notes, costs) stays
  // out of it, and so does its length. A link without a plan leaves the receiver's plan alone.
  const { plan: _plan, ...checklists } = progress;
  return `${SHARE_PARAM}=${toBase64Url(new TextEncoder().encode(JSON.stringify(checklists)))}`;
}

/** Reads a share link's fragment; undefined when the URL carries none. */
export function readShareFragment(hash: string): ImportResult | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (value === null) return undefined;
  // Base64 carries 3 bytes in 4 characters.
  if (value.length > (MAX_IMPORT_BYTES * 4) / 3) return { ok: false, problem: 'too-large' };
  try {
    return readImport(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(value)));
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}

/**
 * Replaces the current state with an imported one. Items the import lacks are cleared, and an
 * imported item older than the current one is dated now, so that merges with other tabs (which
 * keep the later change) keep the replacement instead of bringing the old state back.
 */
export function replaceProgress(current: Progress, incoming: Progress, now = new Date()): Progress {
  const changedAt = now.toISOString();
  const items: Progress['items'] = {};
  for (const id of Object.keys(current.items)) items[id] = { checked: false, changedAt };
  for (const [id, state] of Object.entries(incoming.items)) {
    const mine = current.items[id];
    items[id] = mine && !isLater(state, mine) ? { ...state, changedAt } : state;
  }
  const replaced = { ...incoming, municipality: incoming.municipality ?? current.municipality, items };
  // A file from before the plan existed says nothing about the plan: it is kept.
  if (incoming.plan) replaced.plan = replacePlan(current.plan ?? {}, incoming.plan, now);
  else if (current.plan) replaced.plan = current.plan;
  return replaced;
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
