-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Recurrence" AS ENUM ('NONE', 'WEEKLY', 'BIWEEKLY');

-- CreateTable
CREATE TABLE "organizations" (
    "id" SERIAL NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "contact" VARCHAR(500),
    "source_locale" VARCHAR(8) NOT NULL DEFAULT 'de',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "categories" (
    "id" VARCHAR(32) NOT NULL,
    "emoji" VARCHAR(16) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "names" JSONB NOT NULL,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "districts" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(64) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "names" JSONB NOT NULL,

    CONSTRAINT "districts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offers" (
    "id" SERIAL NOT NULL,
    "external_ref" VARCHAR(64),
    "organization_id" INTEGER NOT NULL,
    "category_id" VARCHAR(32) NOT NULL,
    "district_id" INTEGER,
    "address" VARCHAR(300),
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "online_url" VARCHAR(500),
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3),
    "recurrence" "Recurrence" NOT NULL DEFAULT 'NONE',
    "recurrence_until" TIMESTAMPTZ(3),
    "cost_text" VARCHAR(120),
    "age_min" SMALLINT,
    "age_max" SMALLINT,
    "languages" VARCHAR(8)[],
    "signup_required" BOOLEAN NOT NULL DEFAULT false,
    "capacity" INTEGER,
    "status" "OfferStatus" NOT NULL DEFAULT 'DRAFT',
    "source_locale" VARCHAR(8) NOT NULL DEFAULT 'de',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "offers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offer_translations" (
    "offer_id" INTEGER NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "summary" VARCHAR(1000) NOT NULL,
    "details" VARCHAR(4000),
    "accessibility" VARCHAR(1000),
    "search_text" TEXT NOT NULL,

    CONSTRAINT "offer_translations_pkey" PRIMARY KEY ("offer_id","locale")
);

-- CreateTable
CREATE TABLE "offer_occurrences" (
    "id" SERIAL NOT NULL,
    "offer_id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3),
    "listed" BOOLEAN NOT NULL DEFAULT false,
    "category_id" VARCHAR(32) NOT NULL,
    "district_id" INTEGER,
    "for_youth" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "offer_occurrences_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organizations_name_key" ON "organizations"("name");

-- CreateIndex
CREATE UNIQUE INDEX "districts_slug_key" ON "districts"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "offers_external_ref_key" ON "offers"("external_ref");

-- CreateIndex
CREATE INDEX "offers_status_category_id_idx" ON "offers"("status", "category_id");

-- CreateIndex
CREATE INDEX "offer_occurrences_listed_starts_at_idx" ON "offer_occurrences"("listed", "starts_at");

-- CreateIndex
CREATE INDEX "offer_occurrences_listed_category_id_starts_at_idx" ON "offer_occurrences"("listed", "category_id", "starts_at");

-- CreateIndex
CREATE INDEX "offer_occurrences_listed_district_id_starts_at_idx" ON "offer_occurrences"("listed", "district_id", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "offer_occurrences_offer_id_seq_key" ON "offer_occurrences"("offer_id", "seq");

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer_translations" ADD CONSTRAINT "offer_translations_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer_occurrences" ADD CONSTRAINT "offer_occurrences_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

