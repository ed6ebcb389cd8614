/**
 * Adding a municipal example the README's way changes no test expectation: a copy of the
 * project gets a new municipality and example, is built, and the browser tests that deal with
 * examples, facets, counts and every page run against it unchanged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ProjectCopy, root } from './project-copy';

const copy = new ProjectCopy();
afterAll(() => copy.remove());

/** An id no municipality or example has yet, so the fixture never clashes with real content. */
function freshId(): string {
  const taken = readFileSync(join(copy.dir, 'content/municipalities.yaml'), 'utf8');
  for (let number = 1; ; number += 1) {
    const id = `testby${number}`;
    if (!taken.includes(`id: ${id}\n`) && !existsSync(join(copy.dir, 'content/examples', `${id}.mdx`))) return id;
  }
}
const ID = freshId();

/** A fixture: a municipality and an example that exist only in this temporary copy. */
const MUNICIPALITY = `
- id: ${ID}
  name: Testby kommune
  county: Innlandet
  country: Norge
`;
const EXAMPLE = `---
title: "Kartlegging i Testby"
lang: nb
summary: "Et eksempel som bare finnes i testen."
source:
  publisher: Husbanken
  title: "Helhetlig boligpolitisk planlegging – Trinn 4: Fag/temaplan bolig"
  url: https://www.husbanken.no
reviewed: 2026-11-23
municipality: ${ID}
phases:
  - to: kartleggingsfase
factors:
  - to: kompetanse
---

Testby kommune kartla boligbehovet før arbeidet med planen begynte.
`;

function playwright(args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--config', 'tests/playwright.config.ts', ...args],
    {
      cwd: copy.dir,
      encoding: 'utf8',
      env: { ...process.env, CI: '1', NO_COLOR: '1' },
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

it('builds with one more example, and the example, search and page tests pass unchanged', () => {
  copy.edit('content/municipalities.yaml', (text) => `${text.trimEnd()}\n${MUNICIPALITY}`);
  copy.write(`content/examples/${ID}.mdx`, EXAMPLE);
  const build = copy.build();
  expect(build.status, build.output).toBe(0);

  const specs = playwright([
    'e2e/search.spec.ts',
    'e2e/cross-links.spec.ts',
    'e2e/pages.spec.ts',
    'e2e/size-budgets.spec.ts',
  ]);
  expect(specs.status, specs.output).toBe(0);
  const everyExamplePage = playwright(['e2e/accessibility.spec.ts', '--grep', '/eksempler/']);
  expect(everyExamplePage.status, everyExamplePage.output).toBe(0);
  // The new page was among those checked.
  expect(everyExamplePage.output).toContain(`/eksempler/${ID}/`);
}, 900_000);
