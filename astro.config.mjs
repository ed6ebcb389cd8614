// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { unified } from '@astrojs/markdown-remark';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { rehypeGlossaryLinks } from './src/lib/content/glossary-links.ts';

// Glossary terms link to their definition where a text first uses them. The collection's
// schema validates the file; here only the ids and forms are needed, before content loads.
/** @type {{ id: string, forms: string[] }[]} */
const glossaryTerms = parse(readFileSync(new URL('./content/glossary.yaml', import.meta.url), 'utf8'));

/**
 * The address the site is published at: canonical links, the sitemap and robots.txt need it.
 * A build without it would quietly point them at the builder's machine, so `astro build`
 * stops unless SITE_URL is set or `--site` is given (`npm start` and the tests build for the
 * local preview with `--site`; see README).
 * @returns {import('astro').AstroIntegration}
 */
function requireSiteForBuild() {
  return {
    name: 'boligveiviser:require-site',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build' && !config.site) {
          throw new Error(
            'SITE_URL mangler: sett nettstedets offentlige adresse, f.eks. SITE_URL=https://boligveiviser.example.no npm run build. For lokal forhåndsvisning: npm start.',
          );
        }
      },
    },
  };
}

/**
 * Replaces Vite's module-preload helper (0.9 kB gzip, on every page) with a plain call.
 * With `modulePreload: false` it preloads nothing, yet Vite still ships it with every lazy
 * import; all it would add is a `vite:preloadError` event, which this site does not use.
 * @returns {import('vite').Plugin}
 */
function withoutPreloadHelper() {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'boligveiviser:without-preload-helper',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    config: () => ({ build: { modulePreload: false } }),
    load(id) {
      return id === helperId ? 'export const __vitePreload = (importModule) => importModule();' : undefined;
    },
  };
}

export default defineConfig({
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  integrations: [requireSiteForBuild(), mdx(), sitemap(), linkCheck(), searchIndex()],
  // The texts have no code blocks; Shiki's inline styles would need 'unsafe-inline' under the CSP.
  // unified (remark/rehype) rather than Astro's default Sätteri, for the glossary's rehype plugin.
  markdown: {
    syntaxHighlight: false,
    processor: unified({ rehypePlugins: [[rehypeGlossaryLinks, { terms: glossaryTerms }]] }),
  },
  security: {
    // A strict policy in a <meta> element: Astro hashes its own scripts and inline styles,
    // so nothing inline runs without a hash. Pagefind's search engine is WebAssembly, hence
    // 'wasm-unsafe-eval' (it allows compiling WebAssembly, not eval of JavaScript).
    // Headers a <meta> cannot carry (frame-ancestors and friends) are in src/deploy/nginx.conf.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  build: {
    // Small stylesheets are inlined so a content page arrives in one round trip.
    inlineStylesheets: 'always',
  },
  vite: {
    plugins: [tailwindcss(), withoutPreloadHelper()],
    build: {
      rolldownOptions: {
        // Silences one MODULE_LEVEL_DIRECTIVE warning per MDX file (an open Astro issue).
        checks: { moduleLevelDirective: false },
        output: {
          // What every checklist page needs (the store, its validator, the shared helpers) in one
          // chunk rather than seven small ones: fewer requests, and gzip works across it.
          codeSplitting: {
            groups: [
              {
                name: 'checklist',
                test: /[\\/](lib[\\/]checklist[\\/](store|schema|progress-store)|scripts[\\/]checklist[\\/](shared-store|progress-badges|reset-with-undo)|scripts[\\/]client-strings)\.ts$|[\\/]zod[\\/]/,
              },
              // Captured first (higher priority), so the checklist group does not take them along:
              // every page reads the storage key, the search reads the string filler.
              { name: 'storage-key', test: /[\\/]lib[\\/]checklist[\\/]storage-key\.ts$/, priority: 2 },
              { name: 'nb', test: /[\\/]i18n[\\/]nb\.ts$/, priority: 2 },
            ],
          },
        },
      },
    },
  },
});
