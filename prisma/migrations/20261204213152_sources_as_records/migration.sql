-- Sources as records (issue 10, part 3). Meetings (Interaction), agreements and events
-- cite any number of sources through link tables instead of one `sourceId` each, so a
-- visit reported by two outlets keeps both. Projects and export figures, facts and
-- categories keep their single `sourceId`. A source gets its outlet and `urlKey`, the
-- normalised URL, unique among live sources so that one address is stored once.
-- Existing links are copied into the link tables before the old columns go.

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "outlet" TEXT,
ADD COLUMN     "urlKey" TEXT;

-- CreateTable
CREATE TABLE "InteractionSource" (
    "interactionId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,

    CONSTRAINT "InteractionSource_pkey" PRIMARY KEY ("interactionId","sourceId")
);

-- CreateTable
CREATE TABLE "AgreementSource" (
    "agreementId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,

    CONSTRAINT "AgreementSource_pkey" PRIMARY KEY ("agreementId","sourceId")
);

-- CreateTable
CREATE TABLE "EventSource" (
    "eventId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,

    CONSTRAINT "EventSource_pkey" PRIMARY KEY ("eventId","sourceId")
);

-- Every existing link, deleted records' and deleted sources' included (they keep their
-- links as before: a restored record comes back with its source).
INSERT INTO "InteractionSource" ("interactionId", "sourceId")
  SELECT "id", "sourceId" FROM "Interaction" WHERE "sourceId" IS NOT NULL;
INSERT INTO "AgreementSource" ("agreementId", "sourceId")
  SELECT "id", "sourceId" FROM "Agreement" WHERE "sourceId" IS NOT NULL;
INSERT INTO "EventSource" ("eventId", "sourceId")
  SELECT "id", "sourceId" FROM "Event" WHERE "sourceId" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "Interaction" DROP CONSTRAINT "Interaction_sourceId_fkey";

-- DropForeignKey
ALTER TABLE "Agreement" DROP CONSTRAINT "Agreement_sourceId_fkey";

-- DropForeignKey
ALTER TABLE "Event" DROP CONSTRAINT "Event_sourceId_fkey";

-- AlterTable
ALTER TABLE "Interaction" DROP COLUMN "sourceId";

-- AlterTable
ALTER TABLE "Agreement" DROP COLUMN "sourceId";

-- AlterTable
ALTER TABLE "Event" DROP COLUMN "sourceId";

-- CreateIndex
CREATE INDEX "InteractionSource_sourceId_idx" ON "InteractionSource"("sourceId");

-- CreateIndex
CREATE INDEX "AgreementSource_sourceId_idx" ON "AgreementSource"("sourceId");

-- CreateIndex
CREATE INDEX "EventSource_sourceId_idx" ON "EventSource"("sourceId");

-- AddForeignKey
ALTER TABLE "InteractionSource" ADD CONSTRAINT "InteractionSource_interactionId_fkey" FOREIGN KEY ("interactionId") REFERENCES "Interaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionSource" ADD CONSTRAINT "InteractionSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSource" ADD CONSTRAINT "AgreementSource_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSource" ADD CONSTRAINT "AgreementSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The existing sources' URL keys and their unique index: the next migration
-- (hand-written, *_source_url_keys).
