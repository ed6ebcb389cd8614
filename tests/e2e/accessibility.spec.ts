import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

/** The WCAG 2.1 A and AA rules that Norwegian public-sector sites must meet. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test('axe finds no WCAG 2.1 A/AA violations on any page in the sitemap', async ({ page, request }) => {
  // Walks every page of the site, one after the other.
  test.setTimeout(180_000);
  const paths = [...(await sitemapPaths(request)), '/404.html'];
  const failures: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    for (const violation of violations) {
      failures.push(`${path}: ${violation.id} (${violation.nodes.length}) ${violation.help}`);
    }
  }
  expect(failures).toEqual([]);
});
