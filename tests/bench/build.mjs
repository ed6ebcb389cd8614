/**
 * Builds a copy of the project the way `npm run build` does, timing it and recording its
 * peak memory. The Pagefind index is built by the Astro integration at the end of
 * `astro build`; its log line "N sider indeksert på X ms" gives the Pagefind time.
 *
 * Peak memory is read from /proc, which needs nothing installed: while a step runs, every
 * process of its tree (node, the esbuild service, the pagefind binary) is sampled every
 * 25 ms. The peak is the highest total of their current resident memory (VmRSS) at one
 * moment, i.e. what the machine needed at once (never less than the largest single
 * process's own peak, VmHWM). The pagefind binary's own peak is its
 * VmHWM (kept by the kernel, so no spike between samples is missed).
 * GNU time (`/usr/bin/time -v`) was not used: it reports only the largest single process,
 * and misses the pagefind binary, which Pagefind's node API does not wait for (measured
 * here: 70 MB by GNU time against 166 MB for the pagefind binary in /proc at ~1,000
 * pages). process.resourceUsage() covers only the calling process, not its children.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { onCleanup } from './util.mjs';

const SAMPLE_MS = 25;

/**
 * Reads a /proc file, or '' when the process has gone. Synchronous on purpose: a sample
 * then costs about 0.4 ms of CPU against about 9 ms with promises, which on a small
 * machine would otherwise slow down the very build being measured.
 * @param {string} path
 */
function readProc(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Parent pid of every process, from /proc/<pid>/stat.
 * @returns {Map<number, number>} pid → parent pid
 */
function parents() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const line = readProc(`/proc/${name}/stat`);
    // The command name (field 2) may contain spaces and parentheses; fields after the last ")" are fixed.
    const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
    if (fields.length > 1) map.set(Number(name), Number(fields[1]));
  }
  return map;
}

/**
 * The pid and every descendant of it that is alive now.
 * @param {number} root
 */
function processTree(root) {
  const parentOf = parents();
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
 * Name, current and peak resident memory of a process, in bytes; undefined when it is gone.
 * @param {number} pid
 */
function memoryOf(pid) {
  const status = readProc(`/proc/${pid}/status`);
  /** @param {string} field */
  const bytes = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  const name = /^Name:\s+(.*)$/m.exec(status)?.[1];
  return name ? { name, rss: bytes('VmRSS'), hwm: bytes('VmHWM') } : undefined;
}

/**
 * Runs a command, returning its wall time, output and memory figures (see the top of this file).
 * Output is kept and shown only if the command fails, so tables stay readable.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ ms: number, output: string, peakRssBytes: number, pagefindPeakBytes: number }>}
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

  let peakRssBytes = 0;
  let pagefindPeakBytes = 0;
  let singlePeak = 0;
  const sample = () => {
    if (!child.pid) return;
    let total = 0;
    for (const pid of processTree(child.pid)) {
      const memory = memoryOf(pid);
      if (!memory) continue;
      total += memory.rss;
      // A single process's own peak is exact, so a spike between two samples still counts.
      singlePeak = Math.max(singlePeak, memory.hwm);
      if (memory.name.startsWith('pagefind')) pagefindPeakBytes = Math.max(pagefindPeakBytes, memory.hwm);
    }
    peakRssBytes = Math.max(peakRssBytes, total, singlePeak);
  };
  const timer = setInterval(sample, SAMPLE_MS);

  const code = await new Promise((resolveExit, rejectExit) => {
    child.once('error', rejectExit);
    child.once('close', resolveExit);
  }).finally(() => {
    clearInterval(timer);
    void stopChild();
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} feilet (kode ${code}) i ${cwd}:\n${output}`);
  return { ms, output, peakRssBytes, pagefindPeakBytes };
}

/**
 * Builds the site in a project copy with this script's node (process.execPath: the
 * project's pinned node when run through npm), as `npm run build` does.
 * @param {string} dir the project copy
 * @returns {Promise<{ dist: string, astroMs: number,
 *   pagefindMs: number, totalMs: number, peakRssBytes: number, pagefindPeakBytes: number }>}
 *   astroMs excludes the Pagefind time, so astroMs + pagefindMs = totalMs.
 */
export async function buildCopy(dir) {
  const astro = await runMeasured(
    process.execPath,
    [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--site', 'http://127.0.0.1:4321'],
    dir,
  );
  const dist = join(dir, 'dist');
  const logged = /indeksert på (\d+) ms/.exec(astro.output);
  if (!logged) throw new Error(`Fant ikke Pagefind-tiden i utskriften fra astro build:\n${astro.output}`);
  const pagefindMs = Number(logged[1]);
  return {
    dist,
    astroMs: astro.ms - pagefindMs,
    pagefindMs,
    totalMs: astro.ms,
    peakRssBytes: astro.peakRssBytes,
    pagefindPeakBytes: astro.pagefindPeakBytes,
  };
}
