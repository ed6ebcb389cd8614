/**
 * Search as staff type it: questions with question words, inflected and Nynorsk forms, words
 * some pages lack, typos, and excerpts that read as text. The questions and the pages that
 * answer them come from the benchmark's fixture (tests/bench/search-questions.yaml).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations } from './axe';
import { nb } from '../../src/i18n/nb';

interface Question {
  q: string;
  kind: string;
  answers: string[];
}
const questions = parse(
  readFileSync(resolve(import.meta.dirname, '../bench/search-questions.yaml'), 'utf8'),
) as Question[];
const question = (q: string) => questions.find((entry) => entry.q === q)!;

const results = (page: Page) => page.locator('search-page [data-search-results] > li > a');
const status = (page: Page) => page.locator('search-page').getByRole('status');

/** The search page for a query, once its results are shown. */
async function search(page: Page, query: string) {
  await page.goto(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(status(page)).toContainText(`«${query}»`);
}

async function expectAnswerInTopThree(page: Page, entry: Question) {
  const paths = (
    await results(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
  ).slice(0, 3);
  expect(
    paths.some((path) => entry.answers.includes(path)),
    `${entry.q}: ${paths.join(' ')}`,
  ).toBe(true);
}

test('a question with question words finds the page that answers it', async ({ page }) => {
  const entry = question('hvem kvalitetssikrer målene');
  await search(page, entry.q);
  await expectAnswerInTopThree(page, entry);
});

test('an inflected Bokmål form finds Nynorsk text', async ({ page }) => {
  for (const q of ['brukerne', 'medvirkning']) {
    const entry = question(q);
    await search(page, entry.q);
    await expectAnswerInTopThree(page, entry);
    await expect(results(page).first()).toBeVisible();
  }
  const nynorsk = page
    .locator('search-page [data-search-results] > li')
    .filter({ has: page.getByRole('link', { name: 'Brukarmedverknad' }) });
  await expect(nynorsk).toContainText('nynorsk');
});

test('when no page has every word, the pages with most of them are shown, and the page says so', async ({ page }) => {
  // Fixture: two words the site has, never on the same page (Stord's Housing First, Forshaga in Sweden).
  await search(page, 'housing forshaga');
  await expect(status(page)).toContainText(nb['search.partial']);
  const titles = await results(page).allTextContents();
  expect(titles).toEqual(
    expect.arrayContaining(['Helhetlig boligsosialt arbeid i Stord', 'Program för Bostadsförsörjning 2015-2019']),
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('a typo gets "Mente du", and the results of the site\'s own spelling', async ({ page }) => {
  const entry = question('kvalitetsikre');
  await search(page, entry.q);
  const suggestion = page.locator('search-page [data-search-help]').getByRole('link', { name: /«.+»/ });
  await expect(page.locator('search-page [data-search-help]')).toContainText(
    nb['search.didYouMean'].split('{suggestion}')[0]!,
  );
  const corrected = (await suggestion.textContent())!.replace(/[«»]/g, '');
  await expect(status(page)).toContainText(`«${corrected}»`);
  await expectAnswerInTopThree(page, entry);
  expect(await axeViolations(page)).toEqual([]);
  await suggestion.click();
  await expect(page).toHaveURL(new RegExp(`\\?q=${corrected}$`));
  await expect(status(page)).toContainText(`treff for «${corrected}»`);
});

test('the header search offers the same "Mente du" and the same fallback', async ({ page }) => {
  await page.goto('/prosess/');
  const field = page.getByRole('searchbox', { name: 'Søk i veiviseren' });
  await field.fill('kvalitetsikre');
  const panel = page.locator('#header-search-panel');
  await expect(panel.getByRole('link', { name: /^«kvalitetssikre/ })).toBeVisible();
  await field.fill('housing forshaga');
  await expect(panel).toContainText(nb['search.partial']);
});

test('excerpts read as text: no labels run together with values, no added index words', async ({ page }) => {
  await search(page, 'Stord');
  const hit = page
    .locator('search-page [data-search-results] > li')
    .filter({ has: page.getByRole('link', { name: 'Helhetlig boligsosialt arbeid i Stord' }) });
  const excerpt = hit.locator('p[lang]');
  await expect(excerpt).toContainText('Stord');
  await expect(excerpt).not.toContainText(/Kommune\S*Stord|Fylke \/ län|LandNorge/);
});
