/** Reads the built site in dist/ for the checks that need no browser. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** Every built HTML page, as a path relative to dist/ (e.g. `prosess/utarbeide-mal/index.html`). */
export const htmlPages = (): string[] =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();

export const readPage = (file: string): string => readFileSync(join(DIST, file), 'utf8');

/** The URL path a built file is served at. */
export const pathOfFile = (file: string): string => `/${file.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
