import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Build tests: each runs a real `astro build` on a temporary copy of the project. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/build/**/*.test.ts'],
    // A build of the copy takes 10-60 s on a busy 2-core machine; two at once would double it.
    testTimeout: 240_000,
    fileParallelism: false,
  },
});
