import type { TestProject } from 'vitest/node';
import { createTemplate, type TemplateRef } from './template-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: TemplateRef;
  }
}

/**
 * Migrates one database for the whole run (≈ 3 s on PGlite, most of it creating the cluster) so
 * that each test file's openTestDatabase() copies it in well under a second instead.
 * Runs for a single file too, so `npx vitest run <file>` behaves the same.
 */
export default async function setup(project: TestProject) {
  const template = await createTemplate(process.env.TEST_DATABASE_URL);
  project.provide('databaseTemplate', template.ref);
  return () => template.drop();
}
