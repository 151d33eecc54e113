-- CreateTable
CREATE TABLE "PartnerContact" (
    "partnerId" UUID NOT NULL,
    "interactionId" UUID NOT NULL,
    "lastDay" DATE NOT NULL,
    "startsAt" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL,

    CONSTRAINT "PartnerContact_pkey" PRIMARY KEY ("partnerId","interactionId")
);

-- CreateIndex
CREATE INDEX "PartnerContact_partnerId_lastDay_startsAt_interactionId_idx" ON "PartnerContact"("partnerId", "lastDay" DESC, "startsAt" DESC, "interactionId");

-- CreateIndex
CREATE INDEX "PartnerContact_interactionId_idx" ON "PartnerContact"("interactionId");
