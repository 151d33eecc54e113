-- CreateTable
CREATE TABLE "PersonContact" (
    "scopeId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "interactionId" UUID NOT NULL,
    "lastDay" DATE NOT NULL,
    "startsAt" DATE NOT NULL,

    CONSTRAINT "PersonContact_pkey" PRIMARY KEY ("interactionId","personId","scopeId")
);

-- CreateTable
CREATE TABLE "PersonContactTally" (
    "scopeId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "contacts" INTEGER NOT NULL,
    "lastDay" DATE NOT NULL,
    "startsAt" DATE NOT NULL,
    "interactionId" UUID NOT NULL,

    CONSTRAINT "PersonContactTally_pkey" PRIMARY KEY ("scopeId","personId")
);

-- CreateTable
CREATE TABLE "OpenFollowUp" (
    "followUpId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "dueDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OpenFollowUp_pkey" PRIMARY KEY ("followUpId","partnerId")
);

-- CreateIndex
CREATE INDEX "PersonContact_scopeId_personId_lastDay_startsAt_interaction_idx" ON "PersonContact"("scopeId", "personId", "lastDay" DESC, "startsAt" DESC, "interactionId");

-- CreateIndex
CREATE INDEX "OpenFollowUp_partnerId_dueDate_createdAt_followUpId_idx" ON "OpenFollowUp"("partnerId", "dueDate", "createdAt" DESC, "followUpId");

