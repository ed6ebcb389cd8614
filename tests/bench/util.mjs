/**
 * Small helpers shared by the benchmark scripts: where the project is, how results are
 * printed and saved, folder sizes, and cleanup that also runs when the run is interrupted.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (/work/main), found from this file so the scripts run from any folder. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where every script writes its figures (git-ignored). */
export const RESULTS_DIR = join(PROJECT_ROOT, 'bench-results');

/**
 * Prints rows as an aligned plain-text table. Numbers are right-aligned so columns of
 * figures can be compared at a glance; text is left-aligned.
 * @param {string[]} headers
 * @param {Array<Array<string | number>>} rows
 */
export function printTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const numeric = headers.map((_, column) =>
    rows.every((row) => typeof row[column] === 'number' || /^[\d.,\s/-]+$/.test(String(row[column]))),
  );
  const line = (row) =>
    row
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  console.log(line(cells[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/**
 * Writes the figures of one script to bench-results/<name>.json, so runs can be compared
 * later or by a machine.
 * @param {string} name
 * @param {Record<string, unknown>} data
 * @returns {Promise<string>} the path written
 */
export async function writeResults(name, data) {
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.json`);
  await writeFile(path, `${JSON.stringify({ generatedAt: new Date().toISOString(), ...data }, null, 2)}\n`);
  return relative(process.cwd(), path) || path;
}

/**
 * Total size in bytes of the files under a folder, optionally only those `include` accepts
 * (given the path relative to the folder). Sizes on disk as the files are, not block usage,
 * so the figure is what a host would store and serve.
 * @param {string} dir
 * @param {(relativePath: string) => boolean} [include]
 * @returns {Promise<number>}
 */
export async function dirSize(dir, include = () => true) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let total = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (include(relative(dir, path))) total += (await stat(path)).size;
  }
  return total;
}

/**
 * Number of HTML pages under a built site folder.
 * @param {string} dist
 * @returns {Promise<number>}
 */
export async function countHtmlPages(dist) {
  const files = await readdir(dist, { recursive: true });
  return files.filter((file) => file.endsWith('.html')).length;
}

/**
 * How busy the machine is (1-minute load average against the number of cores). Timings
 * from a machine busy with other work (tests, another build) are slower and noisier, so
 * the figure is printed and saved with the results.
 */
export function machineLoad() {
  return { loadAverage1m: Number(loadavg()[0].toFixed(2)), cpus: cpus().length };
}

/**
 * One line on how busy the machine was before and after a run. Only the figure before
 * says whether other work was running: afterwards the run's own builds count too.
 * @param {ReturnType<typeof machineLoad>} before
 * @param {ReturnType<typeof machineLoad>} after
 */
export function describeLoad(before, after) {
  const busy = before.loadAverage1m > before.cpus;
  return (
    `Maskinen: belastning ${before.loadAverage1m} før og ${after.loadAverage1m} etter (1 min load average), ${before.cpus} kjerner.` +
    (busy ? ' Den var opptatt med annet arbeid da målingen startet, så tidene er usikre.' : '')
  );
}

/** @param {number} bytes */
export const kB = (bytes) => (bytes / 1000).toFixed(1);
/** @param {number} bytes */
export const MB = (bytes) => (bytes / 1e6).toFixed(2);
/** @param {number} ms */
export const seconds = (ms) => (ms / 1000).toFixed(1);

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Cleanup steps still to run, newest first (temp folders, servers, browsers). */
const pending = [];

/**
 * Registers a cleanup step and returns a function that runs it once and unregisters it.
 * Interrupting the run (Ctrl-C, kill) still runs every registered step, so no temp copy of
 * the project or open port is left behind.
 * @param {() => Promise<void> | void} step
 * @returns {() => Promise<void>}
 */
export function onCleanup(step) {
  let done = false;
  const run = async () => {
    if (done) return;
    done = true;
    pending.splice(pending.indexOf(run), 1);
    await step();
  };
  pending.unshift(run);
  return run;
}

/** Runs every registered cleanup step; errors are reported, not thrown, so all steps run. */
async function cleanupAll() {
  for (const run of [...pending]) {
    try {
      await run();
    } catch (error) {
      console.error('Opprydding feilet:', error);
    }
  }
}

let aborting = false;

/**
 * Throws once the run has been interrupted, so long loops (copying, writing thousands of
 * files) stop instead of writing into a temp folder that is being removed.
 */
export function stopIfAborting() {
  if (aborting) throw new Error('Avbrutt');
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    aborting = true;
    console.error(`\nAvbrutt (${signal}), rydder opp …`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

/**
 * Runs a script's main function and always cleans up afterwards; a failure sets a non-zero
 * exit code with the error printed.
 * @param {() => Promise<void>} main
 */
export async function runMain(main) {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  } finally {
    await cleanupAll();
  }
}
