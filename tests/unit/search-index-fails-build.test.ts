import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index';

let site: string | undefined;
afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

it('refuses to index a site with no page marked for search, which fails the build', async () => {
  site = mkdtempSync(join(tmpdir(), 'boligveiviser-index-'));
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="nb"><title>x</title><p>Ingen søkbar del</p></html>',
  );
  await expect(buildSearchIndex(site)).rejects.toThrow(
    /Søkeindeksen kunne ikke bygges.*ingen sider med data-pagefind-body/s,
  );
});

it('indexes every page that is marked for search', async () => {
  site = mkdtempSync(join(tmpdir(), 'boligveiviser-index-'));
  for (const name of ['a', 'b']) {
    writeFileSync(
      join(site, `${name}.html`),
      `<!doctype html><html lang="nn"><title>${name}</title><main data-pagefind-body><h1>Brukarmedverknad ${name}</h1></main></html>`,
    );
  }
  await expect(buildSearchIndex(site)).resolves.toBe(2);
});
