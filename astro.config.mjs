// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

// The address the site is published at. Sitemap and robots.txt need an absolute URL;
// set SITE_URL when building for a real host (see README). The default is the local preview.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  build: {
    // Small stylesheets are inlined so a content page arrives in one round trip.
    inlineStylesheets: 'always',
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Silences one MODULE_LEVEL_DIRECTIVE warning per MDX file (an open Astro issue).
        checks: { moduleLevelDirective: false },
      },
    },
  },
});
