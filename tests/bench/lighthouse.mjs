/**
 * Lighthouse on the built site (`npm run lighthouse`): the four category scores for a few
 * typical pages, in Lighthouse's default mobile settings (emulated phone, simulated slow
 * 4G and CPU), and for any score under 100 the audits that pulled it down.
 *
 * Does not build: run `npm run build` first. The site is served gzipped like production
 * (serve.mjs) on a free port in 4400-4499.
 *
 * Usage: node tests/bench/lighthouse.mjs [built site folder, default dist/]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serveOnFreePort } from './serve.mjs';
import { describeLoad, machineLoad, onCleanup, PROJECT_ROOT, printTable, runMain, writeResults } from './util.mjs';

/** Front page, a process phase, a municipal example and the search page with a query. */
const PAGES = ['/', '/prosess/utarbeide-mal/', '/eksempler/stavanger/', '/sok/?q=bolig'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  // No update checks or sync traffic in the middle of the measurements.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Audits that cannot fail: they only inform, do not apply, or need a human. */
const NOT_SCORED = new Set(['informative', 'notApplicable', 'manual', 'error']);

/**
 * The audits of a category that did not pass, with Lighthouse's short figure when it has
 * one (e.g. "LCP 2.9 s"), so the reason for a lower score is visible without the report.
 * @param {import('lighthouse').Result} lhr
 * @param {string} categoryId
 */
function failingAudits(lhr, categoryId) {
  return lhr.categories[categoryId].auditRefs
    .map((ref) => ({ audit: lhr.audits[ref.id], weight: ref.weight }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && !NOT_SCORED.has(audit.scoreDisplayMode))
    .map(({ audit, weight }) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      // Weight 0: a diagnostic or insight that explains a score but does not count in it.
      weight,
      displayValue: audit.displayValue ?? '',
      elements: elementsOf(audit),
    }));
}

/**
 * The page elements an audit points at (e.g. the element that shifted), as CSS selectors,
 * so a layout shift or a contrast failure can be found without opening the report.
 * @param {{ details?: { items?: Array<{ node?: { selector?: string } }> } }} audit
 */
function elementsOf(audit) {
  const selectors = (audit.details?.items ?? []).map((item) => item.node?.selector).filter(Boolean);
  return [...new Set(selectors)].slice(0, 3);
}

/**
 * Runs Lighthouse on one page.
 * @param {string} url
 * @param {number} port Chrome's debugging port
 */
async function audit(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse ga ikke noe resultat for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse feilet på ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]));
  const failing = Object.fromEntries(
    CATEGORIES.filter((id) => scores[id] < 100).map((id) => [id, failingAudits(lhr, id)]),
  );
  const warnings = lhr.runWarnings ?? [];
  return { scores, failing, warnings };
}

await runMain(async () => {
  const dist = resolve(process.argv[2] ?? join(PROJECT_ROOT, 'dist'));
  if (!(await stat(join(dist, 'index.html')).catch(() => undefined))?.isFile()) {
    console.error(`Fant ikke et bygd nettsted i ${dist}. Kjør \`npm run build\` først.`);
    process.exitCode = 1;
    return;
  }

  const loadBefore = machineLoad();
  const server = await serveOnFreePort(dist);
  onCleanup(server.close);
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  onCleanup(() => chrome.kill());

  const results = [];
  for (const path of PAGES) {
    console.error(`Lighthouse: ${path} …`);
    results.push({ path, ...(await audit(server.url + path, chrome.port)) });
  }

  console.log(
    `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, standard mobilinnstillinger, ${dist}\n`,
  );
  printTable(
    ['Side', ...CATEGORIES],
    results.map((result) => [result.path, ...CATEGORIES.map((id) => result.scores[id])]),
  );
  for (const result of results) {
    for (const [category, audits] of Object.entries(result.failing)) {
      console.log(`\n${result.path}: ${category} ${result.scores[category]}, ikke bestått:`);
      for (const failed of audits) {
        const figure = failed.displayValue ? ` (${failed.displayValue})` : '';
        const counts = failed.weight > 0 ? `vekt ${failed.weight}` : 'vekt 0, forklarer bare';
        console.log(`  - ${failed.title}${figure} [${failed.id}, score ${failed.score}, ${counts}]`);
        for (const selector of failed.elements) console.log(`      element: ${selector}`);
      }
    }
    for (const warning of result.warnings) console.log(`\n${result.path}: advarsel fra Lighthouse: ${warning}`);
  }
  const loadAfter = machineLoad();
  // Lighthouse's simulated throttling scales the CPU work it observes, so a busy machine lowers the performance score.
  console.log(`\n${describeLoad(loadBefore, loadAfter)}`);
  const file = await writeResults('lighthouse', {
    load: { before: loadBefore, after: loadAfter },
    dist,
    chrome: CHROME_PATH,
    flags: CHROME_FLAGS,
    results,
  });
  console.log(`\nTall lagret i ${file}`);
});
