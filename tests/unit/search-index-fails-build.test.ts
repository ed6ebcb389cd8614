import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

it('the build fails when there is nothing to index', () => {
  const site = mkdtempSync(join(tmpdir(), 'boligveiviser-index-'));
  try {
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="nb"><title>x</title><p>Ingen søkbar del</p></html>');
    const result = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build-search-index.mjs'), site], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Søkeindeksen kunne ikke bygges');
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
