/**
 * Adding a municipal example the README's way changes no test expectation: a copy of the
 * project gets a new municipality and example, is built, and the browser tests that deal with
 * examples, facets, counts and every page run against it unchanged.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ProjectCopy, root } from './project-copy';

const copy = new ProjectCopy();
afterAll(() => copy.remove());

/** A fixture: a municipality and an example that exist only in this temporary copy. */
const MUNICIPALITY = `
- id: testby
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
municipality: testby
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
  copy.write('content/examples/testby.mdx', EXAMPLE);
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
  expect(everyExamplePage.output).toContain('/eksempler/testby/');
}, 900_000);
