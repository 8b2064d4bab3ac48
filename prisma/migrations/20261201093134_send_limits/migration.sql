-- CreateTable
CREATE TABLE "send_limits" (
    "name" VARCHAR(32) NOT NULL,
    "next_slot" DOUBLE PRECISION NOT NULL,
    "paused_until" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "send_limits_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "deliveries_user_id_status_idx" ON "deliveries"("user_id", "status");

