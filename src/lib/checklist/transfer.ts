/**
 * Moving progress between people and machines: a JSON file, a readable CSV table, and a
 * share link that carries the state in the URL fragment (never sent to a server).
 */
import { readProgress, type ReadResult } from './store';
import type { Progress } from './schema';

/** Larger files are refused before they are read: a real export is a few kilobytes. */
export const MAX_IMPORT_BYTES = 200_000;
/** The fragment parameter of a share link: /min-fremdrift/#del=… */
export const SHARE_PARAM = 'del';

export type ImportResult = ReadResult | { ok: false; problem: 'too-large' };

export function readImport(text: string, byteSize = new TextEncoder().encode(text).length): ImportResult {
  if (byteSize > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large' };
  // An empty file is not "no progress": replacing with it would wipe the reader's ticks.
  if (text.trim() === '') return { ok: false, problem: 'corrupt' };
  return readProgress(text);
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

/** A table for a spreadsheet: semicolons and a byte-order mark, as Norwegian Excel expects. */
export function toCsv(progress: Progress, catalog: readonly CatalogItem[], formatDate: (date: Date) => string): string {
  const cell = csvCell;
  const rows = catalog.map((item) => {
    const state = progress.items[item.id];
    return [
      item.phase,
      item.text,
      item.role ?? '',
      state?.checked ? 'Ferdig' : 'Ikke ferdig',
      state?.note ?? '',
      state ? formatDate(new Date(state.changedAt)) : '',
    ].map(cell);
  });
  const header = ['Fase', 'Punkt', 'Ansvar', 'Status', 'Notat', 'Sist endret'].map(cell);
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

/** The fragment of a share link carrying the whole state. */
export function shareFragment(progress: Progress): string {
  return `${SHARE_PARAM}=${toBase64Url(new TextEncoder().encode(JSON.stringify(progress)))}`;
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
