-- CreateEnum
CREATE TYPE "TextOrigin" AS ENUM ('HUMAN', 'MACHINE');

-- AlterTable
ALTER TABLE "announcements" ADD COLUMN     "text_origins" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "offer_translations" ADD COLUMN     "origin" "TextOrigin" NOT NULL DEFAULT 'HUMAN',
ADD COLUMN     "provider" VARCHAR(32),
ADD COLUMN     "source_hash" VARCHAR(64);

-- CreateTable
CREATE TABLE "translation_cache" (
    "provider" VARCHAR(32) NOT NULL,
    "source_locale" VARCHAR(8) NOT NULL,
    "target_locale" VARCHAR(8) NOT NULL,
    "source_hash" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "translation_cache_pkey" PRIMARY KEY ("provider","source_locale","target_locale","source_hash")
);

-- CreateTable
CREATE TABLE "translation_usage" (
    "month" VARCHAR(7) NOT NULL,
    "chars" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "translation_usage_pkey" PRIMARY KEY ("month")
);

-- CreateIndex
CREATE INDEX "translation_cache_created_at_idx" ON "translation_cache"("created_at");

