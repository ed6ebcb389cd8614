/**
 * A production build without the site's public address must stop, instead of publishing
 * canonical links and a sitemap that point to the builder's own machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ProjectCopy } from './project-copy';

const copy = new ProjectCopy();
afterAll(() => copy.remove());

it('refuses to build without SITE_URL, saying what to set', () => {
  const { status, output } = copy.build([]);
  expect(status).not.toBe(0);
  expect(output).toContain('SITE_URL');
});

it('builds with SITE_URL, and the sitemap and canonical links use it', () => {
  const { status, output } = copy.build([], { SITE_URL: 'https://boligveiviser.example.no' });
  expect(status, output).toBe(0);
  expect(readFileSync(join(copy.dir, 'dist/sitemap-0.xml'), 'utf8')).toContain(
    '<loc>https://boligveiviser.example.no/',
  );
  expect(readFileSync(join(copy.dir, 'dist/index.html'), 'utf8')).toContain('href="https://boligveiviser.example.no/"');
});
