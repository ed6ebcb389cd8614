import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { sitemapPaths } from './sitemap';
import { nodeOf } from './content';

const CONTENT = resolve(import.meta.dirname, '../../content');

const contentIds = (folder: string) =>
  readdirSync(join(CONTENT, folder))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, ''));
const roleIds = () =>
  (parse(readFileSync(join(CONTENT, 'roles.yaml'), 'utf8')) as { id: string }[]).map((role) => role.id);

test('every node, factor, example, role and guidance page in the content is in the sitemap', () => {
  const expected = [
    '/',
    '/prosess/',
    '/suksessfaktorer/',
    '/eksempler/',
    '/roller/',
    '/veiledning/',
    '/om/',
    '/tilgjengelighet/',
    '/ordliste/',
    ...contentIds('process').map((id) => `/prosess/${id}/`),
    ...contentIds('factors').map((id) => `/suksessfaktorer/${id}/`),
    ...contentIds('examples').map((id) => `/eksempler/${id}/`),
    ...contentIds('guidance').map((id) => `/veiledning/${id}/`),
    ...roleIds().map((id) => `/roller/${id}/`),
  ];
  expect(sitemapPaths()).toEqual(expect.arrayContaining(expected));
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
  await expect(page.getByRole('region', { name: 'Sjekkliste' }).getByRole('listitem')).toHaveCount(
    nodeOf('utarbeide-mal').checklist.length,
  );
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
