import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';
import { nodeOf } from './content';

test('every node, factor, example, role and guidance page is in the sitemap and opens', async ({ page, request }) => {
  // Walks every page of the site, one after the other.
  test.setTimeout(180_000);
  const paths = await sitemapPaths(request);
  const expected = [
    '/', '/prosess/', '/suksessfaktorer/', '/eksempler/', '/roller/', '/veiledning/', '/om/', '/tilgjengelighet/',
    ...['planstrategi', 'kommuneplanens-samfunnsdel', 'kommuneplanens-arealdel', 'fag-temaplan-bolig', 'reguleringsplan', 'okonomiplan',
      'forfase', 'kartleggingsfase', 'losningsfase', 'bearbeidingsfase', 'gjennomforingsfase',
      'utarbeide-mal', 'utarbeide-strategier', 'bli-enige-om-tiltak'].map((id) => `/prosess/${id}/`),
    ...['forankring-og-eigarskap', 'overordna-strategi', 'organisering-og-samordning', 'okonomiske-ressursar', 'kompetanse', 'brukarmedverknad'].map((id) => `/suksessfaktorer/${id}/`),
    ...['stavanger', 'tromso', 'stord', 'halden', 'bodo', 'forshaga'].map((id) => `/eksempler/${id}/`),
    ...['prosjektleder', 'prosjektgruppe', 'styringsgruppen', 'oppdragsgiver', 'politisk-ledelse'].map((id) => `/roller/${id}/`),
    '/veiledning/genomforandestrategi/',
  ];
  expect(paths).toEqual(expect.arrayContaining(expected));
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Hopp til hovedinnholdet' }), path).toHaveCount(1);
  }
});

test('every content page credits its source and shows a reviewed date', async ({ page, request }) => {
  // Walks every page of the site, one after the other.
  test.setTimeout(180_000);
  const contentPaths = (await sitemapPaths(request)).filter((path) => /^\/(prosess|suksessfaktorer|eksempler|veiledning|roller)\/[^/]+\/$/.test(path));
  expect(contentPaths.length).toBeGreaterThanOrEqual(32);
  for (const path of contentPaths) {
    await page.goto(path);
    const credit = page.getByRole('complementary', { name: 'Kilde' });
    await expect(credit, path).toContainText(/Kilde: (Husbanken|Boverket), originalside «.+»/);
    await expect(credit.locator('time'), path).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
});

test('an unknown address gets the 404 page with a way on', async ({ page }) => {
  const response = await page.goto('/finnes-ikke/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
  await page.getByRole('link', { name: 'Til forsiden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boligveiviser');
});

test('robots.txt points crawlers to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
});

test('the skip link takes keyboard users past the menu to the main content', async ({ page }) => {
  await page.goto('/eksempler/stavanger/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnholdet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('content is readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/prosess/utarbeide-mal/');
  await expect(page.getByRole('heading', { name: 'Kort beskrivelse av fasen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sjekkliste' }).getByRole('listitem')).toHaveCount(nodeOf('utarbeide-mal').checklist.length);
  await context.close();
});

test('a guidance page prints without navigation', async ({ page }) => {
  await page.goto('/prosess/fag-temaplan-bolig/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Brødsmulesti' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Prosessen' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Bakgrunn for dette arbeidet' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Kilde' })).toBeVisible();
});

test('at 320 px wide no page scrolls sideways', async ({ page, request }) => {
  // Walks every page of the site, one after the other.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
