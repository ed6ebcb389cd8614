import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, htmlPages, pathOfFile, readPage } from './built-site';

/** The attribute values of `name` in built HTML (Astro always writes them double-quoted). */
const attributeValues = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1]!.replaceAll('&amp;', '&'));

/** The built file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  for (const candidate of [decoded, join(decoded, 'index.html'), `${decoded}.html`]) {
    const file = join(DIST, candidate);
    if (existsSync(file) && statSync(file).isFile()) return candidate.replace(/^\//, '');
  }
  return undefined;
}

test('every internal link and #anchor in the built site resolves; external links are listed', async ({}, testInfo) => {
  const pages = htmlPages();
  // Canonical links carry the address the site is built for; those are internal too.
  const siteOrigin = new URL(/Sitemap: (\S+)/.exec(readFileSync(join(DIST, 'robots.txt'), 'utf8'))![1]!).origin;
  const idsOf = new Map(pages.map((page) => [page, new Set(attributeValues(readPage(page), 'id'))]));
  const broken: string[] = [];
  const external = new Map<string, Set<string>>();

  for (const page of pages) {
    const base = new URL(pathOfFile(page), 'http://site.invalid');
    for (const href of [...attributeValues(readPage(page), 'href'), ...attributeValues(readPage(page), 'src')]) {
      const url = new URL(href.startsWith(siteOrigin) ? href.slice(siteOrigin.length) || '/' : href, base);
      if (url.origin !== base.origin) {
        if (!external.has(url.href)) external.set(url.href, new Set());
        external.get(url.href)!.add(pathOfFile(page));
        continue;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${pathOfFile(page)}: ${href} finnes ikke`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf.get(target)?.has(anchor)) {
        broken.push(`${pathOfFile(page)}: ${href} peker til et anker som ikke finnes`);
      }
    }
  }

  const report = [...external].map(([href, from]) => `${href}\n  fra ${[...from].join(', ')}`).join('\n');
  const reportFile = testInfo.outputPath('external-links.txt');
  writeFileSync(reportFile, `${external.size} eksterne lenker (ikke hentet i CI)\n\n${report}\n`);
  await testInfo.attach('external-links', { path: reportFile });
  console.log(`Eksterne lenker: ${external.size} (liste i ${reportFile})`);

  expect(pages.length).toBeGreaterThan(40);
  expect(broken).toEqual([]);
});
