/**
 * The whole guide on each process page: the passages of the sources that belong to it, the
 * checklist items with the sentence each comes from, the editors' "Om trinnet" with its
 * citations, glossary links, and ticks that stay true when an item's text changes.
 * Expectations are read from the content files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { htmlPages, pathOfFile, readPage } from './built-site';
import { frontMatter, nodeOf, passageOf, processNodes, shownText } from './content';
import { nb } from '../../src/i18n/nb';
import { textVersion } from '../../src/lib/checklist/text-version';

const CONTENT = resolve(import.meta.dirname, '../../content');
const STORAGE_KEY = 'boligveiviser.sjekkliste';

const passageIds = readdirSync(resolve(CONTENT, 'passages')).map((file) => file.replace(/\.mdx$/, ''));
const phasesOfPassage = (id: string) => passageOf(id).phases.map((link) => link.to);

/** One test per process page: each passage that belongs to it, and each checklist item with its basis. */
for (const node of processNodes()) {
  const passages = passageIds.filter((id) => phasesOfPassage(id).includes(node.id));
  if (passages.length === 0 && node.checklist.length === 0) continue;
  test(`${node.id} shows its passages in full and in their language, and each checklist item's basis`, async ({
    page,
  }) => {
    await page.goto(`/prosess/${node.id}/`);
    for (const id of passages) {
      const passage = passageOf(id);
      const text = shownText(passage.firstParagraph);
      // The passages on a phase page are articles named by who wrote them (the page itself is not named).
      const shown = page.getByRole('article', { name: /./ }).filter({ hasText: text });
      await expect(shown, id).toHaveCount(1);
      await expect(shown.locator(`div[lang="${passage.lang}"]`).filter({ hasText: text }), id).toHaveCount(1);
      if (passage.title) await expect(shown.getByRole('heading'), id).toContainText(passage.title);
      await expect(shown.getByRole('link').last(), id).toHaveAttribute('href', new RegExp(`#${id}$`));
    }
    const checklist = page.getByRole('region', { name: nb['checklist.heading'], exact: true });
    for (const item of node.checklist) {
      const shown = checklist
        .getByRole('listitem')
        .filter({ has: page.getByRole('checkbox', { name: item.text, exact: true }) });
      await expect(shown.locator('q'), item.id).toHaveText(item.basis.quote);
      const collection = item.basis.from.split('/')[0];
      await expect(shown.getByRole('link').first(), item.id).toHaveAttribute(
        'href',
        collection === 'passages' ? /#/ : /^\//,
      );
    }
  });
}

test('a passage links to its place in the entry it comes from, rendered there from the same file', async ({ page }) => {
  for (const id of passageIds) {
    const passage = passageOf(id);
    const [collection, entry] = passage.in.split('/');
    const base = { process: '/prosess/', examples: '/eksempler/', guidance: '/veiledning/' }[collection as 'process'];
    await page.goto(`${base}${entry}/#${id}`);
    await expect(page.locator(`[id="${id}"]`), id).toContainText(shownText(passage.firstParagraph));
  }
});

test('at least twelve process pages have a checklist, with at least 45 items', () => {
  // The guide's promise to readers, not a count an editor must keep in step: it only grows.
  const nodes = processNodes().filter((node) => node.checklist.length > 0);
  expect(nodes.length).toBeGreaterThanOrEqual(12);
  expect(nodes.flatMap((node) => node.checklist).length).toBeGreaterThanOrEqual(45);
});

const additions = readdirSync(resolve(CONTENT, 'additions')).map((file) => {
  const data = frontMatter(resolve(CONTENT, 'additions', file)) as {
    about: string;
    sources: { title: string; url: string }[];
  };
  return data;
});

for (const addition of additions) {
  test(`the editors' text on ${addition.about} is marked as theirs and cites its sources`, async ({ page }) => {
    await page.goto(`/prosess/${addition.about}/`);
    const section = page.getByRole('region', { name: nb['addition.heading'] });
    await expect(section).toContainText(nb['addition.marker']);
    for (const source of addition.sources) {
      await expect(section.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
      // Each source is also cited where the text uses it.
      await expect(section.locator('.prose').locator(`a[href="${source.url}"]`).first()).toBeVisible();
    }
    await expect(page.getByRole('note')).toContainText(nb['titleOnly.withAddition']);
  });
}

test('a glossary term links from the page that uses it to its definition, quoted from the source', async ({ page }) => {
  const terms = parse(readFileSync(resolve(CONTENT, 'glossary.yaml'), 'utf8')) as {
    id: string;
    term: string;
    definition: { quote: string };
  }[];
  const linked = htmlPages()
    .map((file) => ({ path: pathOfFile(file), html: readPage(file) }))
    .flatMap(({ path, html }) =>
      [...html.matchAll(/data-glossary-term="([^"]+)"/g)].map((match) => ({ path, id: match[1]! })),
    );
  expect(linked.length, 'some page links a glossary term').toBeGreaterThan(0);
  const { path, id } = linked[0]!;
  const term = terms.find((entry) => entry.id === id)!;
  await page.goto(path);
  await page.locator(`main a[href="/ordliste/#${id}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/ordliste/#${id}$`));
  const definition = page.locator(`[id="${id}"]`);
  await expect(definition.getByRole('term')).toHaveText(term.term);
  await expect(definition.getByRole('definition').locator('blockquote')).toHaveText(term.definition.quote);
});

test('a tick made against an older text says the item changed, keeps the tick, and can be confirmed', async ({
  page,
}) => {
  const node = nodeOf('forfase');
  const [changed, unchanged] = node.checklist;
  // Fixture: what a reader's browser holds after ticking two items, one of which an editor has
  // since reworded (its stored fingerprint is of the old wording).
  const stored = {
    format: 'boligveiviser-sjekkliste',
    version: 2,
    items: {
      [changed!.id]: {
        checked: true,
        changedAt: '2026-10-01T09:00:00.000Z',
        textVersion: textVersion('En eldre ordlyd av punktet.'),
      },
      [unchanged!.id]: {
        checked: true,
        changedAt: '2026-10-01T09:00:00.000Z',
        textVersion: textVersion(unchanged!.text),
      },
    },
  };
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify(stored)]);
  await page.goto(`/prosess/${node.id}/`);
  const itemOf = (text: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: text, exact: true }) });
  await expect(itemOf(changed!.text).getByRole('checkbox')).toBeChecked();
  await expect(itemOf(changed!.text).getByText(nb['checklist.changed'])).toBeVisible();
  await expect(itemOf(unchanged!.text).getByText(nb['checklist.changed'])).toBeHidden();

  await itemOf(changed!.text).getByRole('button', { name: nb['checklist.changedConfirm'] }).click();
  await expect(itemOf(changed!.text).getByText(nb['checklist.changed'])).toBeHidden();
  await page.reload();
  await expect(itemOf(changed!.text).getByRole('checkbox')).toBeChecked();
  await expect(itemOf(changed!.text).getByText(nb['checklist.changed'])).toBeHidden();
});
