-- CreateEnum
CREATE TYPE "AnnouncementKind" AS ENUM ('MESSAGE', 'DIGEST');

-- AlterTable
ALTER TABLE "announcements" ADD COLUMN     "kind" "AnnouncementKind" NOT NULL DEFAULT 'MESSAGE',
ADD COLUMN     "period_start" TIMESTAMPTZ(3);

