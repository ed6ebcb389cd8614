/**
 * Builds the Pagefind index at the end of `astro build`, and fails the build if indexing
 * fails or misses a page that is marked for search.
 *
 * One index for all three languages: Pagefind would otherwise build one index per
 * <html lang>, and a Bokmål page would never find Nynorsk or Swedish text. The Norwegian
 * stemmer is used for all of it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export class SearchIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Søkeindeksen kunne ikke bygges (${step}):\n- ${errors.join('\n- ')}`);
    this.name = 'SearchIndexError';
  }
}

/** Pages meant for search carry data-pagefind-body. */
async function searchablePages(site: string): Promise<string[]> {
  const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
  const marked = await Promise.all(
    files.map(async (file) => ((await readFile(join(site, file), 'utf8')).includes('data-pagefind-body') ? file : undefined)),
  );
  return marked.filter((file) => file !== undefined);
}

/** Indexes the built site in `site` into `site/pagefind`; returns the number of pages indexed. */
export async function buildSearchIndex(site: string): Promise<number> {
  const expected = (await searchablePages(site)).length;
  if (expected === 0) throw new SearchIndexError('oppstart', [`ingen sider med data-pagefind-body i ${site}`]);
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'nb' });
    if (!index || errors.length > 0) throw new SearchIndexError('createIndex', errors);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new SearchIndexError('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new SearchIndexError('writeFiles', written.errors);
  } finally {
    await close();
  }
  const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  if (indexed !== expected) {
    throw new SearchIndexError('kontroll', [`${indexed} sider i indeksen, men ${expected} sider er merket for søk`]);
  }
  return indexed;
}

/** The Astro integration: index after every production build. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'boligveiviser:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`${pages} sider indeksert på ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
