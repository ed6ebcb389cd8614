/**
 * Builds the Pagefind index at the end of `astro build`, and fails the build if indexing
 * fails or misses a page that is marked for search.
 *
 * One index for all three languages: Pagefind would otherwise build one index per
 * <html lang>, and a Bokmål page would never find Nynorsk or Swedish text. The Norwegian
 * stemmer is used for all of it.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { close, createIndex } from 'pagefind';
import { indexTerms, TERMS_META, type Lexicon } from '../lib/search/index-terms';
import { searchWords, STOP_WORDS, usableStopWords } from '../lib/search/stopwords';

/** Where the lexicon of extra index words is kept (see src/tools/generate-search-lexicon.mjs). */
const LEXICON = new URL('../../content/search-lexicon.json', import.meta.url);

export class SearchIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Søkeindeksen kunne ikke bygges (${step}):\n- ${errors.join('\n- ')}`);
    this.name = 'SearchIndexError';
  }
}

/** Every built page: its file, its HTML, and whether it is meant for search (data-pagefind-body). */
async function builtPages(site: string) {
  const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  return Promise.all(
    files.map(async (file) => {
      const html = await readFile(join(site, file), 'utf8');
      return { file, html, searchable: html.includes('data-pagefind-body') };
    }),
  );
}

/** The text of an element and its children, leaving out what search ignores. */
function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (
    node.type === 'element' &&
    (node.properties['dataPagefindIgnore'] !== undefined || ['script', 'style', 'template'].includes(node.tagName))
  )
    return '';
  return node.children.map((child) => textOf(child as ElementContent)).join(' ');
}

function findElement(node: Root | ElementContent, test: (element: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = findElement(child as ElementContent, test);
    if (found) return found;
  }
  return undefined;
}

/** The words a reader sees in the searchable part of a page, and the page's title. */
function readPage(html: string) {
  const tree = fromHtml(html);
  const body = findElement(tree, (element) => element.properties['dataPagefindBody'] !== undefined);
  const title = findElement(tree, (element) => element.tagName === 'h1');
  return { text: body ? textOf(body) : '', title: title ? textOf(title) : '' };
}

/**
 * The page as Pagefind should see it: the words the reader may type for its words (lexicon
 * and compound parts) added first, in a block whose word count is given as metadata, so the
 * excerpts can leave them out. The built page itself is not changed.
 */
function withIndexTerms(html: string, text: string, lexicon: Lexicon, vocabulary: ReadonlySet<string>): string {
  // Facts shown as metadata (municipality, county, target group) are not prose, but a reader
  // searching "Halden" must find Halden's example: their words are index words too.
  const facts = [...html.matchAll(/data-pagefind-filter="(?:kommune|fylke|land|malgruppe):([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  const terms = [...new Set([...indexTerms(text, lexicon, vocabulary), ...facts.flatMap(searchWords)])];
  if (terms.length === 0) return html;
  const block = `<div data-pagefind-meta="${TERMS_META}:${terms.length}" data-pagefind-weight="0.5">${terms.join(' ')}</div>`;
  return html.replace(/(<[^>]*\sdata-pagefind-body[^>]*>)/, `$1${block}`);
}

async function readLexicon(): Promise<Lexicon> {
  try {
    return JSON.parse(await readFile(LEXICON, 'utf8')) as Lexicon;
  } catch (error) {
    throw new SearchIndexError('ordliste', [`${fileURLToPath(LEXICON)} kunne ikke leses: ${String(error)}`]);
  }
}

/**
 * Data the browser's search needs besides the index, written next to it: the stop words that
 * may be dropped (never a word of a page title), and the site's words by frequency, for
 * "Mente du …?" suggestions.
 */
async function writeSearchData(site: string, texts: readonly string[], titles: readonly string[]) {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of searchWords(text))
      if (word.length > 3 && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const stopWords = usableStopWords(titles);
  for (const word of stopWords) counts.delete(word);
  // Stop words kept because a title has them are "soft": a page with them ranks higher, but
  // a page without them is still found.
  const soft = STOP_WORDS.filter((word) => !stopWords.includes(word));
  const words = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nb')).map(([word]) => word);
  await mkdir(join(site, 'sok'), { recursive: true });
  await writeFile(join(site, 'sok', 'stoppord.json'), JSON.stringify({ drop: stopWords, soft: [...new Set(soft)] }));
  await writeFile(join(site, 'sok', 'ord.json'), JSON.stringify(words));
}

/** Indexes the built site in `site` into `site/pagefind`; returns the number of pages indexed. */
export async function buildSearchIndex(site: string): Promise<number> {
  const all = (await builtPages(site)).map((page) => ({ ...page, ...readPage(page.html) }));
  const pages = all.filter((page) => page.searchable);
  const expected = pages.length;
  if (expected === 0) throw new SearchIndexError('oppstart', [`ingen sider med data-pagefind-body i ${site}`]);
  const lexicon = await readLexicon();
  const vocabulary = new Set(pages.flatMap((page) => searchWords(page.text)).filter((word) => word.length >= 4));
  await writeSearchData(
    site,
    pages.map((page) => page.text),
    all.map((page) => page.title),
  );
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'nb' });
    if (!index || errors.length > 0) throw new SearchIndexError('createIndex', errors);
    for (const { file, html, text } of pages) {
      const url = `/${file
        .replace(/\\/g, '/')
        .replace(/index\.html$/, '')
        .replace(/\.html$/, '')}`;
      const added = await index.addHTMLFile({ url, content: withIndexTerms(html, text, lexicon, vocabulary) });
      if (added.errors.length > 0) throw new SearchIndexError(`addHTMLFile ${file}`, added.errors);
    }
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
