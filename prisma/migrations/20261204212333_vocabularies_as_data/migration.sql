-- Vocabularies as data (issue 10): meeting, event and agreement kinds leave their code
-- enums for reference tables that editors extend; partners get a kind; sectors and
-- export categories can be retired and merged. Built-in values keep their codes, so
-- the records' columns turn from enum to text in place and keep every value.

-- First (the new tables take the enums' names): the records keep their values: enum to text in place.
ALTER TABLE "Interaction" ALTER COLUMN "kind" TYPE TEXT USING "kind"::text;
ALTER TABLE "Agreement" ALTER COLUMN "kind" TYPE TEXT USING "kind"::text;
ALTER TABLE "Event" ALTER COLUMN "kind" TYPE TEXT USING "kind"::text;
DROP TYPE "InteractionKind";
DROP TYPE "AgreementKind";
DROP TYPE "EventKind";

-- CreateTable
CREATE TABLE "MeetingKind" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "system" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" TIMESTAMP(3),
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "MeetingKind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventKind" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "system" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" TIMESTAMP(3),
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EventKind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementKind" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "needsStateRegistration" BOOLEAN NOT NULL DEFAULT false,
    "system" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" TIMESTAMP(3),
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgreementKind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerKind" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "system" BOOLEAN NOT NULL DEFAULT false,
    "retiredAt" TIMESTAMP(3),
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PartnerKind_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingKind_code_key" ON "MeetingKind"("code");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingKind_name_key" ON "MeetingKind"("name");

-- CreateIndex
CREATE UNIQUE INDEX "EventKind_code_key" ON "EventKind"("code");

-- CreateIndex
CREATE UNIQUE INDEX "EventKind_name_key" ON "EventKind"("name");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementKind_code_key" ON "AgreementKind"("code");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementKind_name_key" ON "AgreementKind"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerKind_code_key" ON "PartnerKind"("code");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerKind_name_key" ON "PartnerKind"("name");


-- The built-in values, with the names the interface showed for them.
INSERT INTO "MeetingKind" ("id","code","name","nameEn","sortOrder","system","updatedAt") VALUES
  (gen_random_uuid(),'MEETING','Встреча','Meeting',10,true,now()),
  (gen_random_uuid(),'VISIT','Визит','Visit',20,true,now()),
  (gen_random_uuid(),'NEGOTIATIONS','Переговоры','Negotiations',30,true,now()),
  (gen_random_uuid(),'CONFERENCE','Конференция','Conference',40,true,now()),
  (gen_random_uuid(),'CALL','Звонок','Call',50,true,now()),
  (gen_random_uuid(),'JOINT_COMMISSION','Заседание совместной комиссии','Joint commission meeting',60,false,now()),
  (gen_random_uuid(),'OTHER','Другое','Other',1000,true,now());

INSERT INTO "EventKind" ("id","code","name","nameEn","sortOrder","system","updatedAt") VALUES
  (gen_random_uuid(),'FORUM','Форум','Forum',10,true,now()),
  (gen_random_uuid(),'EXHIBITION','Выставка','Exhibition',20,true,now()),
  (gen_random_uuid(),'REGION_DAYS','Дни региона','Region days',30,true,now()),
  (gen_random_uuid(),'TOUR','Тур','Tour',40,true,now()),
  (gen_random_uuid(),'CONFERENCE','Конференция','Conference',50,true,now()),
  (gen_random_uuid(),'FESTIVAL','Фестиваль','Festival',60,true,now()),
  (gen_random_uuid(),'BUSINESS_MISSION','Бизнес-миссия','Business mission',70,true,now()),
  (gen_random_uuid(),'OTHER','Событие','Event',1000,true,now());

-- needsStateRegistration: agreements on cooperation and twinning with foreign partners
-- are international agreements of the region (4-FZ); the others take effect on signature.
INSERT INTO "AgreementKind" ("id","code","name","nameEn","sortOrder","needsStateRegistration","system","updatedAt") VALUES
  (gen_random_uuid(),'COOPERATION_AGREEMENT','Соглашение о сотрудничестве','Cooperation agreement',10,true,true,now()),
  (gen_random_uuid(),'MEMORANDUM','Меморандум о взаимопонимании','Memorandum of understanding',20,false,true,now()),
  (gen_random_uuid(),'IMPLEMENTATION_PLAN','План мероприятий','Implementation plan',30,false,true,now()),
  (gen_random_uuid(),'TWINNING','Соглашение о побратимстве','Twinning agreement',40,true,true,now()),
  (gen_random_uuid(),'JOINT_COMMISSION_PROTOCOL','Протокол совместной комиссии','Joint commission protocol',50,false,true,now()),
  (gen_random_uuid(),'CONTRACT','Контракт','Contract',60,false,false,now());

INSERT INTO "PartnerKind" ("id","code","name","nameEn","sortOrder","system","updatedAt") VALUES
  (gen_random_uuid(),'STATE','Государство','State',10,false,now()),
  (gen_random_uuid(),'FEDERAL_BODY','Федеральный орган власти','Federal government body',20,false,now()),
  (gen_random_uuid(),'REGIONAL_BODY','Региональный орган власти','Regional government body',30,false,now()),
  (gen_random_uuid(),'AKIMAT','Акимат','Akimat',35,false,now()),
  (gen_random_uuid(),'MUNICIPALITY','Муниципалитет','Municipality',40,false,now()),
  (gen_random_uuid(),'EMBASSY','Посольство','Embassy',50,false,now()),
  (gen_random_uuid(),'CONSULATE','Консульство','Consulate',60,false,now()),
  (gen_random_uuid(),'TRADE_MISSION','Торговое представительство','Trade mission',70,false,now()),
  (gen_random_uuid(),'COMPANY','Компания','Company',80,false,now()),
  (gen_random_uuid(),'UNIVERSITY','Вуз','University',90,false,now()),
  (gen_random_uuid(),'ASSOCIATION','Ассоциация','Association',100,false,now());


ALTER TABLE "Partner" ADD COLUMN "kind" TEXT;
ALTER TABLE "Sector" ADD COLUMN "mergedIntoId" UUID, ADD COLUMN "retiredAt" TIMESTAMP(3);
ALTER TABLE "ExportCategory" ADD COLUMN "mergedIntoId" UUID, ADD COLUMN "retiredAt" TIMESTAMP(3), ADD COLUMN "sortOrder" INTEGER NOT NULL DEFAULT 0;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_kind_fkey" FOREIGN KEY ("kind") REFERENCES "PartnerKind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_kind_fkey" FOREIGN KEY ("kind") REFERENCES "MeetingKind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_kind_fkey" FOREIGN KEY ("kind") REFERENCES "AgreementKind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_kind_fkey" FOREIGN KEY ("kind") REFERENCES "EventKind"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

