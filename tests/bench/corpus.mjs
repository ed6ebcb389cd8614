/**
 * Makes a throw-away copy of the project, optionally grown to a given number of pages with
 * synthetic municipal examples, so builds can be measured at scale without touching the
 * working tree (its content/, dist/ or caches).
 *
 * The synthetic examples follow the examples schema in src/content.config.ts and link to
 * real municipalities, process nodes and factors, and their text is made of sentences
 * from the real content, so the search index grows with a realistic vocabulary.
 */
import { cp, mkdtemp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { countHtmlPages, onCleanup, PROJECT_ROOT, stopIfAborting } from './util.mjs';

/** What a build needs from the project. */
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Caches inside node_modules that builds write to (Astro's content store, Vite's caches).
 * They are left out of the copy so a build of the copy neither reads nor overwrites the
 * working tree's caches, and every measured build starts cold.
 */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache']);

/** Where synthetic examples go, under the copy's content/examples/. */
const SYNTHETIC_PREFIX = 'syntetisk-eksempel-';

/**
 * Small deterministic PRNG (mulberry32): the same seed gives the same text on every run,
 * so two benchmark runs index the same corpus.
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param {() => number} random
 * @param {number} min
 * @param {number} max inclusive
 */
const between = (random, min, max) => min + Math.floor(random() * (max - min + 1));

/**
 * Picks `count` different items.
 * @template T
 * @param {() => number} random
 * @param {T[]} items
 * @param {number} count
 * @returns {T[]}
 */
function pickDistinct(random, items, count) {
  const pool = [...items];
  const picked = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return picked;
}

/** The MDX body of a content file (what follows the front matter). */
const bodyOf = (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/**
 * Sentences safe to put in an MDX paragraph: letters, digits and ordinary punctuation only,
 * because `<`, `{`, `*`, `[` or a leading "1." would turn text into JSX, emphasis, links or
 * lists and could break the build.
 */
const SAFE_SENTENCE = /^[\p{L}][\p{L}\p{N}\s.,;:!?«»"'()%–—\-/§]+[.!?]$/u;

/**
 * All sentences of the real content bodies (every language), in file order.
 * @param {string} contentDir
 * @returns {Promise<string[]>}
 */
async function realSentences(contentDir) {
  const files = (await readdir(contentDir, { recursive: true }))
    .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
    .sort();
  const sentences = [];
  for (const file of files) {
    const lines = bodyOf(await readFile(join(contentDir, file), 'utf8')).split('\n');
    for (const raw of lines) {
      // Headings are not sentences; list items and paragraphs are.
      if (raw.startsWith('#') || /^\s*(import|export)\s/.test(raw)) continue;
      const line = raw
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]+/g, '')
        .trim();
      for (const sentence of line.split(/(?<=[.!?])\s+(?=[\p{Lu}])/u)) {
        if (sentence.split(/\s+/).length >= 5 && SAFE_SENTENCE.test(sentence)) sentences.push(sentence);
      }
    }
  }
  return [...new Set(sentences)];
}

/**
 * Ids of the entries of a folder collection (file names without extension).
 * @param {string} dir
 */
async function idsIn(dir) {
  return (await readdir(dir))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => basename(file).replace(/\.mdx?$/, ''))
    .sort();
}

/**
 * Municipality ids of content/municipalities.yaml (entries are `- id: x` lines).
 * @param {string} contentDir
 */
async function municipalityIds(contentDir) {
  const yaml = await readFile(join(contentDir, 'municipalities.yaml'), 'utf8');
  return [...yaml.matchAll(/^- id:\s*["']?([\w-]+)["']?\s*$/gm)].map((match) => match[1]);
}

/**
 * The text of synthetic example number `n`: front matter valid for the examples schema and
 * 3-6 paragraphs of 2-5 real sentences each.
 * @param {number} n
 * @param {{ sentences: string[], municipalities: string[], processes: string[], factors: string[] }} vocabulary
 */
export function syntheticExample(n, { sentences, municipalities, processes, factors }) {
  // Seeded by its number, so example n is the same whatever the size of the corpus.
  const random = prng(n * 7919 + 17);
  const paragraphs = Array.from({ length: between(random, 3, 6) }, () =>
    Array.from({ length: between(random, 2, 5) }, () => sentences[Math.floor(random() * sentences.length)]).join(' '),
  );
  const phases = pickDistinct(random, processes, between(random, 1, 3));
  const linkedFactors = pickDistinct(random, factors, between(random, 0, 2));
  const reviewed = new Date(Date.UTC(2026, between(random, 0, 10), between(random, 1, 28))).toISOString().slice(0, 10);
  // JSON strings are valid YAML double-quoted strings, so quoting never breaks the YAML.
  const links = (ids) => (ids.length ? ids.map((id) => `\n  - to: ${id}`).join('') : ' []');
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(`Syntetisk eksempel ${n}`)}`,
    'lang: nb',
    `summary: ${JSON.stringify(paragraphs[0].split(/(?<=[.!?])\s/)[0])}`,
    'source:',
    '  publisher: Husbanken',
    '  title: "Syntetisk eksempel for ytelsestest"',
    `reviewed: ${reviewed}`,
    `municipality: ${municipalities[(n - 1) % municipalities.length]}`,
    `phases:${links(phases)}`,
    `factors:${links(linkedFactors)}`,
    '---',
  ];
  return `${frontMatter.join('\n')}\n\n${paragraphs.join('\n\n')}\n`;
}

/**
 * HTML pages the real site has: counted in the working tree's last build (dist/) when there
 * is one, else estimated from the content (one page per entry) and the fixed pages.
 * Each synthetic example adds exactly one page (/eksempler/<id>/).
 */
export async function realPageCount() {
  const dist = join(PROJECT_ROOT, 'dist');
  if ((await stat(join(dist, 'index.html')).catch(() => undefined))?.isFile()) return countHtmlPages(dist);
  const content = join(PROJECT_ROOT, 'content');
  let entries = 0;
  for (const collection of ['process', 'factors', 'examples', 'guidance'])
    entries += (await idsIn(join(content, collection))).length;
  entries += (await readFile(join(content, 'roles.yaml'), 'utf8')).match(/^- id:/gm)?.length ?? 0;
  const pagesDir = join(PROJECT_ROOT, 'src', 'pages');
  const fixed = (await readdir(pagesDir, { recursive: true })).filter(
    (file) => file.endsWith('.astro') && !file.includes('['),
  ).length;
  return entries + fixed;
}

/**
 * node_modules for the copy: a real folder whose entries link to the project's packages.
 * Linking the folder itself would let the copy's build write Astro's content store and
 * Vite's cache into the working tree's node_modules, under the other builds' feet.
 * @param {string} dir the copy
 */
async function linkNodeModules(dir) {
  const source = join(PROJECT_ROOT, 'node_modules');
  const target = join(dir, 'node_modules');
  await mkdir(target);
  for (const name of await readdir(source)) {
    if (!NODE_MODULES_CACHES.has(name)) await symlink(join(source, name), join(target, name));
  }
}

/**
 * Copies the project to a fresh temp folder and adds synthetic examples so the built site
 * has about `pages` HTML pages (never fewer than the real site: 0 or less adds nothing).
 * @param {number} pages
 * @returns {Promise<{ dir: string, realPages: number, added: number, cleanup: () => Promise<void> }>}
 */
export async function makeCopy(pages) {
  const dir = await mkdtemp(join(tmpdir(), 'boligveiviser-bench-'));
  // Retries: an interrupt can arrive while files are still being written into the folder.
  const cleanup = onCleanup(() => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));
  try {
    for (const name of COPIED) {
      stopIfAborting();
      await cp(join(PROJECT_ROOT, name), join(dir, name), { recursive: true });
    }
    await linkNodeModules(dir);

    const realPages = await realPageCount();
    const added = Math.max(0, Math.round(pages) - realPages);
    if (added > 0) {
      // Read from the copy, never from the real content/, so nothing there can be touched.
      const content = join(dir, 'content');
      const vocabulary = {
        sentences: await realSentences(content),
        municipalities: await municipalityIds(content),
        processes: await idsIn(join(content, 'process')),
        factors: await idsIn(join(content, 'factors')),
      };
      const width = String(added).length;
      for (let n = 1; n <= added; n++) {
        stopIfAborting();
        const file = join(content, 'examples', `${SYNTHETIC_PREFIX}${String(n).padStart(width, '0')}.mdx`);
        await writeFile(file, syntheticExample(n, vocabulary));
      }
    }
    return { dir, realPages, added, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
