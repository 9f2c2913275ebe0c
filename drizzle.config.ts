import { defineConfig } from 'drizzle-kit';

// Migrations are generated from src/db/schema.ts and never edited by hand; hand-written SQL
// (triggers, extensions) goes in a custom migration: npx drizzle-kit generate --custom --name=...
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
