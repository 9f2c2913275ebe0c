import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressDir } from './src/cli/precompress.ts';

const repoRoot = import.meta.dirname;
const outDir = resolve(repoRoot, 'web/dist');

/** Brotli and gzip copies of the built files, served by src/platform/web-app.ts (issue 20 item 16). */
const precompress: Plugin = {
  name: 'saisei-precompress',
  apply: 'build',
  closeBundle() {
    precompressDir(outDir);
  },
};

export default defineConfig({
  root: resolve(repoRoot, 'web'),
  // The staff app lives under /app; the public site owns / (src/platform/web-app.ts, docs/site.md).
  base: '/app/',
  plugins: [react(), precompress],
  // postcss.config.cjs lives at the repository root, outside the web root.
  css: { postcss: repoRoot },
  build: {
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than our screens: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000' },
    },
  },
});
