-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'REPLACED');

-- CreateTable
CREATE TABLE "offer_revisions" (
    "id" SERIAL NOT NULL,
    "offer_id" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "author_user_id" INTEGER,
    "status" "RevisionStatus" NOT NULL DEFAULT 'PENDING',
    "reason" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "offer_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "offer_revisions_status_created_at_idx" ON "offer_revisions"("status", "created_at");

-- CreateIndex
CREATE INDEX "offer_revisions_offer_id_status_idx" ON "offer_revisions"("offer_id", "status");

-- AddForeignKey
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

