-- CreateEnum
CREATE TYPE "SignupStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'PENDING_GUARDIAN', 'CANCELLED', 'LAPSED', 'DECLINED');

-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('UNDER_16', 'AGE_16_17', 'ADULT');

-- AlterTable
ALTER TABLE "offers" ADD COLUMN     "cancel_deadline_minutes" INTEGER NOT NULL DEFAULT 180,
ADD COLUMN     "max_seats_per_signup" SMALLINT NOT NULL DEFAULT 6,
ADD COLUMN     "reminder_lead_minutes" INTEGER NOT NULL DEFAULT 1440,
ADD COLUMN     "signup_closes_minutes_before" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "signups" (
    "id" SERIAL NOT NULL,
    "occurrence_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "seats" SMALLINT NOT NULL,
    "child_seats" SMALLINT NOT NULL DEFAULT 0,
    "list_name" VARCHAR(64) NOT NULL,
    "age_band" "AgeBand",
    "status" "SignupStatus" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "guardian_token" VARCHAR(32),
    "guardian_deadline" TIMESTAMPTZ(3),
    "guardian_confirmed_at" TIMESTAMPTZ(3),
    "guardian_user_id" INTEGER,
    "reminder_claimed_at" TIMESTAMPTZ(3),
    "still_coming_claimed_at" TIMESTAMPTZ(3),

    CONSTRAINT "signups_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "signups_guardian_token_key" ON "signups"("guardian_token");

-- CreateIndex
CREATE INDEX "signups_occurrence_id_status_created_at_idx" ON "signups"("occurrence_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "signups_user_id_status_idx" ON "signups"("user_id", "status");

-- CreateIndex
CREATE INDEX "signups_status_guardian_deadline_idx" ON "signups"("status", "guardian_deadline");

-- AddForeignKey
ALTER TABLE "signups" ADD CONSTRAINT "signups_occurrence_id_fkey" FOREIGN KEY ("occurrence_id") REFERENCES "offer_occurrences"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signups" ADD CONSTRAINT "signups_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signups" ADD CONSTRAINT "signups_guardian_user_id_fkey" FOREIGN KEY ("guardian_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

