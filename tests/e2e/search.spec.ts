import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { contrastRatio } from './colour';
import { entriesOf, examples, indexedPages } from './content';
import { FACETS } from '../../src/lib/search/facets';

const headerSearch = (page: Page) => page.getByRole('search', { name: 'Søk i veiviseren' });
const headerField = (page: Page) => headerSearch(page).getByRole('searchbox', { name: 'Søk i veiviseren' });

async function searchFromHeader(page: Page, query: string) {
  await headerField(page).fill(query);
  const panel = page.locator('#header-search-panel');
  await expect(panel).toBeVisible();
  return panel;
}

test.describe('search from the header of a Bokmål page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/prosess/fag-temaplan-bolig/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  });

  test('finds Bokmål, Nynorsk and Swedish text, labelling the language', async ({ page }) => {
    let panel = await searchFromHeader(page, 'idedugnad');
    await expect(panel.getByRole('link', { name: 'Utarbeide mål' })).toBeVisible();

    panel = await searchFromHeader(page, 'tverrfagleg');
    const nynorsk = panel
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Forankring og eigarskap' }) });
    await expect(nynorsk).toContainText('Suksessfaktor · nynorsk');
    await expect(nynorsk.locator('mark').first()).toBeVisible();

    panel = await searchFromHeader(page, 'åtgärdsprogram');
    const swedish = panel
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Genomförandestrategi' }) });
    await expect(swedish).toContainText('Veiledning · svensk');
  });

  test('a Bokmål spelling finds the Nynorsk text', async ({ page }) => {
    let panel = await searchFromHeader(page, 'brukermedvirkning');
    await expect(panel.getByRole('link', { name: 'Brukarmedverknad', exact: true })).toBeVisible();
    panel = await searchFromHeader(page, 'eierskap');
    await expect(panel.getByRole('link', { name: 'Forankring og eigarskap' })).toBeVisible();
  });

  test('announces the number of results', async ({ page }) => {
    await searchFromHeader(page, 'brukermedvirkning');
    await expect(headerSearch(page).getByRole('status')).toHaveText(/^\d+ treff for «brukermedvirkning»$/);
  });

  test('opens with Ctrl+K, moves with arrow keys, closes with Esc and returns focus', async ({ page }) => {
    const skip = page.getByRole('link', { name: 'Hopp til hovedinnholdet' });
    await skip.focus();
    await page.keyboard.press('Control+k');
    await expect(headerField(page)).toBeFocused();
    await page.keyboard.type('kartlegging');
    const results = page.locator('#header-search-panel').getByRole('listitem').getByRole('link');
    await expect(headerSearch(page).getByRole('status')).toHaveText(/treff for «kartlegging»$/);
    await expect(results.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(results.nth(0)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#header-search-panel')).toBeHidden();
    await expect(skip).toBeFocused();

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Meta+k');
    await expect(headerField(page)).toBeFocused();
  });

  test('a single key never moves focus: "/" on a link types nothing and leaves focus there (WCAG 2.1.4)', async ({
    page,
  }) => {
    const link = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').first();
    await link.focus();
    await page.keyboard.press('/');
    await expect(link).toBeFocused();
    await expect(headerField(page)).toHaveValue('');
  });

  test("the search field's placeholder has at least 4.5:1 contrast", async ({ page }) => {
    const [foreground, background] = await headerField(page).evaluate((input) => [
      getComputedStyle(input, '::placeholder').color,
      getComputedStyle(input).backgroundColor,
    ]);
    expect(await contrastRatio(page, foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  test('Enter opens the search page with the query in the URL', async ({ page }) => {
    await headerField(page).fill('styringsgruppen');
    await headerField(page).press('Enter');
    await expect(page).toHaveURL(/\/sok\/\?q=styringsgruppen$/);
    await expect(page.getByRole('status').filter({ hasText: 'treff' })).toHaveText(/\d+ treff for «styringsgruppen»/);
  });

  test('opening a result marks the searched words on the page', async ({ page }) => {
    const panel = await searchFromHeader(page, 'idedugnad');
    await panel.getByRole('link', { name: 'Utarbeide mål' }).click();
    await expect(page).toHaveURL(/\/prosess\/utarbeide-mal\/\?markert=idedugnad/);
    await expect(page.getByRole('main').locator('mark').first()).toHaveText(/idedugnad/i);
  });
});

test.describe('the search page', () => {
  test('a ?q= link runs the search, and the back button restores the previous search', async ({ page }) => {
    await page.goto('/sok/?q=bolig');
    const status = page.getByRole('status').filter({ hasText: 'treff' });
    // The first search loads the engine and counts the facets of every hit: allow a busy machine time.
    await expect(status).toHaveText(/\d+ treff for «bolig»/, { timeout: 15_000 });
    const field = page.getByRole('searchbox', { name: 'Søkeord' });
    await expect(field).toHaveValue('bolig');
    await field.fill('kartlegging');
    await field.press('Enter');
    await expect(page).toHaveURL(/\?q=kartlegging$/);
    await expect(status).toHaveText(/treff for «kartlegging»/);
    await page
      .getByRole('group', { name: 'Type side' })
      .getByRole('checkbox', { name: /^Eksempel/ })
      .check();
    // The URL carries the kind's stable id, not its label.
    await expect(page).toHaveURL(/\?q=kartlegging&type=examples$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=kartlegging$/);
    await expect(
      page.getByRole('group', { name: 'Type side' }).getByRole('checkbox', { name: /^Eksempel/ }),
    ).not.toBeChecked();
    await page.goBack();
    await expect(field).toHaveValue('bolig');
    await expect(status).toHaveText(/treff for «bolig»/);
  });

  /** One value of each facet; the pages it should find are read from the built pages' filters. */
  const facetCases = (
    [
      { key: 'type', value: 'Veiledning' },
      { key: 'kommune', value: 'Halden kommune' },
      { key: 'fylke', value: 'Rogaland' },
      { key: 'land', value: 'Sverige' },
      { key: 'storrelse', value: 'Stor' },
      { key: 'malgruppe', value: 'Alle vanskeligstilte på boligmarkedet' },
      { key: 'fase', value: 'Forfase fag/temaplan' },
      { key: 'faktor', value: 'Kompetanse' },
    ] as const
  ).map((facetCase) => ({
    ...facetCase,
    // The group's name as the reader sees it, from the one list of facets.
    facet: FACETS.find((facet) => facet.key === facetCase.key)!.label,
    expected: indexedPages()
      .filter((page) => page.filters[facetCase.key]?.includes(facetCase.value))
      .map((page) => page.title),
  }));
  for (const { facet, value, expected } of facetCases) {
    test(`filter by ${facet}: ${value}, without a query`, async ({ page }) => {
      expect(expected.length, 'the fixture value must be used by some page').toBeGreaterThan(0);
      await page.goto('/sok/');
      const box = page
        .getByRole('group', { name: facet })
        .getByRole('checkbox', { name: new RegExp(`^${value.replace(/[/?]/g, '.')} \\(\\d+\\)$`) });
      await expect(box).toHaveAccessibleName(new RegExp(`\\(${expected.length}\\)$`));
      await box.check();
      const results = page.locator('[data-search-results] > li > a');
      await expect(results).toHaveText(expected.map(() => /.+/));
      expect((await results.allTextContents()).sort()).toEqual([...expected].sort());
      await expect(page.getByRole('status').filter({ hasText: 'treff' })).toHaveText(`${expected.length} treff`);
    });
  }

  test('filters combine: a query, a kind and a factor (from ids in the URL)', async ({ page }) => {
    await page.goto('/sok/?q=plan&type=examples&faktor=organisering-og-samordning');
    const results = page.locator('[data-search-results] > li > a');
    await expect(results.first()).toBeVisible();
    for (const box of [
      page.getByRole('group', { name: 'Type side' }).getByRole('checkbox', { name: /^Eksempel/ }),
      page.getByRole('group', { name: 'Suksessfaktor' }).getByRole('checkbox', { name: /^Organisering og samordning/ }),
    ]) {
      await expect(box).toBeChecked();
    }
    for (const item of await page.locator('[data-search-results] > li').all())
      await expect(item).toContainText('Eksempel');
  });

  test('an older link with labels in the URL still filters', async ({ page }) => {
    await page.goto('/sok/?q=plan&type=Eksempel');
    await expect(
      page.getByRole('group', { name: 'Type side' }).getByRole('checkbox', { name: /^Eksempel/ }),
    ).toBeChecked();
  });

  test('without JavaScript it says search needs JavaScript and links to the overviews', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/sok/?q=bolig');
    await expect(page.getByText('Søket krever JavaScript.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Eksempler fra kommuner' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Søkeord' })).toBeHidden();
    await context.close();
  });

  test('axe finds no violations with results and filters shown', async ({ page }) => {
    await page.goto('/sok/?q=bolig&land=Norge');
    await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
    await page.getByRole('searchbox', { name: 'Søk i veiviseren' }).fill('eierskap');
    await expect(page.locator('#header-search-panel').getByRole('listitem').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the example overview', () => {
  // Expectations from the content: adding an example changes the numbers, not the test.
  const all = examples();
  const norwegian = all.filter((example) => example.country === 'Norge');
  const factorId = 'kompetanse';
  const factorTitle = entriesOf('factors').find((factor) => factor.id === factorId)!.title;
  const both = norwegian.filter((example) => example.factors.includes(factorId));
  const showing = (count: number) => `Viser ${count} av ${all.length} ${all.length === 1 ? 'eksempel' : 'eksempler'}`;

  test('filters by facets, keeps the filter in the URL and shows counts', async ({ page }) => {
    expect(both.length, 'the content has a Norwegian example on the factor').toBeGreaterThan(0);
    await page.goto('/eksempler/');
    const list = page.locator('[data-example-list] > li:visible');
    await expect(list).toHaveCount(all.length);
    const norway = page
      .getByRole('group', { name: 'Land' })
      .getByRole('checkbox', { name: `Norge (${norwegian.length})` });
    await norway.check();
    await expect(list).toHaveCount(norwegian.length);
    await page
      .getByRole('group', { name: 'Suksessfaktor' })
      .getByRole('checkbox', { name: new RegExp(`^${factorTitle}`) })
      .check();
    await expect(list).toHaveCount(both.length);
    const shownTitles = async () =>
      (await list.getByRole('link').allTextContents()).map((title) => title.trim()).sort();
    expect(await shownTitles()).toEqual(both.map((example) => example.title).sort());
    await expect(page.getByRole('status').filter({ hasText: 'Viser' })).toHaveText(showing(both.length));
    await expect(page).toHaveURL(/\/eksempler\/\?land=[^&]+&faktor=[^&]+$/);

    await page.reload();
    await expect(list).toHaveCount(both.length);
    await page.goBack();
    await expect(list).toHaveCount(norwegian.length);
    await page.getByRole('button', { name: 'Fjern alle filtre' }).click();
    await expect(list).toHaveCount(all.length);
  });

  test('a filtered link opens filtered, and without JavaScript the full list shows', async ({ page, browser }) => {
    await page.goto('/eksempler/?land=Sverige');
    await expect(page.locator('[data-example-list] > li:visible')).toHaveCount(all.length - norwegian.length);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto('/eksempler/?land=Sverige');
    await expect(noScript.locator('[data-example-list] > li:visible')).toHaveCount(all.length);
    await expect(noScript.getByRole('group', { name: 'Land' })).toBeHidden();
    await context.close();
  });
});
