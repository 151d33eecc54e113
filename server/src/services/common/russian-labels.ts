// Russian names of the closed lists' values, for what the server writes itself: the cells of
// downloads and the leadership report's DOCX.
// The client keeps its own copy in locales/ru.ts (enums.*), which the first load carries;
// the server cannot import the client, so the few lists a download shows are named here.
import type {
  TAgreementStage,
  TDirection,
  TEventStatus,
  TInteractionFormat,
  TPartnerLevel,
  TPersonSide,
  TProjectStage,
  TTaskStatus,
} from "@atlas/shared/enums";

export const partnerLevelRu: Record<TPartnerLevel, string> = { COUNTRY: "Страна", REGION: "Регион", CITY: "Город", ORGANISATION: "Организация" };
export const personSideRu: Record<TPersonSide, string> = { HOME: "Наша сторона", PARTNER: "Сторона партнёра" };
export const directionRu: Record<TDirection, string> = { INCOMING: "Входящий (к нам)", OUTGOING: "Исходящий (от нас)" };
export const interactionFormatRu: Record<TInteractionFormat, string> = { IN_PERSON: "Очно", REMOTE: "Дистанционно" };
export const agreementStageRu: Record<TAgreementStage, string> = {
  PROPOSAL_SENT: "Предложение направлено",
  DRAFT: "Проект",
  NEGOTIATION: "Переговоры и согласования",
  SIGNED: "Подписано",
  REGISTERED: "Зарегистрировано в Минюсте",
  IN_FORCE: "Вступило в силу",
  IMPLEMENTATION: "Исполнение",
  EXTENDED: "Продлено",
  EXPIRED: "Срок действия истёк",
  TERMINATED: "Прекращено",
};
export const taskStatusRu: Record<TTaskStatus, string> = { OPEN: "Открыто", IN_PROGRESS: "В работе", DONE: "Выполнено", CANCELLED: "Отменено" };
export const projectStageRu: Record<TProjectStage, string> = {
  IDEA: "Идея",
  SITE_SELECTION: "Выбор площадки",
  PREPARATION: "Подготовка",
  CONSTRUCTION: "Строительство",
  OPERATING: "Работает",
  SUSPENDED: "Приостановлен",
  CANCELLED: "Отменён",
};
export const eventStatusRu: Record<TEventStatus, string> = {
  PLANNED: "Запланировано",
  CONFIRMED: "Подтверждено",
  HELD: "Состоялось",
  POSTPONED: "Перенесено",
  CANCELLED: "Отменено",
};
