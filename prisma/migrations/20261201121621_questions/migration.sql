-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('OPEN', 'ANSWERED', 'DONE');

-- CreateEnum
CREATE TYPE "QuestionDirection" AS ENUM ('TO_STAFF', 'TO_RESIDENT');

-- AlterTable
ALTER TABLE "deliveries" ADD COLUMN     "chat_id" BIGINT;

-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "reply_days" SMALLINT NOT NULL DEFAULT 2;

-- CreateTable
CREATE TABLE "question_threads" (
    "id" SERIAL NOT NULL,
    "resident_id" INTEGER,
    "organization_id" INTEGER,
    "offer_id" INTEGER,
    "status" "QuestionStatus" NOT NULL DEFAULT 'OPEN',
    "locale" VARCHAR(8) NOT NULL,
    "shared_name" VARCHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "asked_at" TIMESTAMPTZ(3) NOT NULL,
    "answered_at" TIMESTAMPTZ(3),
    "reminded_at" TIMESTAMPTZ(3),
    "erased_at" TIMESTAMPTZ(3),

    CONSTRAINT "question_threads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_messages" (
    "id" SERIAL NOT NULL,
    "thread_id" INTEGER NOT NULL,
    "direction" "QuestionDirection" NOT NULL,
    "author_id" INTEGER,
    "text" TEXT,
    "locale" VARCHAR(8) NOT NULL,
    "translations" JSONB,
    "provider" VARCHAR(32),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_relays" (
    "id" SERIAL NOT NULL,
    "thread_id" INTEGER NOT NULL,
    "message_id" INTEGER,
    "chat_id" BIGINT NOT NULL,
    "telegram_message_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_relays_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_groups" (
    "id" SERIAL NOT NULL,
    "chat_id" BIGINT NOT NULL,
    "organization_id" INTEGER,
    "locale" VARCHAR(8) NOT NULL,
    "title" VARCHAR(128),
    "linked_by_id" INTEGER,
    "linked_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question_blocks" (
    "id" SERIAL NOT NULL,
    "organization_id" INTEGER,
    "resident_id" INTEGER NOT NULL,
    "blocked_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_blocks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "question_threads_resident_id_status_idx" ON "question_threads"("resident_id", "status");

-- CreateIndex
CREATE INDEX "question_threads_status_asked_at_idx" ON "question_threads"("status", "asked_at");

-- CreateIndex
CREATE INDEX "question_messages_thread_id_id_idx" ON "question_messages"("thread_id", "id");

-- CreateIndex
CREATE INDEX "question_relays_thread_id_idx" ON "question_relays"("thread_id");

-- CreateIndex
CREATE UNIQUE INDEX "question_relays_chat_id_telegram_message_id_key" ON "question_relays"("chat_id", "telegram_message_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_groups_chat_id_key" ON "staff_groups"("chat_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_groups_organization_id_key" ON "staff_groups"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "question_blocks_organization_id_resident_id_key" ON "question_blocks"("organization_id", "resident_id");

-- CreateIndex
CREATE INDEX "deliveries_chat_id_status_idx" ON "deliveries"("chat_id", "status");

-- AddForeignKey
ALTER TABLE "question_threads" ADD CONSTRAINT "question_threads_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_threads" ADD CONSTRAINT "question_threads_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_threads" ADD CONSTRAINT "question_threads_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_messages" ADD CONSTRAINT "question_messages_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "question_threads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_relays" ADD CONSTRAINT "question_relays_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "question_threads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_relays" ADD CONSTRAINT "question_relays_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "question_messages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_groups" ADD CONSTRAINT "staff_groups_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_blocks" ADD CONSTRAINT "question_blocks_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question_blocks" ADD CONSTRAINT "question_blocks_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

