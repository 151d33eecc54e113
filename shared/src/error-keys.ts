// Every error the server or a shared schema can report, by a stable key. The server
// sends the key and its parameters (never only a sentence), the client turns them into
// text in the interface language with i18next, and the Russian text below is the one
// dictionary both sides use for Russian: the client's locale spreads it into its
// `errors` section, the server renders its log- and API-facing `message` from it.
// Parameters are written {{name}}, as i18next interpolates them.

import { formatTypedDay, isCalendarDay } from "./calendar-day.ts";

export const errorMessagesRu = {
  request: {
    signInRequired: "Войдите в систему",
    changeTemporaryPassword: "Смените временный пароль, чтобы продолжить работу",
    forbidden: "Недостаточно прав для этого действия",
    checkFields: "Проверьте поля",
    internal: "Внутренняя ошибка, код {{incident}}",
    busy: "Сервер перегружен. Повторите через {{seconds}} с.",
    tooManyReads: "Слишком много запросов сводных данных. Повторите через {{seconds}} с.",
    tooManySignIns: "Слишком много неудачных попыток входа. Повторите через {{seconds}} с.",
    tooManySignInsMinutes: "Слишком много неудачных попыток входа. Повторите через {{minutes}} мин.",
    duplicate: "Такая запись уже есть",
    badReference: "Ссылка на несуществующую или используемую запись",
    recordMissing: "Запись не найдена",
    badCharacterInText: "Недопустимый символ в тексте ({{character}})",
    badCharacterInFieldName: "Недопустимый символ в имени поля ({{character}})",
    tooManyValues: "Слишком большой запрос: больше {{maximum}} значений",
    tooDeep: "Слишком глубокая вложенность: больше {{maximum}} уровней",
    payloadTooLarge: "Запрос слишком большой: не больше {{limitKilobytes}} КБ.",
    unsupportedMediaType: "Такой тип содержимого запроса не принимается.",
    badContentLength: "Длина тела запроса не совпадает с заголовком Content-Length.",
    notJson: "Тело запроса — не JSON.",
    badRequest: "Некорректный запрос.",
    tooManyBatchCalls: "Слишком много вызовов в одном запросе: {{calls}}, не больше {{maximum}}.",
    jsonTooDeep: "Слишком глубокая вложенность JSON: не больше {{maximum}} уровней.",
    wrongHost: "Запрос отклонён: сервер не обслуживает этот адрес. Откройте приложение по его настоящему адресу.",
    crossSite: "Запрос отклонён: изменения принимаются только от самого приложения.",
  },
  auth: {
    wrongCredentials: "Неверный адрес электронной почты или пароль",
    accountDisabled: "Учётная запись отключена. Обратитесь к администратору.",
    demoPasswordUnchangeable: "Пароль демонстрационной учётной записи не меняется",
    demoPasswordNotReset: "Пароль демонстрационной учётной записи не сбрасывается",
    wrongCurrentPassword: "Неверный текущий пароль",
    samePassword: "Новый пароль совпадает с текущим",
    chooseAnotherPassword: "Придумайте другой пароль",
    emailTaken: "Пользователь с таким адресом уже есть",
    lastAdmin: "Это последний активный администратор: назначьте другого администратора, прежде чем отключать или понижать этого",
  },
  recordNotFound: {
    user: "Пользователь не найден: {{id}}",
    person: "Человек не найден: {{id}}",
    source: "Источник не найден: {{id}}",
    followUp: "Поручение не найдено: {{id}}",
    event: "Мероприятие не найдено: {{id}}",
    exportCategory: "Категория экспорта не найдена: {{id}}",
    agreement: "Соглашение не найдено: {{id}}",
    planItem: "Пункт плана не найден: {{id}}",
    meeting: "Встреча не найдена: {{id}}",
    project: "Проект не найден: {{id}}",
    partner: "Партнёр не найден: {{id}}",
    exportFigure: "Показатель экспорта не найден: {{id}}",
    exportFact: "Факт об экспорте не найден: {{id}}",
    sector: "Отрасль не найдена: {{id}}",
    meetingKind: "Вид контакта не найден: {{id}}",
    eventKind: "Вид мероприятия не найден: {{id}}",
    agreementKind: "Вид соглашения не найден: {{id}}",
    partnerKind: "Тип партнёра не найден: {{id}}",
  },
  record: {
    versionMismatch: "Запись изменил другой пользователь (версия {{current}}, у вас {{expected}}). Обновите данные и повторите.",
    changedConcurrently: "Запись только что изменил другой пользователь. Обновите данные и повторите.",
    missingReferences: "Ссылки на несуществующие записи: {{fields}}",
    alreadyDeleted: "Запись уже удалена",
    notDeleted: "Запись не удалена: восстанавливать нечего",
  },
  reference: {
    partner: "Партнёр не найден",
    partnerGone: "Партнёр не найден или удалён",
    partnersGone: "Партнёр не найден или удалён ({{count}})",
    partnersMissing: "Партнёр не найден: {{ids}}",
    parentPartner: "Вышестоящий партнёр не найден",
    destination: "Партнёр-получатель не найден",
    parties: "Сторона соглашения не найдена: {{ids}}",
    person: "Человек не найден или удалён",
    user: "Пользователь не найден или отключён",
    sector: "Отрасль не найдена",
    sectorsMissing: "Отрасль не найдена: {{ids}}",
    sectorsGone: "Отрасль не найдена или удалена ({{count}})",
    meeting: "Встреча не найдена или удалена",
    agreement: "Соглашение не найдено или удалено",
    event: "Мероприятие не найдено или удалено",
    planItem: "Пункт плана не найден",
    planItemOfOtherAgreement: "Пункт плана относится к другому соглашению",
    source: "Источник не найден",
    sourcesGone: "Источник не найден или удалён ({{count}})",
    exportCategory: "Категория экспорта не найдена",
    projectSite: "У проекта нет такой площадки",
  },
  vocabulary: {
    retiredExists: "Значение «{{name}}» есть, но выведено из употребления; его может вернуть администратор",
    nameTaken: "Значение «{{name}}» уже есть; объедините значения вместо переименования",
    nameTakenRetired: "Значение «{{name}}» уже есть (выведено из употребления); объедините значения вместо переименования",
    stateRegistrationOnlyForAgreements: "Отметка о государственной регистрации есть только у видов соглашений",
    onlyForAgreementKinds: "Только для видов соглашений",
    systemNotRetired: "«{{name}}» — встроенное значение: его нельзя вывести из употребления, только переименовать",
    systemNotMerged: "«{{name}}» — встроенное значение: его нельзя объединить с другим, только переименовать",
    merged: "«{{name}}» объединено с другим значением; его записи теперь у того значения",
    alreadyMerged: "«{{name}}» уже объединено с другим значением",
    mergeIntoRetired: "«{{name}}» выведено из употребления; выберите действующее значение",
    unknownValue: "Такого значения нет в справочнике",
    retiredValue: "«{{name}}» выведено из употребления; выберите другое значение",
  },
  source: {
    duplicateUrl: "Источник с этим адресом уже есть: «{{title}}»",
    duplicateText: "Источник с этим текстом уже есть: «{{title}}»",
    alreadyImported: "Этот пресс-релиз уже импортирован: источник «{{title}}»",
  },
  exportCategory: {
    nameTaken: "Категория «{{name}}» уже есть",
    nameTakenDeleted: "Категория «{{name}}» уже есть среди удалённых; восстановите её или выберите другое название",
    hasFigures: "В категории есть показатели экспорта ({{count}}); сначала удалите или перенесите их",
  },
  exportTable: {
    figureOfOtherCell: "«{{category}}» → «{{destination}}»: показатель относится к другой ячейке",
    figureWithoutAmount: "«{{category}}» → «{{destination}}»: показатель без стоимости и объёма не сохранить; удалить его может администратор",
    tableChanged: "Таблицу за этот период изменил другой пользователь (ячеек: {{count}}; {{cells}}). Обновите таблицу и повторите.",
    tableChangedJustNow: "Таблицу за этот период только что изменил другой пользователь. Обновите таблицу и повторите.",
  },
  bulkImport: {
    fileTooLarge: "Файл слишком большой: не больше 1 МБ (для XLSX — не больше 40 МБ в распакованном виде)",
    unreadableFile: "Файл не прочитать: нужна таблица CSV или XLSX",
    emptyFile: "В файле нет строк с данными под заголовками",
    tooManyRows: "В файле {{count}} строк, за один раз можно загрузить не больше {{maximum}}: разделите файл",
    partnerNotFound: "Партнёр «{{name}}» не найден: сначала добавьте его",
    partnerNotFoundSimilar: "Партнёр «{{name}}» не найден; похожие: «{{similar}}»",
    partnerAmbiguous: "Название «{{name}}» есть у нескольких партнёров ({{count}}): уточните название",
    unknownValue: "Значения «{{value}}» нет в списке",
    partnerExists: "Партнёр «{{name}}» уже есть",
    personExists: "«{{name}}» уже есть среди людей",
    similarExists: "Похожие записи уже есть: «{{names}}»",
    repeatedInFile: "Повторяет строку {{row}} этого файла",
    nothingToImport: "Не выбрано ни одной строки",
    rowsHaveErrors: "Строки с ошибками ({{count}}: {{rows}}): исправьте или исключите их — ничего не записано",
  },
  sector: {
    codeTaken: "Код «{{code}}» уже занят отраслью «{{name}}»",
    codeTakenDeleted: "Код «{{code}}» занят удалённой отраслью «{{name}}»; восстановите её или выберите другой код",
  },
  partner: {
    homeUndeletable: "Домашний регион нельзя удалить: сначала отметьте домашним другой",
    hasChildren: "У партнёра есть входящие в него партнёры ({{count}}); сначала удалите или перенесите их",
    ownParent: "Партнёр не может входить сам в себя",
    childAsParent: "Нельзя подчинить партнёра его же дочернему",
    countryIsoCode: "Для страны код ISO из двух букв (KZ)",
    boundaryNotRegion: "Границу можно приложить только к региону (области, провинции)",
  },
  savedView: {
    notFound: "Вид не найден или удалён",
    nameTaken: "Вид с названием «{{name}}» у вас уже есть",
    notAuthor: "Изменить или удалить общий вид может его автор или администратор",
  },
  calendarFeed: {
    notFound: "Календарь не найден",
  },
  report: {
    noSuchPeriod: "Нет такого месяца или квартала",
    periodNotStarted: "Период ещё не начался (начнётся {{from}}): отчёт составляется за прошедшие дни",
  },
  agreement: {
    checkStages: "Проверьте этапы и даты",
    registrationRequired:
      "«{{kind}}» не может вступить в силу сразу после подписания: международное соглашение региона подлежит государственной регистрации в Министерстве юстиции (Федеральный закон от 4 января 1999 г. № 4-ФЗ). Сначала переведите его на этап регистрации.",
    alreadyAtStage: "Соглашение уже на этом этапе",
    stageNotAllowed: "С этого этапа нельзя перейти на выбранный.",
    noFurtherStages: "С этого этапа переходов нет.",
    registrationNumberRequired: "Укажите номер государственной регистрации в Минюсте",
    effectiveDateRequired: "Укажите дату вступления в силу",
    laterExpiryRequired: "Укажите новый срок действия, позже прежнего",
    dateInFuture: "Дата не может быть в будущем",
    dateBeforeLastMove: "Дата не может быть раньше предыдущей смены этапа (не раньше {{earliest}})",
    expiryNotLater: "Новый срок действия должен быть позже прежнего ({{onRecord}})",
    expiresBeforeEffective: "Срок действия не может закончиться раньше вступления в силу",
    dateBeforePreviousStage: "Дата раньше предыдущего этапа (не раньше {{earliest}})",
    stageOnlyByMove: "Этап меняется только сменой этапа (advanceStage), с датой и отметкой в истории",
  },
  download: {
    unknownList: "Такой список нельзя скачать: годятся {{lists}}, в формате csv или xlsx",
    badFilter: "Фильтр для скачивания не подходит к списку: проверьте адрес страницы",
  },
  validation: {
    /** A zod check without a key of its own: the client renders it from the issue (params hold code, minimum, …). */
    zodIssue: "Проверьте значение",
    fillIn: "Заполните поле",
    tooLong: "Не длиннее {{maximum}} символов",
    atMost: "Не больше {{maximum}}",
    atLeast: "Не меньше {{minimum}}",
    badId: "Неверный идентификатор",
    url: "Укажите адрес вида https://…",
    email: "Укажите адрес вида name@example.ru",
    signInEmail: "Укажите адрес электронной почты",
    password: "Введите пароль",
    currentPassword: "Введите текущий пароль",
    passwordTooShort: "Пароль не короче {{minimum}} символов",
    passwordTooLong: "Пароль не длиннее {{maximum}} символов",
    latitude: "Широта от −90 до 90",
    longitude: "Долгота от −180 до 180",
    numberTooBig: "Слишком большое число",
    countryCode: "Код страны — две латинские буквы",
    integer: "Укажите целое число",
    millionRange: "От −1 000 000 до 1 000 000",
    noChanges: "Нет изменений",
    unknownVocabulary: "Неизвестный справочник",
    chooseFromList: "Выберите значение из списка",
    mergeWithItself: "Нельзя объединить значение с самим собой",
    unknownEntity: "Неизвестный тип записи",
    badCursor: "Неверный курсор",
    unknownPrecision: "Неизвестная точность даты",
    dayRequired: "Укажите дату",
    dayFormat: "Укажите дату в формате ГГГГ-ММ-ДД (например, 2024-11-13)",
    dayRange: "Дата должна быть между {{minYear}} и {{maxYear}} годом",
    timeFormat: "Время в формате ЧЧ:ММ, например 09:30",
    endsBeforeStart: "Окончание не может быть раньше начала",
    periodEndBeforeStart: "Конец периода раньше начала",
    tooManySites: "Не больше {{maximum}} площадок",
    oneChosenSite: "Выбранной может быть только одна площадка",
    duplicateSite: "Площадка с таким названием уже есть в проекте",
    sourceUrlOrWords: "Укажите адрес или слова для поиска",
    tooManySources: "Не больше {{maximum}} источников",
    duplicateSource: "Источник указан дважды",
    tooManyParticipants: "Не больше {{maximum}} участников",
    duplicateParticipant: "Этот участник уже указан",
    duplicateAgreement: "Это соглашение уже указано",
    partnerRequired: "Укажите хотя бы одного партнёра",
    tooManyFollowUps: "Не больше {{maximum}} поручений",
    tooManyPositions: "Не больше {{maximum}} должностей",
    tooManyStops: "Не больше {{maximum}} остановок",
    stopsOnlyForTours: "Остановки бывают только у тура",
    tourNeedsStop: "У тура должна быть хотя бы одна остановка",
    stopBeforePrevious: "Дата остановки раньше даты предыдущей: остановки идут по маршруту",
    stopOutsideTour: "Дата остановки вне сроков тура ({{from}} — {{to}})",
    atLeastMonths: "Не меньше {{minimum}} месяца",
    atMostMonths: "Не больше {{maximum}} месяцев",
    atLeastDays: "Не меньше {{minimum}} дня",
    atMostDays: "Не больше {{maximum}} дней",
    atMostTenYears: "Не больше 10 лет",
    sectorCode: "Код — строчные латинские буквы, цифры и дефис (например, timber)",
    pressReleaseText: "Вставьте текст пресс-релиза",
    pressReleaseTooLong: "Текст длиннее {{maximum}} символов",
    badReference: "Неверная ссылка",
    tooManyPartners: "Не больше {{maximum}} партнёров",
    tooManyPeople: "Не больше {{maximum}} человек",
    tooManyProjects: "Не больше {{maximum}} проектов",
    tooManyExportFacts: "Не больше {{maximum}} фактов об экспорте",
    noPartnerWithNumber: "Нет партнёра с номером {{number}}",
    partyRequired: "Укажите хотя бы одну сторону соглашения",
    meetingPartnerRequired: "Укажите хотя бы одного партнёра встречи",
    followUpsNeedMeeting: "Поручения записываются к встрече: укажите её",
    projectPartner: "Укажите партнёра проекта",
    exportFactPartner: "Укажите партнёра, которому намерены поставлять",
    organisationWithoutPost: "Укажите должность или уберите организацию",
    hsCode: "Код ТН ВЭД — от 2 до 10 цифр",
    decimal: "Неотрицательное число, не больше {{scale}} знаков после запятой",
    numberExpected: "Укажите неотрицательное число",
    decimalScale: "Не больше {{scale}} знаков после запятой",
    decimalDigits: "Не больше {{digits}} цифр до запятой",
    currencyCode: "Код валюты ISO 4217 — три латинские буквы (RUB, USD)",
    valueOrVolume: "Укажите стоимость или объём",
    currencyRequired: "Укажите валюту стоимости",
    unitRequired: "Укажите единицу объёма",
    figureAndVersion: "Укажите и показатель, и его версию",
    emptyCell: "Пустая ячейка: нечего сохранять",
    chooseMeasure: "Выберите, что вводится: стоимость или объём",
    emptyTable: "Таблица пуста: заполните хотя бы одну ячейку",
    appPath: "Адрес должен вести на страницу приложения (начинаться с «/»)",
    tooManyCells: "Не больше {{maximum}} ячеек за раз",
    valueScale: "Стоимость — не больше 2 знаков после запятой",
    duplicateCell: "Ячейка повторяет ячейку № {{number}}: та же категория и тот же получатель",
    tooManyStages: "Не больше {{maximum}} этапов",
    factKind: "Выберите вид факта",
    growthNumber: "Укажите число процентов, например 34 или −5,5",
    growthRange: "Рост — от {{minimum}} до {{maximum}} %",
    periodEndRequired: "Укажите конец периода или уберите его начало",
    periodStartRequired: "Укажите начало периода или уберите его конец",
    rankRequired: "Укажите место среди покупателей",
    rankOnlyForRank: "Место указывается только у факта о месте среди покупателей",
    growthRequired: "Укажите рост в процентах",
    growthOnlyForGrowth: "Рост указывается только у факта о росте",
    intentCategory: "Укажите, что намерены поставлять",
    boundaryType: "Граница — GeoJSON Polygon или MultiPolygon",
    boundaryEmpty: "Граница без координат",
    boundaryPosition: "Точка границы — пара чисел: долгота от −180 до 180, широта от −90 до 90",
    boundaryRing: "Контур границы — не меньше четырёх точек, последняя совпадает с первой",
    boundaryTooLarge: "Граница слишком подробная: самое большее 50 000 точек. Упростите её (например, в mapshaper) и загрузите снова",
    tooManyAliases: "Не больше {{maximum}} других названий",
    isoCode: "Код ISO 3166: KZ или KZ-19",
  },
} as const;

type KeyPaths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}` }[keyof T & string];

/** A stable name of one error; a new one needs Russian text above (and English text in the client's locale). */
export type ErrorKey = KeyPaths<typeof errorMessagesRu>;
/** What a message interpolates: names, counts, ids, dates. */
export type ErrorParams = Record<string, string | number>;
/** One problem of one field, or of the whole request. */
export type FieldProblem = { key: ErrorKey; params?: ErrorParams };
/** Problems per field, keyed by the field's path ("data.name", "stops.0.date"; "_" for the request). */
export type FieldErrors = Record<string, FieldProblem[]>;

export const problem = (key: ErrorKey, params?: ErrorParams): FieldProblem => (params ? { key, params } : { key });

function lookup(key: string): string | undefined {
  let node: unknown = errorMessagesRu;
  for (const part of key.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Every key of the dictionary (a test holds the client's English locale to it). */
export const errorKeys: readonly ErrorKey[] = (() => {
  const out: string[] = [];
  const walk = (node: object, prefix: string) => {
    for (const [name, value] of Object.entries(node)) {
      if (typeof value === "string") out.push(prefix + name);
      else walk(value as object, `${prefix}${name}.`);
    }
  };
  walk(errorMessagesRu, "");
  return out as ErrorKey[];
})();

export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === "string" && lookup(value) !== undefined;
}

/** i18next-style {{name}} interpolation; a missing parameter stays visible as its name. */
export function interpolate(template: string, params: ErrorParams = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (name in params ? String(params[name]) : name));
}

/** Counts this big read better with their thousands grouped (200 000); smaller ones, years among them, stay as they are. */
export const groupedFrom = 10_000;

/** The Russian text of a key, as the server's `message` and logs carry it; days read as 13.11.2024, big counts as 200 000. */
export function russianErrorText(key: ErrorKey, params: ErrorParams = {}): string {
  const shown = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "string" && isCalendarDay(value)
        ? formatTypedDay(value)
        : typeof value === "number" && Math.abs(value) >= groupedFrom
          ? value.toLocaleString("ru-RU")
          : value,
    ]),
  );
  return interpolate(lookup(key) ?? key, shown);
}

/**
 * The parameters of a zod issue worth sending: its code and the limits or values it
 * names (minimum, maximum, format, …), plus `params` a custom check attached. Only
 * strings and numbers, so the answer never echoes structures or the rejected input.
 */
export function issueParams(issue: object): ErrorParams {
  const out: ErrorParams = {};
  for (const [name, value] of Object.entries(issue)) {
    if (name === "message" || name === "path" || name === "input") continue;
    if (typeof value === "string" || typeof value === "number") out[name] = value;
    else if (typeof value === "bigint") out[name] = Number(value);
    else if (typeof value === "boolean") out[name] = String(value);
    else if (name === "values" && Array.isArray(value)) out[name] = value.map(String).join(", ");
  }
  const custom = (issue as { params?: unknown }).params;
  if (custom && typeof custom === "object") {
    for (const [name, value] of Object.entries(custom)) if (typeof value === "string" || typeof value === "number") out[name] = value;
  }
  return out;
}

/**
 * One zod issue as a problem: a shared schema's own message is a key; a check without
 * one becomes validation.zodIssue with the issue's code and limits, so the client can
 * have zod word it in the interface language.
 */
export function problemOfIssue(issue: { message: string } & object): FieldProblem {
  const params = issueParams(issue);
  if (isErrorKey(issue.message)) return { key: issue.message, params };
  return { key: "validation.zodIssue", params };
}
