-- AlterTable
ALTER TABLE "audit_entries" ADD COLUMN     "actor_organization_id" INTEGER,
ADD COLUMN     "actor_role" VARCHAR(16),
ADD COLUMN     "organization_id" INTEGER;

-- CreateIndex
CREATE INDEX "audit_entries_organization_id_created_at_idx" ON "audit_entries"("organization_id", "created_at");

