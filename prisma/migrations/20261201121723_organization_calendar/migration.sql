-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "calendar_category_id" VARCHAR(32),
ADD COLUMN     "calendar_checked_at" TIMESTAMPTZ(3),
ADD COLUMN     "calendar_district_id" INTEGER,
ADD COLUMN     "calendar_etag" VARCHAR(200),
ADD COLUMN     "calendar_failing_since" TIMESTAMPTZ(3),
ADD COLUMN     "calendar_failure_told_at" TIMESTAMPTZ(3),
ADD COLUMN     "calendar_failures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "calendar_last_modified" VARCHAR(100),
ADD COLUMN     "calendar_next_try_at" TIMESTAMPTZ(3),
ADD COLUMN     "calendar_url" VARCHAR(500);

