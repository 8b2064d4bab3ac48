-- Trigram search (pg_trgm). PostgreSQL 13+ lets a database owner create this trusted extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "offer_translations_search_trgm" ON "offer_translations" USING GIN ("search_text" gin_trgm_ops);