import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const here = fileURLToPath(new URL('.', import.meta.url));
const apiPort = process.env.PORT ?? '4173';
// Tests empty their database, so they get a local Neo4j of their own, never the one `npm start` filled.
const testEnv = { RESOGRAPH_NEO4J_DIR: process.env.RESOGRAPH_TEST_NEO4J_DIR ?? `${here}.neo4j/test` };

export default defineConfig({
  root: 'web/app',
  plugins: [svelte({ configFile: false })],
  // The standalone HTML export inlines cytoscape's minified UMD build as text; the package's exports map
  // offers that file to `require` only, so `import ...?raw` is pointed at it here.
  resolve: { alias: [{ find: /^cytoscape\/dist\/cytoscape\.min\.js/, replacement: `${here}node_modules/cytoscape/dist/cytoscape.min.js` }] },
  // The large chunks (the Cypher language worker, cytoscape for HTML export) load only when used; the first load stays under 250 KB gzipped.
  // ES module workers, so the layout worker can load cytoscape only when a layout needs it (see canvas/layout-worker.ts).
  worker: { format: 'es' },
  build: { outDir: `${here}dist/app`, emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 8000, rolldownOptions: { checks: { pluginTimings: false } } },
  // `npm run dev`: Vite with hot reload, the API proxied to the Node server the dev command starts beside it.
  server: { host: '127.0.0.1', proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? apiPort}` } },
  test: {
    projects: [
      // Some unit tests spawn the CLI, which takes seconds on a busy 2-core machine: a hang still fails, a slow start does not.
      { extends: true, test: { name: 'unit', root: here, include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          name: 'integration',
          root: here,
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          env: testEnv,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root: here,
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          env: testEnv,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
