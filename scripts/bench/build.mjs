/**
 * Builds a copy of the project the way `npm run build` does (astro build, then the Pagefind
 * index), timing each step and recording its peak memory.
 *
 * Peak memory is read from /proc, which needs nothing installed: while a step runs, every
 * process of its tree (the node process and, for Pagefind, the pagefind binary it starts)
 * is sampled every 25 ms, and the highest VmHWM ("peak resident set size", kept by the
 * kernel itself, so short spikes between samples are not missed) seen for each process is
 * summed. GNU time's "Maximum resident set size" would give only the largest single
 * process, and process.resourceUsage() only this process, not its children.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { onCleanup } from './util.mjs';

const SAMPLE_MS = 25;

/**
 * Parent pid of every process, from /proc/<pid>/stat.
 * @returns {Promise<Map<number, number>>} pid → parent pid
 */
async function parents() {
  const map = new Map();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name (field 2) may contain spaces and parentheses; fields after the last ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length > 1) map.set(Number(name), Number(fields[1]));
  }
  return map;
}

/**
 * The pid and every descendant of it that is alive now.
 * @param {number} root
 */
async function processTree(root) {
  const parentOf = await parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/**
 * Peak resident memory of a process so far, in bytes (0 when it is gone).
 * @param {number} pid
 */
async function highWaterMark(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return kilobytes ? Number(kilobytes) * 1024 : 0;
}

/**
 * Runs a command, returning its wall time and the peak memory of its process tree.
 * Output is kept and shown only if the command fails, so tables stay readable.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ ms: number, peakRssBytes: number, output: string }>}
 */
export async function runMeasured(command, args, cwd) {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    env: {
      ...process.env,
      // The project's node (not the system's older one) for anything the step starts.
      PATH: `${dirname(process.execPath)}:${join(cwd, 'node_modules', '.bin')}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If the run is interrupted, the build must not go on writing into a deleted temp copy.
  const stopChild = onCleanup(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));

  /** Highest VmHWM seen per pid. */
  const peaks = new Map();
  let sampling = Promise.resolve();
  const sample = async () => {
    if (!child.pid) return;
    for (const pid of await processTree(child.pid))
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, await highWaterMark(pid)));
  };
  const timer = setInterval(() => {
    // One sample at a time: a slow /proc scan must not pile up.
    sampling = sampling.then(sample);
  }, SAMPLE_MS);

  const code = await new Promise((resolveExit, rejectExit) => {
    child.once('error', rejectExit);
    child.once('close', resolveExit);
  }).finally(() => {
    clearInterval(timer);
    void stopChild();
  });
  const ms = performance.now() - started;
  await sampling;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} feilet (kode ${code}) i ${cwd}:\n${output}`);
  const peakRssBytes = [...peaks.values()].reduce((sum, bytes) => sum + bytes, 0);
  return { ms, peakRssBytes, output };
}

/**
 * Builds the site in a project copy: `astro build`, then scripts/build-search-index.mjs,
 * both with this script's node (process.execPath: the project's pinned node under npm).
 * @param {string} dir the project copy
 */
export async function buildCopy(dir) {
  const astro = await runMeasured(
    process.execPath,
    [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    dir,
  );
  const pagefind = await runMeasured(process.execPath, [join(dir, 'scripts', 'build-search-index.mjs')], dir);
  return { astro, pagefind, dist: join(dir, 'dist') };
}
