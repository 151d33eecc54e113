-- CreateTable
CREATE TABLE "PartnerSectorContact" (
    "partnerId" UUID NOT NULL,
    "sectorId" UUID NOT NULL,
    "interactionId" UUID NOT NULL,
    "lastDay" DATE NOT NULL,
    "startsAt" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL,

    CONSTRAINT "PartnerSectorContact_pkey" PRIMARY KEY ("partnerId","sectorId","interactionId")
);

-- CreateIndex
CREATE INDEX "PartnerSectorContact_partnerId_sectorId_lastDay_startsAt_in_idx" ON "PartnerSectorContact"("partnerId", "sectorId", "lastDay" DESC, "startsAt" DESC, "interactionId");

-- CreateIndex
CREATE INDEX "PartnerSectorContact_interactionId_idx" ON "PartnerSectorContact"("interactionId");

-- CreateIndex
CREATE INDEX "PartnerSectorContact_partnerId_sectorId_startsAt_idx" ON "PartnerSectorContact"("partnerId", "sectorId", "startsAt");

-- CreateIndex
CREATE INDEX "PartnerContact_partnerId_startsAt_idx" ON "PartnerContact"("partnerId", "startsAt");

