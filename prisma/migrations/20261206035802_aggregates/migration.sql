-- CreateTable
CREATE TABLE "PartnerClosure" (
    "ancestorId" UUID NOT NULL,
    "descendantId" UUID NOT NULL,
    "depth" INTEGER NOT NULL,

    CONSTRAINT "PartnerClosure_pkey" PRIMARY KEY ("ancestorId","descendantId")
);

-- CreateTable
CREATE TABLE "InteractionTally" (
    "scopeKind" TEXT NOT NULL,
    "scopeId" UUID NOT NULL,
    "sectorId" UUID NOT NULL,
    "startMonth" DATE NOT NULL,
    "endMonth" DATE NOT NULL,
    "precision" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "InteractionTally_pkey" PRIMARY KEY ("scopeKind","scopeId","sectorId","startMonth","endMonth","precision")
);

-- CreateTable
CREATE TABLE "InteractionTallyState" (
    "interactionId" UUID NOT NULL,
    "scopeKinds" TEXT[],
    "scopeIds" UUID[],
    "sectorIds" UUID[],
    "startMonth" DATE NOT NULL,
    "endMonth" DATE NOT NULL,
    "precision" TEXT NOT NULL,

    CONSTRAINT "InteractionTallyState_pkey" PRIMARY KEY ("interactionId")
);

-- CreateIndex
CREATE INDEX "PartnerClosure_descendantId_idx" ON "PartnerClosure"("descendantId");

