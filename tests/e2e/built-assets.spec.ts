/**
 * astro.config.mjs swaps Vite's module-preload helper for a plain call (it would weigh 0.9 kB
 * on every page and preload nothing). The swap targets an internal module id of Vite: if a
 * Vite update renames it, the helper comes back, and this test says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './built-site';

test("no script ships Vite's module-preload helper (the swap in astro.config.mjs still applies)", () => {
  const folder = join(DIST, '_astro');
  const scripts = readdirSync(folder).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  // The helper dispatches this event and builds <link rel="modulepreload">.
  const withHelper = scripts.filter((file) =>
    /vite:preloadError|modulepreload/.test(readFileSync(join(folder, file), 'utf8')),
  );
  expect(withHelper).toEqual([]);
});
