import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const server = process.env.ROUNDTABLE_SERVER ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
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
