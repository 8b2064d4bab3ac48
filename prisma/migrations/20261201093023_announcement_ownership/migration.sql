-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AnnouncementStatus" ADD VALUE 'PENDING_APPROVAL';
ALTER TYPE "AnnouncementStatus" ADD VALUE 'REJECTED';

-- AlterTable
ALTER TABLE "announcements" ADD COLUMN     "organization_id" INTEGER,
ADD COLUMN     "rejection_reason" VARCHAR(500);

-- CreateIndex
CREATE INDEX "announcements_organization_id_status_idx" ON "announcements"("organization_id", "status");

-- AddForeignKey
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Announcements written before ownership speak for their author's organization (the city when
-- the author was an admin or is gone).
UPDATE "announcements" a SET "organization_id" = u."organization_id"
FROM "users" u WHERE u."id" = a."author_user_id" AND u."role" = 'STAFF';
