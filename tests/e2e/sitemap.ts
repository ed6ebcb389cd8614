import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './built-site';

const locations = (xml: string) =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

/**
 * Every page path listed in the built sitemap, read from dist/ when the tests are collected,
 * so a check over every page is one test per page, each with its own timeout.
 */
export function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  return locations(index).flatMap((sitemap) => locations(readFileSync(join(DIST, sitemap.replace(/^\//, '')), 'utf8')));
}
