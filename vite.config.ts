import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = import.meta.dirname;

export default defineConfig({
  root: resolve(repoRoot, 'web'),
  plugins: [react()],
  // postcss.config.cjs lives at the repository root, outside the web root.
  css: { postcss: repoRoot },
  build: {
    outDir: resolve(repoRoot, 'web/dist'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than our screens: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
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
