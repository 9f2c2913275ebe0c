-- Trigram indexes for patient search (shared/design/STACK.md trap 13: PGlite loads the extension at open).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
