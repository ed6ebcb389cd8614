/**
 * A temporary copy of the project (never the real content), changed and built with a real
 * `astro build`, for tests of what the build accepts and refuses.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
const COPIED = ['src', 'content', 'public', 'tests', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** The address `npm start` and the browser tests build for. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

export class ProjectCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'boligveiviser-copy-'));

  constructor() {
    for (const entry of COPIED) cpSync(join(root, entry), join(this.dir, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(this.dir, 'node_modules'), 'dir');
  }

  /** Changes one file; the change must change it, so a test never passes on an edit that missed. */
  edit(file: string, change: (text: string) => string): void {
    const target = join(this.dir, file);
    const original = readFileSync(target, 'utf8');
    const changed = change(original);
    if (changed === original) throw new Error(`The edit did not change ${file}`);
    writeFileSync(target, changed);
  }

  /** Adds a file. */
  write(file: string, text: string): void {
    writeFileSync(join(this.dir, file), text);
  }

  /** Runs `astro build` with the given arguments; returns the exit code and all output. */
  build(args: string[] = ['--site', LOCAL_SITE], env: Record<string, string | undefined> = {}) {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SITE_URL: undefined, ...env },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
