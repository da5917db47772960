-- Inbox search by words instead of substrings (issue 12), chosen by measurement
-- (`npm run bench -- search`, docs/performance.md "Search"): a GIN index over
-- to_tsvector('simple', text) is about a fifth of the trigram index's size, builds about 4× faster
-- and costs a bulk load about 3× less to maintain. 'simple' only splits and lowercases words (no
-- stemmer, no stop words), so it is the same for Kazakh, Russian, English and Latin-script Kazakh;
-- the inbox matches each searched word as a word prefix ('тариф' finds тарифы, тарифі, тарифтер),
-- which covers Kazakh and Russian endings. Infix search ('риф' in 'тариф') is given up.
-- On the partitioned table both statements apply to every year's partition.
DROP INDEX IF EXISTS "feedback_items_text_trgm_idx";
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "feedback_items_text_words_idx" ON "feedback_items" USING gin (to_tsvector('simple', "text"));
