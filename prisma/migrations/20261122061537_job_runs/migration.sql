-- CreateTable
CREATE TABLE "job_runs" (
    "job" VARCHAR(64) NOT NULL,
    "tick" TIMESTAMPTZ(3) NOT NULL,
    "claimed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_runs_pkey" PRIMARY KEY ("job","tick")
);

-- CreateIndex
CREATE INDEX "job_runs_tick_idx" ON "job_runs"("tick");

