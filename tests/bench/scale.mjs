/**
 * Build scaling benchmark (`npm run bench`): builds the real site and generated sites of
 * about 10x and 100x its pages (the last capped at about 1,000 pages, as agreed) in temp
 * copies, and reports build time, Pagefind time, peak memory and output sizes per size.
 *
 * Targets: the ~1,000-page build plus index in at most 60 s, and roughly linear growth
 * (time per page at ~1,000 pages within 2x of that at 10x).
 *
 * Peak memory: the highest total resident memory of the build's processes at one moment,
 * sampled from /proc while it runs (see build.mjs). It needs nothing installed; GNU time was
 * not used because it misses the pagefind binary, which Pagefind's node API does not wait for.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildCopy } from './build.mjs';
import { makeCopy, realPageCount } from './corpus.mjs';
import {
  countHtmlPages,
  describeLoad,
  dirSize,
  machineLoad,
  MB,
  printTable,
  runMain,
  seconds,
  writeResults,
} from './util.mjs';

const MAX_PAGES = 1000;
const TARGETS = { buildAndIndexMsAt1000: 60_000, linearFactor: 2 };

/** Pagefind's index proper: index/, fragment/, filter/ and *.pf_meta (not its JS, CSS or wasm). */
const isIndexProper = (path) => /^(index|fragment|filter)\//.test(path) || path.endsWith('.pf_meta');

/**
 * Builds one site size in a temp copy and collects its figures.
 * @param {string} label
 * @param {number} pages wanted number of pages (0: the real site)
 */
async function measure(label, pages) {
  console.error(`[${label}] kopierer og bygger …`);
  const copy = await makeCopy(pages);
  try {
    const build = await buildCopy(copy.dir);
    const { dist } = build;
    const built = await countHtmlPages(dist);
    return {
      label,
      pages: built,
      syntheticExamples: copy.added,
      astroMs: build.astroMs,
      pagefindMs: build.pagefindMs,
      totalMs: build.totalMs,
      peakRssBytes: build.peakRssBytes,
      pagefindPeakBytes: build.pagefindPeakBytes,
      distBytes: await dirSize(dist),
      pagefindDirBytes: await dirSize(join(dist, 'pagefind')),
      indexBytes: await dirSize(join(dist, 'pagefind'), isIndexProper),
      msPerPage: build.totalMs / built,
    };
  } finally {
    await copy.cleanup();
  }
}

/**
 * The verdicts, in words.
 * @param {Awaited<ReturnType<typeof measure>>[]} runs smallest first
 */
function verdicts(runs) {
  const largest = runs.at(-1);
  const tenfold = runs.at(-2);
  const withinTime = largest.totalMs <= TARGETS.buildAndIndexMsAt1000;
  const ratio = largest.msPerPage / tenfold.msPerPage;
  const linear = ratio <= TARGETS.linearFactor && ratio >= 1 / TARGETS.linearFactor;
  return {
    withinTime,
    ratio,
    linear,
    lines: [
      `Mål: bygg + indeks for ~${MAX_PAGES} sider på høyst ${seconds(TARGETS.buildAndIndexMsAt1000)} s. ` +
        `Målt: ${seconds(largest.totalMs)} s for ${largest.pages} sider: ${withinTime ? 'målet er nådd' : 'målet er IKKE nådd'}.`,
      `Vekst: ${largest.msPerPage.toFixed(1)} ms per side ved ${largest.pages} sider mot ${tenfold.msPerPage.toFixed(1)} ms ved ${tenfold.pages} sider ` +
        `(forhold ${ratio.toFixed(2)}). ${
          linear
            ? `Det er innenfor ${TARGETS.linearFactor}x, så byggetiden vokser omtrent lineært (eller bedre) med antall sider.`
            : `Det er utenfor ${TARGETS.linearFactor}x, så byggetiden vokser IKKE lineært: tiden per side øker med størrelsen.`
        }`,
      `Det ekte nettstedet (${runs[0].pages} sider) bruker ${runs[0].msPerPage.toFixed(1)} ms per side; ` +
        'det høye tallet der er fast oppstartstid (Astro, Vite, Tailwind) fordelt på få sider.',
    ],
  };
}

await runMain(async () => {
  const loadBefore = machineLoad();
  const real = await realPageCount();
  /** @type {Array<[string, number]>} label, wanted pages (0: the real site) */
  const sizes = [
    ['1x (ekte)', 0],
    ['10x', real * 10],
    [`100x (tak ${MAX_PAGES})`, Math.min(real * 100, MAX_PAGES)],
  ];
  const runs = [];
  for (const [label, pages] of sizes) runs.push(await measure(label, pages));

  console.log(`\nByggetid og minne etter størrelse (node ${process.version}, ${cpus().length} CPU-kjerner)\n`);
  printTable(
    [
      'Størrelse',
      'Sider',
      'Astro s',
      'Pagefind s',
      'Totalt s',
      'Maks RSS MB',
      'herav pagefind MB',
      'dist MB',
      'pagefind/ MB',
      'Indeks MB',
      'ms/side',
    ],
    runs.map((run) => [
      run.label,
      run.pages,
      seconds(run.astroMs),
      seconds(run.pagefindMs),
      seconds(run.totalMs),
      MB(run.peakRssBytes),
      MB(run.pagefindPeakBytes),
      MB(run.distBytes),
      MB(run.pagefindDirBytes),
      MB(run.indexBytes),
      run.msPerPage.toFixed(1),
    ]),
  );
  console.log(
    `\nAstro s er byggetiden uten Pagefind; Pagefind s er indekseringen (integrasjonen i astro build, fra loggen).` +
      '\nMaks RSS: høyeste samlede minne (VmRSS i /proc, målt hvert 25. ms) for alle byggets prosesser samtidig (node, esbuild, pagefind);' +
      '\n"herav pagefind" er pagefind-binærens eget toppminne (VmHWM).',
  );
  console.log('Indeks: index/, fragment/, filter/ og *.pf_meta. 1 MB = 1 000 000 bytes.\n');
  const verdict = verdicts(runs);
  for (const line of verdict.lines) console.log(line);
  const loadAfter = machineLoad();
  console.log(`\n${describeLoad(loadBefore, loadAfter)}`);

  const file = await writeResults('scale', {
    node: process.version,
    cpus: cpus().length,
    memoryMethod:
      'highest sum of VmRSS over the build’s process tree, sampled every 25 ms from /proc (at least the largest VmHWM); pagefind: VmHWM of the pagefind binary',
    load: { before: loadBefore, after: loadAfter },
    targets: TARGETS,
    runs,
    verdict: { withinTime: verdict.withinTime, msPerPageRatio: verdict.ratio, roughlyLinear: verdict.linear },
  });
  console.log(`\nTall lagret i ${file}`);
});
