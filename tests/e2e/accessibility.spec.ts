import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { sitemapPaths } from './sitemap';

test('axe finds no WCAG 2.0-2.2 A/AA violations on any page in the sitemap', async ({ page, request }) => {
  // Walks every page of the site, one after the other.
  test.setTimeout(180_000);
  const paths = [...(await sitemapPaths(request)), '/404.html'];
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    failures.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
  }
  expect(failures).toEqual([]);
});
