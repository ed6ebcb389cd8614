/**
 * A content error must stop the build with the file and the field named. Each case edits
 * one file in a temporary copy of the project (never the real content) and runs a real
 * `astro build` there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const copied = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
let workdir: string | undefined;

/** Builds a copy of the project with one file changed; returns the exit code and output. */
function buildWith(file: string, edit: (text: string) => string) {
  workdir = mkdtempSync(join(tmpdir(), 'boligveiviser-content-'));
  for (const entry of copied) cpSync(join(root, entry), join(workdir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(workdir, 'node_modules'), 'dir');
  const target = join(workdir, file);
  const original = readFileSync(target, 'utf8');
  const changed = edit(original);
  expect(changed, 'the edit must change the file').not.toBe(original);
  writeFileSync(target, changed);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: workdir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
  workdir = undefined;
});

describe('a content error fails the build', () => {
  it('names the file and the field of a link to an entry that does not exist', () => {
    const { status, output } = buildWith('content/examples/halden.mdx', (text) =>
      text.replace('- to: brukarmedverknad', '- to: brukermedvirkning'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/examples/halden.mdx');
    expect(output).toContain('"factors[1].to"');
    expect(output).toContain('"brukermedvirkning"');
  });

  it('names both places when two checklist items share an id', () => {
    const { status, output } = buildWith('content/process/fag-temaplan-bolig.mdx', (text) =>
      text.replace('id: tiltak-i-budsjett-og-okonomiplan', 'id: idedugnad-holdt'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/process/fag-temaplan-bolig.mdx');
    expect(output).toContain('content/process/utarbeide-mal.mdx');
    expect(output).toMatch(/"checklist\[\d\]\.id"/);
  });

  it('names the file and the field of bad front matter', () => {
    const { status, output } = buildWith('content/factors/kompetanse.mdx', (text) =>
      text.replace('lang: nn', 'lang: nynorsk'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('kompetanse.mdx');
    expect(output).toContain('lang');
  });

  it('names the file and the field of a checklist basis that is not word for word in its source', () => {
    const { status, output } = buildWith('content/process/forfase.mdx', (text) =>
      text.replace('Mandatet fra styringsgruppen la sentrale føringer', 'Mandatet fra styringsgruppa la sentrale føringer'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/process/forfase.mdx');
    expect(output).toMatch(/"checklist\[\d+\]\.basis\.quote" står ikke ordrett i "examples\/stavanger"/);
  });

  it('names the passage whose entry does not place it', () => {
    const { status, output } = buildWith('content/examples/bodo.mdx', (text) => text.replace('<Passage id="bodo-prosessplan" />', ''));
    expect(status).not.toBe(0);
    expect(output).toContain('content/passages/bodo-prosessplan.mdx');
    expect(output).toContain('"in"');
  });

  it('refuses an editors\' fact cited to a page that is not authoritative', () => {
    const { status, output } = buildWith('content/additions/reguleringsplan.mdx', (text) =>
      text.replace(/url: https:\/\/www\.regjeringen\.no\S*/, 'url: https://www.example.com/reguleringsplan'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('reguleringsplan.mdx');
    expect(output).toContain('sources');
  });
});
