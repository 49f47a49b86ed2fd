import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';

const server = process.env.ROUNDTABLE_SERVER ?? 'http://localhost:3000';

const sharedNlp = fileURLToPath(new URL('../shared/src/coverage/nlp.ts', import.meta.url));
const readerEngine = fileURLToPath(new URL('./src/editor/readerEngine.ts', import.meta.url));

/**
 * wink-nlp's model is about 1 MB gzipped and only the policy editor's checks need it. Shared's
 * nlp.ts gets its engine from engine.ts, which imports the model; here that import resolves to
 * readerEngine.ts, which loads engine.ts in a chunk of its own when the editor asks for checks.
 */
function lazyReaderEngine(): Plugin {
  return {
    name: 'roundtable-lazy-reader-engine',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './engine' && importer?.split('?')[0] === sharedNlp) return readerEngine;
      return null;
    },
  };
}

export default defineConfig({
  plugins: [lazyReaderEngine(), react()],
  resolve: {
    // Use shared's source directly: no build step between a change in shared/ and the client.
    alias: {
      '@roundtable/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: server, changeOrigin: false },
      '/collab': { target: server, ws: true, changeOrigin: false },
      '/healthz': { target: server },
      '/packets': { target: server },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
