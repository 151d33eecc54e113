-- CreateTable
CREATE TABLE "DownloadLog" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "userEmail" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "filter" JSONB NOT NULL,
    "rowCount" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DownloadLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DownloadLog_at_idx" ON "DownloadLog"("at");

-- CreateIndex
CREATE INDEX "DownloadLog_userId_at_idx" ON "DownloadLog"("userId", "at");

