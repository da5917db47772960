-- Extensions both engines provide: trigram similarity for near-duplicate search and fuzzy
-- matching of names, unaccent for search that ignores diacritics. PGlite loads them at creation.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
