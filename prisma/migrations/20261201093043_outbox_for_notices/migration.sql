-- AlterTable
ALTER TABLE "deliveries" ADD COLUMN     "kind" VARCHAR(40) NOT NULL DEFAULT 'announcement',
ADD COLUMN     "payload" JSONB,
ADD COLUMN     "priority" SMALLINT NOT NULL DEFAULT 0,
ALTER COLUMN "announcement_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "subscriptions" DROP COLUMN "digest_sent_until";

-- CreateIndex
CREATE INDEX "deliveries_status_priority_id_idx" ON "deliveries"("status", "priority" DESC, "id");

