/**
 * Checks over every page of the built sitemap, one test per page so each failure names its
 * page and no test needs a long timeout: it opens, has one main heading and a skip link,
 * credits its source (content pages), has no axe violations, and does not scroll sideways
 * at 320 px, also with WCAG text spacing.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { sitemapPaths } from './sitemap';
import { applyTextSpacing } from './text-spacing';

const isContentPage = (path: string) => /^\/(prosess|suksessfaktorer|eksempler|veiledning|roller)\/[^/]+\/$/.test(path);

for (const path of [...sitemapPaths(), '/404.html']) {
  test(`${path}: opens, one main heading, skip link, source credit, no axe violations (WCAG 2.0-2.2 A/AA), no sideways scroll at 320 px (also with text spacing) and 256 px`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Hopp til hovedinnholdet' })).toHaveCount(1);
    if (isContentPage(path)) {
      const credit = page.getByRole('complementary', { name: 'Kilde' });
      await expect(credit).toContainText(/Kilde: (Husbanken|Boverket), originalside «.+»/);
      await expect(credit.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 700 });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow(), '320 px').toBeLessThanOrEqual(0);
    await applyTextSpacing(page);
    expect(await overflow(), '320 px with WCAG text spacing').toBeLessThanOrEqual(0);
    // 256 px: 320 px at 125 % zoom, as a reader who also enlarges text may see it.
    await page.setViewportSize({ width: 256, height: 700 });
    expect(await overflow(), '256 px with WCAG text spacing').toBeLessThanOrEqual(0);
  });
}
