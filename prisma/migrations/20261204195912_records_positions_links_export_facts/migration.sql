-- CreateEnum
CREATE TYPE "AgreementMention" AS ENUM ('SIGNED', 'DISCUSSED');

-- CreateEnum
CREATE TYPE "ExportFactKind" AS ENUM ('RANK', 'GROWTH', 'INTENT');

-- AlterTable
ALTER TABLE "Interaction" ADD COLUMN     "eventId" UUID;

-- AlterTable
ALTER TABLE "InteractionParticipant" ADD COLUMN     "organisation" TEXT,
ADD COLUMN     "post" TEXT;

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "signingPlace" TEXT;

-- CreateTable
CREATE TABLE "PersonPosition" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "post" TEXT NOT NULL,
    "organisation" TEXT,
    "startsOn" DATE,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PersonPosition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InteractionAgreement" (
    "interactionId" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "mention" "AgreementMention" NOT NULL DEFAULT 'DISCUSSED',

    CONSTRAINT "InteractionAgreement_pkey" PRIMARY KEY ("interactionId","agreementId")
);

-- CreateTable
CREATE TABLE "ExportFact" (
    "id" UUID NOT NULL,
    "kind" "ExportFactKind" NOT NULL,
    "partnerId" UUID NOT NULL,
    "categoryId" UUID,
    "periodStart" DATE,
    "periodEnd" DATE,
    "rank" INTEGER,
    "growthPercent" DECIMAL(9,2),
    "statement" TEXT NOT NULL,
    "sourceId" UUID,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ExportFact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonPosition_personId_idx" ON "PersonPosition"("personId");

-- CreateIndex
CREATE INDEX "InteractionAgreement_agreementId_idx" ON "InteractionAgreement"("agreementId");

-- CreateIndex
CREATE INDEX "ExportFact_partnerId_idx" ON "ExportFact"("partnerId");

-- CreateIndex
CREATE INDEX "ExportFact_categoryId_idx" ON "ExportFact"("categoryId");

-- AddForeignKey
ALTER TABLE "PersonPosition" ADD CONSTRAINT "PersonPosition_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionAgreement" ADD CONSTRAINT "InteractionAgreement_interactionId_fkey" FOREIGN KEY ("interactionId") REFERENCES "Interaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionAgreement" ADD CONSTRAINT "InteractionAgreement_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportFact" ADD CONSTRAINT "ExportFact_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportFact" ADD CONSTRAINT "ExportFact_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ExportCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportFact" ADD CONSTRAINT "ExportFact_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Every person with a post gets it as an open position (its start unknown). Participants
-- of existing meetings keep the post the register showed for them when this migration
-- ran, which for records entered through the forms is the post shown when they were entered.
INSERT INTO "PersonPosition" ("id", "personId", "post", "organisation", "updatedAt")
SELECT gen_random_uuid(), "id", "post", "organisation", CURRENT_TIMESTAMP FROM "Person" WHERE "post" IS NOT NULL;

UPDATE "InteractionParticipant" x SET "post" = p."post", "organisation" = p."organisation"
  FROM "Person" p WHERE p."id" = x."personId";
