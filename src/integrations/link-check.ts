/**
 * Fails `astro build` when a built page links to a page or an `#anchor` that does not exist,
 * naming the content file the page is made from and the link. Cross-links declared in front
 * matter are checked earlier (src/data/site.ts); this catches links written in the text.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { findDeadLinks, type DeadLink } from '../lib/content/dead-links';
import { entryAt } from '../lib/urls';

const REASONS: Record<DeadLink['reason'], string> = {
  page: 'peker til en side som ikke finnes',
  anchor: 'peker til et anker (#) som ikke finnes på siden',
};

/** The file an editor changes to fix a page: its content file, or the page itself. */
function sourceOf(path: string, root: string): string {
  const entry = entryAt(path);
  if (!entry) return `siden ${path}`;
  const file = ['mdx', 'md']
    .map((ext) => `content/${entry.collection}/${entry.id}.${ext}`)
    .find((name) => existsSync(join(root, name)));
  return file ? `${file} (siden ${path})` : `siden ${path}`;
}

export function linkCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'boligveiviser-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
        const pages = await Promise.all(
          files.map(async (file) => ({
            path: `/${file
              .replace(/\\/g, '/')
              .replace(/(^|\/)index\.html$/, '$1')
              .replace(/\.html$/, '')}`,
            tree: fromHtml(await readFile(join(site, file), 'utf8')),
          })),
        );
        const dead = findDeadLinks(pages, (path) => existsSync(join(site, path)));
        if (dead.length > 0) {
          const lines = dead.map(
            (link) => `${sourceOf(link.page, root)}: lenken "${link.href}" ${REASONS[link.reason]}`,
          );
          throw new Error(`Døde lenker i innholdet (${dead.length}):\n- ${lines.join('\n- ')}`);
        }
      },
    },
  };
}
