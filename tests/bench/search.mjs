/**
 * Search benchmark (`npm run bench:search`): for the real site and for a generated site of
 * about 1,000 pages, how big the Pagefind index is, how many bytes the first search costs
 * a reader, and how long a search takes from keystroke to results in the header panel.
 *
 * Both sites are built in temp copies (corpus.mjs), so the working tree's dist/ is left
 * alone, and served gzipped like production (serve.mjs) to headless Chromium.
 *
 * Usage: node tests/bench/search.mjs [pages of the large site, default 1000]
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCopy } from './build.mjs';
import { makeCopy } from './corpus.mjs';
import { serveOnFreePort } from './serve.mjs';
import {
  countHtmlPages,
  describeLoad,
  dirSize,
  kB,
  machineLoad,
  median,
  onCleanup,
  printTable,
  runMain,
  writeResults,
} from './util.mjs';

/** A content page with the header search, as a reader would arrive from a search engine. */
const CONTENT_PAGE = '/prosess/fag-temaplan-bolig/';
/** The query of the first search, whose bytes are counted. */
const FIRST_QUERY = 'bolig';
/** Run once after the first search and not counted, so every timed query finds the engine warm. */
const WARM_UP_QUERY = 'helhetlig';
/**
 * Questions as staff type them, each with the pages that answer it (search-questions.yaml):
 * every one is timed, and on the real site its first three results are checked.
 * @type {{ q: string, kind: string, answers: string[] }[]}
 */
const QUESTIONS = parse(readFileSync(new URL('./search-questions.yaml', import.meta.url), 'utf8'));
const QUERIES = QUESTIONS.map((question) => question.q);
const TARGETS = { firstSearchBytes: 110_000, medianMs: 150, foundInTopThree: 0.95, withoutResult: 0 };
const QUERY_TIMEOUT_MS = 15_000;
const BROWSER_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Pagefind's index proper (what grows with the content), as opposed to its JS/CSS/wasm. */
const isIndexProper = (path) => /^(index|fragment|filter)\//.test(path) || path.endsWith('.pf_meta');

/**
 * Counts bytes on the wire through the Chrome DevTools Protocol: the `encodedDataLength`
 * of `Network.loadingFinished` is what came over the network for a request (headers and
 * gzipped body), which is what a reader on a slow connection pays for.
 * @param {import('@playwright/test').CDPSession} cdp
 */
function trackNetwork(cdp) {
  /** @type {Map<string, { url: string, bytes: number | null }> | undefined} requests started while counting */
  let counted;
  cdp.on('Network.requestWillBeSent', (event) => {
    if (counted && !counted.has(event.requestId)) counted.set(event.requestId, { url: event.request.url, bytes: null });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = counted?.get(event.requestId);
    if (request) request.bytes = event.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (event) => {
    const request = counted?.get(event.requestId);
    if (request) request.bytes = 0;
  });
  return {
    start() {
      counted = new Map();
    },
    /**
     * Stops counting. The protocol's events arrive a little after the page has used the
     * response, so wait (briefly) until every counted request has reported its size.
     */
    async stop() {
      const requests = counted ?? new Map();
      const deadline = Date.now() + 2000;
      while ([...requests.values()].some((request) => request.bytes === null) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      counted = undefined;
      return [...requests.values()].map(({ url, bytes }) => ({ path: new URL(url).pathname, bytes: bytes ?? 0 }));
    },
  };
}

/**
 * In the page: starts watching for the header search to show results for `query`, i.e.
 * the status names the query ("N treff for «query»") and the panel is open. The returned
 * promise (also kept on window, so a later evaluate can await it) resolves with
 * performance.now() at that moment: a MutationObserver runs in the same task the results
 * are rendered in. Installed in the page as window.__benchWatch (see measureInBrowser).
 * @param {{ query: string, timeoutMs: number }} options
 * @returns {Promise<number>}
 */
function watchForResults({ query, timeoutMs }) {
  const form = document.querySelector('form[data-header-search]');
  const status = form.querySelector('[data-search-status]');
  const panel = form.querySelector('[data-search-panel]');
  const list = panel.querySelector('[data-search-results]');
  // Results are shown at once; the count is announced a moment later, on purpose (header-search.ts).
  const shown = () => list.dataset.query === query && !panel.hidden;
  window.__benchResults = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(form, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden'],
    });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error(`Ingen treff vist for «${query}» etter ${timeoutMs} ms (status: «${status.textContent}»)`));
    }, timeoutMs);
  });
  return window.__benchResults;
}

/**
 * In the page: one search as the search code sees typing: the field's value is set, the
 * clock starts, and the input event is dispatched; the clock stops when results are shown.
 * @param {{ query: string, timeoutMs: number }} options
 * @returns {Promise<number>} milliseconds
 */
async function timeQueryInPage({ query, timeoutMs }) {
  const input = document.querySelector('form[data-header-search] input[name="q"]');
  const shown = window.__benchWatch({ query, timeoutMs });
  input.value = query;
  const started = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return (await shown) - started;
}

/**
 * The first search on a fresh page: the reader focuses the header field (which starts
 * loading the search code) and types a query; bytes are counted from the focus until the
 * results are shown, so they cover loading the engine and the index plus one query.
 * The query is typed as one input event (like pasting or an autocompleted word), so the
 * figure is one search, not one search per letter.
 * @param {import('@playwright/test').Page} page
 * @param {ReturnType<typeof trackNetwork>} network
 */
async function firstSearch(page, network) {
  await page.evaluate(
    ({ query, timeoutMs }) => {
      void window.__benchWatch({ query, timeoutMs });
      const input = document.querySelector('#header-search-input');
      input.addEventListener('focus', () => (window.__benchFocusedAt = performance.now()), {
        once: true,
        capture: true,
      });
    },
    { query: FIRST_QUERY, timeoutMs: QUERY_TIMEOUT_MS },
  );
  network.start();
  await page.focus('#header-search-input');
  await page.keyboard.insertText(FIRST_QUERY);
  const { ms } = await page.evaluate(async () => ({ ms: (await window.__benchResults) - window.__benchFocusedAt }));
  const requests = await network.stop();
  return { ms, bytes: requests.reduce((sum, request) => sum + request.bytes, 0), requests };
}

/**
 * Measures one built site in a fresh browser context (empty cache, like a first visit).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} dist
 */
async function measureInBrowser(browser, dist) {
  const server = await serveOnFreePort(dist);
  const closeServer = onCleanup(server.close);
  const context = await browser.newContext();
  const closeContext = onCleanup(() => context.close());
  try {
    // The watcher is defined in every page before its own scripts, so the timed functions can share it.
    await context.addInitScript(`window.__benchWatch = ${watchForResults.toString()};`);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const network = trackNetwork(cdp);
    await page.goto(server.url + CONTENT_PAGE, { waitUntil: 'load' });
    // Anything the page itself still loads must not be counted as the search's.
    await page.waitForLoadState('networkidle');

    const first = await firstSearch(page, network);
    await page.evaluate(timeQueryInPage, { query: WARM_UP_QUERY, timeoutMs: QUERY_TIMEOUT_MS });
    const timings = [];
    for (const query of QUERIES) {
      const ms = await page.evaluate(timeQueryInPage, { query, timeoutMs: QUERY_TIMEOUT_MS });
      const found = await page.$$eval('#header-search-panel [data-search-results] a', (links) =>
        links.map((link) => new URL(link.href).pathname),
      );
      timings.push({ query, ms, found });
    }
    return { first, timings };
  } finally {
    await closeContext();
    await closeServer();
  }
}

/**
 * Builds and measures one site: the real one (extra pages 0) or a generated one.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} label
 * @param {number} pages wanted number of pages (0: the real site as it is)
 */
async function measureSite(browser, label, pages) {
  console.error(`[${label}] kopierer og bygger …`);
  const copy = await makeCopy(pages);
  try {
    const build = await buildCopy(copy.dir);
    const pagefindDir = join(build.dist, 'pagefind');
    const sizes = {
      pagefindBytes: await dirSize(pagefindDir),
      indexBytes: await dirSize(pagefindDir, isIndexProper),
    };
    console.error(`[${label}] måler i Chromium …`);
    const { first, timings } = await measureInBrowser(browser, build.dist);
    const ms = timings.map((timing) => timing.ms);
    const answered = QUESTIONS.map((question, index) => ({
      ...question,
      found: timings[index].found,
      inTopThree: timings[index].found.slice(0, 3).some((path) => question.answers.includes(path)),
    }));
    return {
      answered: pages === 0 ? answered : undefined,
      label,
      pages: await countHtmlPages(build.dist),
      buildMs: build.totalMs,
      ...sizes,
      firstSearch: first,
      timings,
      medianMs: median(ms),
      worstMs: Math.max(...ms),
    };
  } finally {
    await copy.cleanup();
  }
}

/** What a loaded file is, for the summary of the first search. */
/** @type {Array<[string, (path: string) => boolean]>} */
const REQUEST_GROUPS = [
  ['Sidens søkekode (/_astro/*.js)', (path) => path.startsWith('/_astro/')],
  ['pagefind.js', (path) => path.endsWith('/pagefind.js')],
  ['Pagefind wasm', (path) => path.endsWith('.pagefind')],
  ['Metadata (*.pf_meta)', (path) => path.endsWith('.pf_meta')],
  ['Indeksbiter (index/)', (path) => path.endsWith('.pf_index')],
  ['Utdrag (fragment/)', (path) => path.endsWith('.pf_fragment')],
  ['Filtre (filter/)', (path) => path.endsWith('.pf_filter')],
  ['JSON (entry, varianter)', (path) => path.endsWith('.json')],
];

/**
 * Sums the requests of the first search per kind of file; a list of hundreds of fragment
 * files would hide the point.
 * @param {{ path: string, bytes: number }[]} requests
 */
function groupRequests(requests) {
  /** @type {Map<string, { count: number, bytes: number }>} */
  const groups = new Map();
  for (const { path, bytes } of requests) {
    const name = REQUEST_GROUPS.find(([, matches]) => matches(path))?.[0] ?? `Annet (${path})`;
    const group = groups.get(name) ?? { count: 0, bytes: 0 };
    groups.set(name, { count: group.count + 1, bytes: group.bytes + bytes });
  }
  return groups;
}

/** @param {boolean} met */
const verdict = (met) => (met ? 'ja' : 'NEI');

/** Prints the comparison table and what each first search loaded. */
function report(sites) {
  console.log(
    `\nSøk i toppfeltet: første søk på ${CONTENT_PAGE} («${FIRST_QUERY}»), og tid fra tastetrykk til treff for ${QUERIES.length} søk (etter ett oppvarmingssøk)\n`,
  );
  printTable(
    [
      'Nettsted',
      'Sider',
      'pagefind/ kB',
      'Indeks kB',
      '1. søk kB',
      '1. søk ms',
      'Median ms',
      'Verste ms',
      `1. søk ≤ ${TARGETS.firstSearchBytes / 1000} kB`,
      `Median ≤ ${TARGETS.medianMs} ms`,
    ],
    sites.map((site) => [
      site.label,
      site.pages,
      kB(site.pagefindBytes),
      kB(site.indexBytes),
      kB(site.firstSearch.bytes),
      Math.round(site.firstSearch.ms),
      site.medianMs.toFixed(1),
      site.worstMs.toFixed(1),
      verdict(site.firstSearch.bytes <= TARGETS.firstSearchBytes),
      verdict(site.medianMs <= TARGETS.medianMs),
    ]),
  );
  console.log(
    '\n"Indeks" er index/, fragment/, filter/ og *.pf_meta; "pagefind/" er hele mappen (også JS, CSS og wasm).',
  );
  console.log('Bytes er overført over nett (gzip, med HTTP-hoder), 1 kB = 1000 bytes.');
  const groups = sites.map((site) => groupRequests(site.firstSearch.requests));
  const names = [...new Set(groups.flatMap((group) => [...group.keys()]))];
  console.log('\nHva første søk lastet (antall filer / kB):');
  printTable(
    ['Del', ...sites.map((site) => site.label)],
    names.map((name) => [
      name,
      ...groups.map((group) => (group.has(name) ? `${group.get(name).count} / ${kB(group.get(name).bytes)}` : '-')),
    ]),
  );
  const real = sites.find((site) => site.answered);
  if (real) {
    const found = real.answered.filter((question) => question.inTopThree).length;
    const empty = real.answered.filter((question) => question.found.length === 0).length;
    console.log(`\nSpørsmål (${real.answered.length}, search-questions.yaml) på det ekte nettstedet:`);
    printTable(
      ['Mål', 'Resultat', 'Krav', 'Nådd'],
      [
        [
          'Riktig side blant de tre første',
          `${found} av ${real.answered.length} (${((100 * found) / real.answered.length).toFixed(1)} %)`,
          `≥ ${TARGETS.foundInTopThree * 100} %`,
          verdict(found / real.answered.length >= TARGETS.foundInTopThree),
        ],
        ['Spørsmål uten treff', String(empty), String(TARGETS.withoutResult), verdict(empty <= TARGETS.withoutResult)],
      ],
    );
    const missed = real.answered.filter((question) => !question.inTopThree);
    if (missed.length > 0) {
      console.log('\nIkke funnet blant de tre første:');
      printTable(
        ['Spørsmål', 'Type', 'Tre første treff'],
        missed.map((question) => [question.q, question.kind, question.found.slice(0, 3).join(' ') || '(ingen)']),
      );
    }
  }
  console.log('\nTid per søk (ms):');
  printTable(
    ['Søk', ...sites.map((site) => site.label)],
    QUERIES.map((query, index) => [query, ...sites.map((site) => site.timings[index].ms.toFixed(1))]),
  );
}

await runMain(async () => {
  const largePages = Number(process.argv[2] ?? 1000);
  const loadBefore = machineLoad();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS });
  const closeBrowser = onCleanup(() => browser.close());
  const sites = [];
  try {
    sites.push(await measureSite(browser, 'Ekte nettsted', 0));
    sites.push(await measureSite(browser, `Generert (~${largePages})`, largePages));
  } finally {
    await closeBrowser();
  }
  report(sites);
  const loadAfter = machineLoad();
  console.log(`\n${describeLoad(loadBefore, loadAfter)}`);
  const file = await writeResults('search', {
    load: { before: loadBefore, after: loadAfter },
    targets: TARGETS,
    contentPage: CONTENT_PAGE,
    firstQuery: FIRST_QUERY,
    queries: QUERIES,
    sites,
  });
  console.log(`\nTall lagret i ${file}`);
});
