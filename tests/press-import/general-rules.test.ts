// The extractor's general rules (issue 14, after the held-out measurement): date ranges and
// coarse periods, word forms of known names, places, countries and organisations the
// gazetteer does not hold, the side of an official by the body in the post, agreement stages
// and events. Each case is written here, not taken from a held-out text.
import { describe, expect, it } from "vitest";
import { extractDraft, extractNotes, type ImportGazetteer } from "@atlas/server/services/press-import/extract";
import { findDates } from "@atlas/server/services/press-import/dates";
import { placeNominative } from "@atlas/server/services/press-import/places";
import { worldCountries } from "@atlas/server/services/press-import/countries";
import { gazetteer as fixtureGazetteer } from "./gazetteer.ts";

const gazetteer: ImportGazetteer = {
  partners: fixtureGazetteer.partners.map((p) => ({
    id: p.key,
    name: p.name,
    level: p.level,
    parentId: p.parentKey ?? null,
    aliases: p.aliases ?? [],
    isHome: p.isHome ?? false,
  })),
  people: fixtureGazetteer.people.map((p) => ({
    id: p.key,
    fullName: p.fullName,
    post: p.post ?? null,
    organisation: p.organisation ?? null,
    side: p.side,
    partnerId: p.partnerKey ?? null,
  })),
  sectors: fixtureGazetteer.sectors.map((name) => ({ value: name, name })),
  exportCategories: fixtureGazetteer.exportCategories.map((name) => ({ value: name, name })),
  meetingKinds: [
    ["MEETING", "Встреча"],
    ["VISIT", "Визит"],
    ["NEGOTIATIONS", "Переговоры"],
    ["CALL", "Звонок"],
    ["OTHER", "Другое"],
  ].map(([code, name]) => ({ code: code!, name: name! })),
  eventKinds: [
    ["FORUM", "Форум"],
    ["EXHIBITION", "Выставка"],
    ["REGION_DAYS", "Дни региона"],
    ["TOUR", "Тур"],
    ["FESTIVAL", "Фестиваль"],
    ["BUSINESS_MISSION", "Бизнес-миссия"],
    ["OTHER", "Событие"],
  ].map(([code, name]) => ({ code: code!, name: name! })),
  agreementKinds: [
    ["COOPERATION_AGREEMENT", "Соглашение о сотрудничестве"],
    ["MEMORANDUM", "Меморандум"],
    ["IMPLEMENTATION_PLAN", "План мероприятий"],
    ["TWINNING", "Соглашение о побратимстве"],
    ["CONTRACT", "Контракт"],
  ].map(([code, name]) => ({ code: code!, name: name! })),
};
const draft = (text: string, publishedOn = "2025-05-20") => extractDraft(text, { publishedOn, gazetteer });
const dates = (text: string, publishedOn = "2025-05-20") =>
  findDates(text, publishedOn, () => text).map((d) => `${d.day} ${d.precision}${d.endDay ? ` → ${d.endDay}` : ""}`);

describe("date ranges and coarse periods", () => {
  it("reads «с … по …» as the first day, keeping the last as the range's end", () => {
    expect(dates("С 3 по 5 марта делегация находилась в регионе.")).toEqual(["2025-03-03 DAY → 2025-03-05"]);
    expect(dates("С 29 мая по 1 июня 2024 года прошла выставка.")).toEqual(["2024-05-29 DAY → 2024-06-01"]);
    expect(dates("с 30 декабря по 2 января пройдут каникулы", "2024-12-10")).toEqual(["2024-12-30 DAY → 2025-01-02"]);
    expect(dates("С февраля по апрель 2025 года экспорт вырос.")).toEqual(["2025-02-01 MONTH → 2025-04-30"]);
  });

  it("reads half-years, parts of a year, deadline months and quarters after «на»", () => {
    expect(dates("Форум решено провести в первом полугодии 2026 года.")).toEqual(["2026-01-01 APPROXIMATE → 2026-06-30"]);
    expect(dates("Встречу проведут в середине года.")).toEqual(["2025-07-01 APPROXIMATE"]);
    expect(dates("Проект подготовят к ноябрю.")).toEqual(["2025-11-01 MONTH"]);
    expect(dates("Подготовить к марту предложения.")).toEqual(["2026-03-01 MONTH"]);
    expect(dates("Визит перенесён на IV квартал.")).toEqual(["2025-10-01 QUARTER"]);
    expect(dates("Запуск намечен на второй квартал 2026 года.")).toEqual(["2026-04-01 QUARTER"]);
  });

  it("puts a deadline in the future and leaves a document's date out", () => {
    // A deadline in a January release is this year's, though it lies more than two months ahead.
    expect(dates("Работы нужно закончить до 20 октября.", "2025-01-15")).toEqual(["2025-10-20 DAY"]);
    expect(dates("Согласно постановлению от 12 мая 2020 года № 345 проведено обследование.")).toEqual([]);
  });
});

describe("partners in any form", () => {
  it("matches a known name with a fleeting vowel in every case", () => {
    for (const text of [
      "Делегация побывала в Череповце и встретилась с предпринимателями из Казахстана.",
      "Мэрия Череповца направила письмо в Казахстан.",
      "Между Череповцом и Казахстаном налажены связи.",
    ]) {
      expect(draft(text).partners.map((p) => p.name)).toContain("Череповец");
    }
  });

  it("proposes towns after «в», «из», «города» and in a pair with a known town, in the nominative", () => {
    const names = draft(
      "Вологодская делегация побывала в Шымкенте и Таразе, а затем встретилась с гостями из Актобе и из Костаная. Акимат города Туркестана пригласил вологжан.",
    ).partners;
    const fresh = names.filter((p) => p.partnerId === null).map((p) => p.name);
    expect(fresh).toEqual(expect.arrayContaining(["Шымкент", "Тараз", "Костанай", "Туркестан"]));
    expect(placeNominative("Караганду", "acc").name).toBe("Караганда");
    expect(placeNominative("Костанае", "loc").name).toBe("Костанай");
    expect(placeNominative("Павлодаром", "ins").name).toBe("Павлодар");
    expect(placeNominative("Кызылорды", "gen").name).toBe("Кызылорда");
  });

  it("proposes countries from the world list, finds known ones by their abbreviations, and reads no currency as a party", () => {
    expect(worldCountries().some((c) => c.name === "Монголия")).toBe(true);
    const d = draft("Продукция поставляется в Турцию и Вьетнам, а также в РБ. Выручка составила 3 млн долларов США.");
    const fresh = d.partners.filter((p) => p.partnerId === null).map((p) => `${p.name}/${p.level}`);
    expect(fresh).toEqual(expect.arrayContaining(["Турецкая Республика/COUNTRY", "Социалистическая Республика Вьетнам/COUNTRY"]));
    expect(d.partners.find((p) => p.text === "РБ")?.partnerId).toBe("belarus");
    expect(d.partners.some((p) => p.name.includes("Соединённые Штаты"))).toBe(false);
  });

  it("proposes organisations named without a legal form, and both regions of «с Витебской и Минской областями»", () => {
    const d = draft(
      "В Казахстане Вологодский технический колледж подписал соглашение с Торгово-промышленной палатой Павлодарской области. Связи налажены с Витебской и Минской областями.",
    );
    const names = d.partners.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["Вологодский технический колледж", "Торгово-промышленная палата Павлодарской области", "Витебская область", "Минская область"]),
    );
  });
});

describe("people", () => {
  it("puts an official of a partner's body on the partner's side and keeps the whole post", () => {
    const d = draft(
      "Делегацию Вологодской области принял заместитель председателя Минского облисполкома Иван Петров. Гостей приветствовал первый заместитель министра экономики, торговли и туризма Республики Беларусь Олег Сидоров. На встрече был заместитель акима Костанайской области Ерлан Ахметов.",
    );
    const byName = new Map(d.people.map((p) => [p.fullName, p]));
    // By the body's adjective («Минского»), a partner named in the post, a proposed region.
    expect(byName.get("Иван Петров")?.side).toBe("PARTNER");
    expect(byName.get("Ерлан Ахметов")?.side).toBe("PARTNER");
    expect(byName.get("Олег Сидоров")?.post).toBe("первый заместитель министра экономики, торговли и туризма Республики Беларусь");
    expect(byName.get("Олег Сидоров")?.side).toBe("PARTNER");
  });
});

describe("agreements and events", () => {
  it("takes the stage the text reports now, one agreement per party, and no signing that is only planned", () => {
    const d = draft(
      "В марте вологодская сторона направила в Астану проект соглашения о сотрудничестве с Алматинской областью. Сейчас проект документа прошёл согласование в МИД России. Подписать соглашение планируется осенью. Соглашение с Минской областью, подписанное в прошлом году, уже зарегистрировано.",
    );
    expect(d.agreements.map((a) => `${a.kind} ${a.stage}`).sort()).toEqual(["COOPERATION_AGREEMENT NEGOTIATION", "COOPERATION_AGREEMENT REGISTERED"]);
    expect(d.followUps.some((f) => f.title.startsWith("Подписать соглашение планируется"))).toBe(true);
  });

  it("finds each event of a list with its own date, and a second event of a kind", () => {
    const d = draft(
      "По итогам переговоров с делегацией Казахстана стороны договорились:\n— организовать в сентябре бизнес-миссию вологодских компаний в Астану;\n— провести в октябре выставку вологодских товаров в Алма-Ате.\nСледующий форум пройдёт в 2026 году в Астане, первый форум прошёл в апреле.",
    );
    expect(d.events.map((e) => `${e.kind} ${e.date?.day} ${e.date?.precision}`).sort()).toEqual(
      ["BUSINESS_MISSION 2025-09-01 MONTH", "EXHIBITION 2025-10-01 MONTH", "FORUM 2026-01-01 YEAR"].sort(),
    );
  });
});

describe("texts without cooperation", () => {
  it("says so when only the home region, its towns and its officials are named", () => {
    const d = draft("Губернатор области Андрей Ларионов провёл совещание в Череповце. В Соколе до 1 сентября отремонтируют котельную.");
    expect(d.partners).toEqual([]);
    expect(d.notes).toContain(extractNotes.nothingFound);
  });

  it("does not read crops as culture", () => {
    const d = draft("Аграрии Казахстана поделились опытом выращивания плодовых культур.");
    expect(d.terms.some((t) => t.name === "Культура")).toBe(false);
  });
});

describe("rules from the second held-out measurement", () => {
  it("puts a town back in the nominative by the towns list, else by its soft ending", () => {
    expect(placeNominative("Уфе", "loc").name).toBe("Уфа");
    expect(placeNominative("Твери", "loc").name).toBe("Тверь");
    expect(placeNominative("Орла", "gen").name).toBe("Орёл");
    expect(placeNominative("Кинешме", "loc").name).toBe("Кинешма");
    // Not listed: a town does not end in a hard «л», save after «у».
    expect(placeNominative("Изяславле", "loc").name).toBe("Изяславль");
    expect(placeNominative("Сарапуле", "loc").name).toBe("Сарапул");
  });

  it("finds an oblast by its executive committee and its colloquial name, and the stops of a quoted route", () => {
    const d = draft("Представители Минского облисполкома прибыли в Череповец. Гостям покажут маршрут «Череповец — Белозерск — Устюжна».");
    expect(d.partners.find((p) => p.partnerId === "minsk-oblast")?.text).toBe("Минского облисполкома");
    expect(draft("Делегация Минщины побывала в Вологде.").partners.map((p) => p.partnerId)).toContain("minsk-oblast");
    const fresh = d.partners.filter((p) => p.partnerId === null).map((p) => p.name);
    expect(fresh).toEqual(expect.arrayContaining(["Белозерск", "Устюжна"]));
    // A town next to another town is not inside it.
    expect(d.partners.find((p) => p.name === "Устюжна")?.parentId).toBeNull();
  });

  it("proposes a region named after its kind, and takes neither it nor a capitalised post word for a name", () => {
    const d = draft(
      "Делегацию принял вице-губернатор провинции Ганьсу Чжоу Лэй. В беседе участвовал первый заместитель Председателя Правительства Архангельской области Роман Белов. Директор компании «Ганьсу Нэнъюань» Сунь Ян рассказал о поставках.",
    );
    expect(d.partners.map((p) => p.name)).toContain("Провинция Ганьсу");
    const people = new Map(d.people.map((p) => [p.fullName, p]));
    expect(people.get("Чжоу Лэй")?.post).toBe("вице-губернатор провинции Ганьсу");
    expect(people.get("Чжоу Лэй")?.side).toBe("PARTNER");
    expect(people.get("Роман Белов")?.post).toBe("первый заместитель Председателя Правительства Архангельской области");
    expect(d.people.some((p) => p.fullName.startsWith("Председател"))).toBe(false);
    // A company named after a place of the partner's is the partner's side.
    expect(people.get("Сунь Ян")?.side).toBe("PARTNER");
  });

  it("proposes a performing company, but not one that belongs to a named body", () => {
    const names = draft("В Алматы выступил оркестр «Северная лира». В Астане спел хор «Звонница» Череповецкого музыкального колледжа.").partners.map(
      (p) => p.name,
    );
    expect(names).toContain("«Северная лира»");
    expect(names).not.toContain("«Звонница»");
  });

  it("gives each agreement of a clause its own stage, reads each item of a list, and a planned step after a reached one", () => {
    const staged = draft("Стороны решили дополнить действующий договор с Минской областью дорожной картой, которую разработают министерства.");
    expect(staged.agreements.map((a) => `${a.kind} ${a.stage}`).sort()).toEqual(["CONTRACT IN_FORCE", "IMPLEMENTATION_PLAN PROPOSAL_SENT"]);
    const list = draft(
      "Губернатор встретился с акимом Алматинской области. Стороны договорились:\n— подготовить соглашение о сотрудничестве с Алматинской областью;\n— выставку планируется провести в апреле.",
    );
    expect(list.agreements.map((a) => `${a.kind} ${a.stage}`)).toEqual(["COOPERATION_AGREEMENT PROPOSAL_SENT"]);
    const agreedOn = draft("Меморандум с Минской областью уже согласован юристами и будет подписан на форуме.");
    expect(agreedOn.agreements.map((a) => `${a.kind} ${a.stage}`)).toEqual(["MEMORANDUM NEGOTIATION"]);
    const possible = draft("Делегации Вологодской и Минской областей договорились изучить возможность подписания меморандума.");
    expect(possible.agreements.map((a) => `${a.kind} ${a.stage}`)).toEqual(["MEMORANDUM PROPOSAL_SENT"]);
  });

  it("reads seasons, a half-year reported on, and a month ahead in a sentence with no past verb as this year's", () => {
    expect(dates("Осенью прошлого года завод отгрузил первую партию.")).toEqual(["2024-09-01 APPROXIMATE"]);
    expect(dates("Летом делегация побывала в Минске.", "2025-10-01")).toEqual(["2025-06-01 APPROXIMATE"]);
    expect(dates("За первое полугодие 2025 года поставки выросли.")).toEqual(["2025-01-01 APPROXIMATE → 2025-06-30"]);
    expect(dates("В октябре компании покажут свои товары на ярмарке.", "2025-06-10")).toEqual(["2025-10-01 MONTH"]);
    expect(dates("В октябре компании показали свои товары на ярмарке.", "2025-06-10")).toEqual(["2024-10-01 MONTH"]);
    // A bare season in direct speech is the speaker's «soon».
    expect(dates("«Уже осенью мы ждём гостей», — сказал он.")).toEqual([]);
  });

  it("finds a presentation, Days of a region the gazetteer lacks, a tour dated by its first stop and an undated mission of the lead", () => {
    const plans = draft(
      "Вологодская делегация посетила Казахстан. Стороны договорились в сентябре провести в Астане презентацию вологодских предприятий, а в октябре в Вологде пройдут Дни Карагандинской области.",
    );
    expect(plans.events.map((e) => `${e.kind} ${e.date?.day} ${e.date?.precision}`).sort()).toEqual(["OTHER 2025-09-01 MONTH", "REGION_DAYS 2025-10-01 MONTH"]);
    const tour = draft(
      "Вологодский театр отправится на гастроли в Казахстан.\n\nПервый спектакль труппа сыграет 12 июня в Астане. 15 июня артисты выступят в Алматы.",
    );
    expect(tour.events.map((e) => `${e.kind} ${e.date?.day}`)).toEqual(["TOUR 2025-06-12"]);
    const mission = draft(
      "Вологодские экспортёры провели бизнес-миссию в Казахстан.\n\nС 2 по 5 июня компании работали в Астане.\n\nБизнес-миссию подготовил центр поддержки экспорта.",
    );
    expect(mission.events.map((e) => `${e.kind} ${e.date?.day}`)).toEqual(["BUSINESS_MISSION 2025-06-02"]);
  });

  it("dates a meeting on a named day of the event the lead dates, and does not take counted business talks for the happening", () => {
    const d = draft(
      "Вологодская делегация участвует в выставке в Минске, которая проходит 10–12 апреля.\n\nВо второй день выставки заместитель губернатора встретилась с председателем Минского облисполкома Петром Сидоренко.",
    );
    expect(`${d.happening?.kind} ${d.happening?.date?.day}`).toBe("MEETING 2025-04-11");
    const mission = draft(
      "Вологодские компании провели бизнес-миссию в Казахстан.\n\nС 2 по 5 июня делегация работала в Астане.\n\nВ Астане прошло более тридцати деловых переговоров с казахстанскими компаниями.",
    );
    expect(`${mission.happening?.kind} ${mission.happening?.date?.day}`).toBe("VISIT 2025-06-02");
  });
});

describe("rules from the third held-out measurement", () => {
  it("reads a deputy's «вице-» title and a post with a bracket before the name", () => {
    const d = draft(
      "Губернатор встретился с вице-консулом Республики Беларусь в Санкт-Петербурге Павлом Орловым. Затем прошла беседа с заместителем председателя Минского облисполкома (Беларусь) Игорем Савичем.",
    );
    const people = new Map(d.people.map((p) => [p.fullName, p]));
    expect(people.get("Павел Орлов")?.post).toBe("вице-консул Республики Беларусь в Санкт-Петербурге");
    expect(people.get("Павел Орлов")?.side).toBe("PARTNER");
    expect(people.get("Игорь Савич")?.post).toBe("заместитель председателя Минского облисполкома");
    expect(people.get("Игорь Савич")?.side).toBe("PARTNER");
  });

  it("puts the officials of a body the home region has not (a gorispolkom) and of a company under another country's legal form on the partner's side", () => {
    const d = draft(
      "В Череповце делегацию встретили первый заместитель председателя горисполкома Сергей Лукашов и директор ТОО «Степной элеватор» Нурбек Исмаилов.",
    );
    const sides = Object.fromEntries(d.people.map((p) => [p.fullName, p.side]));
    expect(sides).toEqual({ "Сергей Лукашов": "PARTNER", "Нурбек Исмаилов": "PARTNER" });
  });

  it("does not give a home company the side of the place its goods go to, nor of a place in a quote", () => {
    const d = draft(
      "ООО «Сухонский мёд» отправило первую партию мёда в Алматы. «Казахстан для нас важный рынок», — сказал директор ООО «Сухонский мёд» Егор Павлов.",
    );
    expect(d.partners.find((p) => p.name === "ООО «Сухонский мёд»")?.parentId).toBeNull();
    const sides = Object.fromEntries(d.people.map((p) => [p.fullName, p.side]));
    expect(sides["Егор Павлов"]).toBe("HOME");
    // A company of unknown side takes the side of a place before it, not of another person's company.
    const listed = draft(
      "В Гродно делегацию принял директор ОАО «Неманский станкозавод» Иван Рыбак. Директор ТОО «Алтын Дала» Асхат Нуров и директор ООО «Тотемский лён» Пётр Седов обсудили поставки.",
    );
    expect(Object.fromEntries(listed.people.map((p) => [p.fullName, p.side]))).toEqual({
      "Иван Рыбак": "PARTNER",
      "Асхат Нуров": "PARTNER",
      "Пётр Седов": "HOME",
    });
  });

  it("puts a town proposed as new under the region named after it, wherever the text names the region", () => {
    const d = draft("Делегация Архангельской области прибыла в Вологду. Ответный визит в Архангельск намечен на осень.");
    expect(d.partners.find((p) => p.name === "Архангельск")?.parentId).toBe("arkhangelsk-oblast");
  });

  it("reads a month with its year in any case, the next month or year in the accusative, a weekday and «в тот же день»", () => {
    expect(dates("Ярмарку перенесли на октябрь 2026 года.")).toEqual(["2026-10-01 MONTH"]);
    expect(dates("Конференция запланирована на следующий месяц.")).toEqual(["2025-06-01 MONTH"]);
    expect(dates("Визит перенесли на следующий год.")).toEqual(["2026-01-01 YEAR"]);
    // Published on Tuesday 20 May 2025: the Friday before, and the Friday after in a sentence about the future.
    expect(dates("Делегация прибыла в пятницу.")).toEqual(["2025-05-16 DAY"]);
    expect(dates("Делегация прибудет в пятницу и будет работать неделю.")).toEqual(["2025-05-23 DAY"]);
    expect(dates("Во вторник, 13 мая, прошли переговоры.")).toEqual(["2025-05-13 DAY"]);
    expect(dates("14 мая открылась выставка. В этот же день подписали меморандум.")).toEqual(["2025-05-14 DAY", "2025-05-14 DAY"]);
  });

  it("leaves a wire's dateline out and dates an instruction's month in the future", () => {
    const text = "ГРОДНО, 20 мая. Делегации провели переговоры 19 мая.";
    expect(findDates(text, "2025-05-20", () => text).map((d) => d.day)).toEqual(["2025-05-19"]);
    expect(dates("Департаменту поручено в марте подготовить доклад.", "2025-09-10")).toEqual(["2026-03-01 MONTH"]);
    expect(dates("Губернатор поручил в марте провести ярмарку.", "2025-09-10")).toEqual(["2026-03-01 MONTH"]);
    // A noun «поручений» is no instruction about the future.
    expect(dates("По итогам встречи, которая прошла 2 марта, дан ряд поручений.", "2025-09-10")).toEqual(["2025-03-02 DAY"]);
  });

  it("keeps «сегодня» with any verb in the perfective future", () => {
    const d = draft("Делегация Минской области посетила Вологду вчера. Сегодня гости осмотрят порт в Череповце.", "2025-07-02");
    expect(d.dates.map((x) => x.day)).toEqual(["2025-07-01", "2025-07-02"]);
  });

  it("gives a later «соглашение» or «документ» the kind named before at no stage, and finds twinning without an agreement word", () => {
    const later = draft("Стороны намерены заключить соглашение о сотрудничестве с Минской областью. Текст документа согласован юристами обеих сторон.");
    expect(later.agreements.map((a) => `${a.kind} ${a.stage}`)).toEqual(["COOPERATION_AGREEMENT NEGOTIATION"]);
    const served = draft("Подписан протокол о реализации соглашения о сотрудничестве между Вологодской и Минской областями. Соглашение действует с 2018 года.");
    expect(served.agreements.map((a) => `${a.kind} ${a.stage}`)).toContain("COOPERATION_AGREEMENT IN_FORCE");
    const twinning = draft("Главы городов договорились изучить вопрос установления побратимских отношений между Соколом и Алматы.");
    expect(twinning.agreements.map((a) => `${a.kind} ${a.stage}`)).toEqual(["TWINNING PROPOSAL_SENT"]);
  });

  it("finds an event one is invited to, and one named as the occasion of a step when nothing else tells of it", () => {
    const invited = draft("Аким Алматинской области пригласил вологжан на ярмарку в Алматы в августе.", "2025-04-01");
    expect(invited.events.map((e) => `${e.kind} ${e.date?.day}`)).toEqual(["EXHIBITION 2025-08-01"]);
    const occasion = draft("Стороны решили подготовить меморандум с Минской областью и подписать его на полях Форума регионов в сентябре 2026 года.");
    expect(occasion.events.map((e) => `${e.kind} ${e.date?.day} ${e.date?.precision}`)).toEqual(["FORUM 2026-09-01 MONTH"]);
  });

  it("takes a video conference held as such for a call, but not talks held «в режиме видеоконференции»", () => {
    expect(draft("Вчера заместитель губернатора провела видеоконференцию с акимом Алматинской области.").happening?.kind).toBe("CALL");
    expect(draft("Вчера в режиме видеоконференции прошли переговоры с акимом Алматинской области.").happening?.kind).toBe("NEGOTIATIONS");
  });

  it("reads a draft agreement a head's instruction asks for as a proposal, not a draft made", () => {
    const text =
      "Губернатор утвердил перечень поручений по итогам встречи с делегацией Гомельской области.\n\nКомитету по внешним связям (А.Б. Петров) — до 1 марта разработать проект соглашения о сотрудничестве с Гомельской областью.\n\nМинистерству финансов поручено в срок до 1 апреля подготовить проект меморандума с Гомельским облисполкомом.";
    expect(draft(text).agreements.map((a) => `${a.kind} ${a.stage}`)).toEqual(["COOPERATION_AGREEMENT PROPOSAL_SENT", "MEMORANDUM PROPOSAL_SENT"]);
  });

  it("takes talks a person held by video link for a call", () => {
    expect(draft("Вчера министр промышленности области провёл переговоры с вице-губернатором провинции Цзилинь в формате видеосвязи.").happening?.kind).toBe(
      "CALL",
    );
  });

  it("takes a delegation received or met for a visit, but not one met on the sidelines of a forum or named as the source of instructions", () => {
    expect(draft("Вчера глава региона принял делегацию Карагандинской области Республики Казахстан.").happening?.kind).toBe("VISIT");
    expect(draft("Вчера губернатор провёл переговоры с делегацией Гомельской области. Стороны обсудили поставки льна.").happening?.kind).toBe("VISIT");
    expect(draft("Вчера на полях выставки министр встретился с делегацией Гомельской области.").happening?.kind).toBe("MEETING");
    expect(draft("Губернатор дал поручения по итогам переговоров с делегацией Гомельской области, состоявшихся 3 мая.").happening?.kind).not.toBe("VISIT");
  });

  it("reads no building for a town, every town of a list after «в», a town the text also names by its adjective, and a list of three regions", () => {
    const d = draft(
      "Встреча прошла во Дворце Республики. Гастроли пройдут в Гродно, Лиде и Слониме. Гродненские музыканты выступят в Гродно. Приехали гости из Архангельской, Ярославской и Алматинской областей.",
    );
    const names = d.partners.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Гродно", "Лида", "Слоним", "Архангельская область", "Ярославская область", "Алматинская область"]));
    expect(names.some((n) => /^Двор/.test(n))).toBe(false);
  });

  it("proposes a company whose head governs a few words before its quoted name", () => {
    const names = draft("В Минске выступил театр оперы и балета «Северная сцена».").partners.map((p) => p.name);
    expect(names).toContain("«Северная сцена»");
  });

  it("proposes a republic named after its kind, and does not put a town inside a region named later in a post", () => {
    const d = draft("12 марта в Оренбурге Губернатор Вологодской области провёл переговоры с делегацией Республики Башкортостан.");
    expect(d.partners.map((p) => p.name)).toContain("Республика Башкортостан");
    const town = d.partners.find((p) => p.level === "CITY");
    expect(town?.name).toBe("Оренбург");
    expect(town?.parentId).toBeNull();
  });
});

describe("people with patronymics, initials and sides", () => {
  it("puts a name with an unknown first name back in the nominative by its patronymic, and merges it with its short form", () => {
    const d = draft(
      "Заместитель губернатора встретилась с министром экономики Республики Бурятия Баиром Цыреновичем Дондоковым. Баир Дондоков рассказал о проектах.",
    );
    expect(d.people.map((p) => p.fullName)).toEqual(["Баир Цыренович Дондоков"]);
    expect(d.people[0]!.side).toBe("PARTNER");
  });

  it("reads a surname after initials, with its post, a known person by initial and surname, and not a body's eponym", () => {
    const d = draft(
      "Меморандум подписали директор Алматинского аграрного колледжа Н.К. Абишева и начальник департамента (И.В. Сташков). Работа ведётся в колледже имени А.С. Пушкина.",
    );
    const people = d.people.map((p) => `${p.fullName} | ${p.post ?? ""}`);
    expect(people).toEqual(["Н.К. Абишева | директор Алматинского аграрного колледжа", "Игорь Сташков | "]);
  });

  it("takes the side a clause names («с киргизской стороны — …») and stops a post at a date before it", () => {
    const d = draft("В переговорах участвовали заместитель губернатора Ольга Веденеева, с киргизской стороны — мэр Каракола Эрмек Асанович Токтогулов.");
    expect(d.people.find((p) => p.fullName === "Эрмек Асанович Токтогулов")?.side).toBe("PARTNER");
    const dated = draft("5 июня председатель Гродненского облисполкома Владимир Иванович Карпович принял делегацию Алматинской области.");
    expect(dated.people.find((p) => p.fullName === "Владимир Иванович Карпович")?.post).toBe("председатель Гродненского облисполкома");
  });
});

describe("fourth round: parents, short names, surnames, relative and partial dates", () => {
  it("gives a new country no parent and a new region none from another party's adjective before it", () => {
    const d = draft(
      "Вологодская область и Хатлонская область Таджикистана обсудили поставки. Губернатор Андрей Ларионов встретился с делегацией Хатлонской области.",
    );
    const region = d.partners.find((p) => p.name === "Хатлонская область");
    const country = d.partners.find((p) => p.name === "Республика Таджикистан");
    expect(region?.parentId).toBeNull();
    expect(country?.parentId).toBeNull();
    // A visit of a region from elsewhere is cooperation, not home news: the draft is kept.
    expect(d.notes).not.toContain(extractNotes.nothingFound);
  });

  it("does not read a short common word as a country through the country's declined forms, but keeps a real declined form", () => {
    const d = draft("Самые крупные заводы Череповца нарастили выпуск. Губернатор Андрей Ларионов встретился с послом Китая.");
    expect(d.partners.map((p) => p.name)).not.toContain("Самоа");
    expect(d.partners.map((p) => p.name)).toContain("Китайская Народная Республика");
  });

  it("reads a word after a first name and patronymic as a surname, not the town it begins like", () => {
    const d = draft("В форуме участвовал Генеральный консул Республики Беларусь в Казани Игорь Петрович Соколов.");
    expect(d.partners.map((p) => p.name)).not.toContain("Сокол");
    expect(d.people.map((p) => p.fullName)).toEqual(["Игорь Петрович Соколов"]);
  });

  it("puts a woman's patronymic in an oblique case back in the nominative with her surname", () => {
    const d = draft("Заместитель губернатора встретилась с министром культуры Архангельской области Ириной Олеговной Беловой.");
    const person = d.people.find((p) => p.side === "PARTNER");
    expect(person?.fullName).toBe("Ирина Олеговна Белова");
    expect(person?.post).toBe("министр культуры Архангельской области");
  });

  it("dates a fact by «вчера» next to its past-tense verb, wherever it stands", () => {
    const d = draft("Министр экономики области вчера провёл встречу с делегацией Ярославской области в Вологде.", "2025-05-20");
    expect(d.dates.map((x) => `${x.day} ${x.precision}`)).toContain("2025-05-19 DAY");
    // Not in a sentence with no past-tense verb: «вчера» alone dates nothing.
    expect(draft("Министр экономики области вчера и сегодня в отпуске. Делегация Ярославской области прибыла в Вологду.").dates).toEqual([]);
  });

  it("reads a part of a month as approximate and months joined by a dash as the first month", () => {
    expect(dates("Оборудование поступит в середине февраля.")).toEqual(["2025-02-01 APPROXIMATE"]);
    expect(dates("За февраль–апрель прошлого года экспорт вырос.")).toEqual(["2024-02-01 MONTH → 2024-04-30"]);
    expect(dates("В июне-августе 2023 года поставки шли морем.")).toEqual(["2023-06-01 MONTH → 2023-08-31"]);
  });
});

describe("fifth round: signed periods, support bodies, declined towns, posts after a name, ended agreements", () => {
  const names = (d: ReturnType<typeof draft>) => d.partners.map((p) => p.name);
  const person = (d: ReturnType<typeof draft>, fullName: string) => d.people.find((p) => p.fullName === fullName);

  it("dates the period of a signed plan by its first year, but not a plan still to be drawn up or approved", () => {
    expect(dates("Министры подписали программу совместных действий на 2026–2028 годы.")).toEqual(["2026-01-01 YEAR → 2028-12-31"]);
    expect(dates("Стороны решили подготовить программу совместных действий на 2026–2028 годы.")).toEqual([]);
    expect(dates("Программа на 2026–2028 годы согласована и будет утверждена осенью.")).not.toContain("2026-01-01 YEAR → 2028-12-31");
  });

  it("reads a figure's year named relative to publication, and a year after a noun, but not the rest of a law's date", () => {
    expect(dates("По итогам прошлого года оборот превысил 40 млн рублей.")).toEqual(["2024-01-01 YEAR"]);
    expect(dates("Договор 2018 года остаётся основой связей.")).toEqual(["2018-01-01 YEAR"]);
    expect(dates("Указ от 12 марта 2001 года № 77 определяет порядок.")).toEqual([]);
    expect(dates("Письмо датировано 10.10.2025, визит начнётся 14 октября.", "2025-10-11")).toEqual(["2025-10-10 DAY", "2025-10-14 DAY"]);
  });

  it("takes a region's export support centre for its territory, not a partner of its own", () => {
    const d = draft("Руководитель Центра поддержки экспорта Ярославской области Олег Сомов рассказал о поставках в Казахстан.");
    expect(names(d)).toContain("Ярославская область");
    expect(names(d).some((n) => /центр/i.test(n))).toBe(false);
  });

  it("ends an organisation's name with a country the gazetteer lacks, and proposes the country under the official name the text writes", () => {
    const d = draft("Соглашение подписано с Союзом фермеров Монголии. Делегация Кыргызской Республики прибыла позже; гости из Кыргызстана осмотрели завод.");
    expect(names(d)).toEqual(expect.arrayContaining(["Союз фермеров Монголии", "Монголия", "Кыргызская Республика"]));
    expect(names(d)).not.toContain("Киргизская Республика");
  });

  it("puts a town after «г.» in the case of the preposition before it, and reads short and «-ию», «-ое» towns after «в»", () => {
    const d = draft(
      "Выставка пройдёт в г. Петрозаводске. Груз отправлен в Александрию, затем в Ханое прошли переговоры. В Уфе прошла встреча с делегацией Казахстана.",
    );
    expect(names(d)).toEqual(expect.arrayContaining(["Петрозаводск", "Александрия", "Ханой", "Уфа"]));
    expect(names(d).some((n) => /Петрозаводске|Александрию|Ханое/.test(n))).toBe(false);
  });

  it("names no partner by a part of the world or by the republic a country's name ends with", () => {
    const d = draft("Вьетнам остаётся партнёром в Юго-Восточной Азии. Губернатор встретился с министром Китайской Народной Республики Ли Цяном.");
    expect(names(d).some((n) => /Азия|Республика Ли/.test(n))).toBe(false);
  });

  it("reads names quoted inside direct speech, a body's quoted name after its full name once, and more legal forms and heads", () => {
    const d = draft(
      "«Нашим главным партнёром в этом году стало ООО «Кичменгский лес», и мы видим большой потенциал роста поставок», — сказал аким Акмолинской области. Гастроли провёл Череповецкий камерный театр «Дилижанс»; театр «Дилижанс» покажет два спектакля. Молоко поставит СХПК «Заря», костюмы сошьёт творческое объединение «Северная нить».",
    );
    expect(names(d)).toEqual(expect.arrayContaining(["ООО «Кичменгский лес»", "Череповецкий камерный театр «Дилижанс»", "СХПК «Заря»"]));
    expect(names(d).filter((n) => n.includes("Дилижанс"))).toHaveLength(1);
    expect(names(d).some((n) => n.includes("Северная нить"))).toBe(true);
  });

  it("reads a post written after the name and a comma, and a name of short syllables after a post", () => {
    const d = draft(
      "Делегацию возглавил Ерлан Маратович Сейтказин, первый заместитель акима Костанайской области. Во встрече участвовал заместитель председателя Народного комитета провинции Тхайбинь Нгуен Ван Хунг.",
    );
    expect(person(d, "Ерлан Маратович Сейтказин")).toMatchObject({ post: "первый заместитель акима Костанайской области", side: "PARTNER" });
    expect(person(d, "Нгуен Ван Хунг")).toMatchObject({ post: "заместитель председателя Народного комитета провинции Тхайбинь", side: "PARTNER" });
  });

  it("reads a Kazakh patronymic, and the real-world posts of consuls general, representatives and the regional government", () => {
    const d = draft(
      "10 октября Губернатор Андрей Ларионов встретился с Генеральным консулом Республики Казахстан в Санкт-Петербурге Бакытнуром Бакытулы. Присутствовали председатель Правительства Вологодской области Иван Громов и полномочный представитель губернатора в Республике Казахстан Олег Кузнецов.",
      "2025-10-11",
    );
    expect(person(d, "Бакытнур Бакытулы")).toMatchObject({ post: "Генеральный консул Республики Казахстан в Санкт-Петербурге", side: "PARTNER" });
    expect(person(d, "Иван Громов")?.side).toBe("HOME");
    expect(person(d, "Олег Кузнецов")).toMatchObject({ post: "полномочный представитель губернатора в Республике Казахстан", side: "HOME" });
    expect(d.happening).toMatchObject({ kind: "MEETING", date: { day: "2025-10-10", precision: "DAY" } });
  });

  it("gives an official the side of the body the post belongs to, not of the country where it is held", () => {
    const d = draft("На форуме выступил Чрезвычайный и Полномочный Посол Российской Федерации в Республике Узбекистан Виктор Ланской.");
    expect(person(d, "Виктор Ланской")?.side).toBe("HOME");
  });

  it("takes a company with a Belarusian legal form, or one that comes from a town elsewhere, for the partner's side", () => {
    const d = draft(
      "Директор ОАО «Гродненский льнокомбинат» Пётр Ясюк осмотрел цеха. Руководитель хора «Млада» из Пловдива Стоян Петров рассказал о программе.",
    );
    expect(person(d, "Пётр Ясюк")?.side).toBe("PARTNER");
    expect(person(d, "Стоян Петров")?.side).toBe("PARTNER");
  });

  it("keeps an expired agreement apart from the one signed now, and reads extension and state registration", () => {
    const d = draft("Губернатор и аким Акмолинской области подписали соглашение о сотрудничестве. Прежнее соглашение между регионами истекло в прошлом году.");
    expect(d.agreements.map((a) => a.stage).sort()).toEqual(["EXPIRED", "SIGNED"]);
    expect(draft("Соглашение о сотрудничестве с Минской областью стороны продлили ещё на пять лет.").agreements.map((a) => a.stage)).toEqual(["EXTENDED"]);
    expect(
      draft("Соглашение о сотрудничестве с Минской областью прошло государственную регистрацию в Министерстве юстиции.").agreements.map((a) => a.stage),
    ).toEqual(["REGISTERED"]);
  });

  it("dates a visit a later sentence reports by the lead's day, and reads a reception and talks «обсудили» as what happened", () => {
    const visit = draft(
      "С 3 по 5 июня в Минской области прошли Дни Вологодской области. Делегацию возглавил губернатор. Делегация также посетила Борисов.",
      "2025-06-06",
    );
    expect(visit.happening).toMatchObject({ kind: "VISIT", date: { day: "2025-06-03" } });
    const reception = draft(
      "Дни Вологодской области проходят в Минской области. Программа насыщенная. 4 июня в Минске губернатора принял председатель облисполкома.",
      "2025-06-06",
    );
    expect(reception.happening).toMatchObject({ kind: "VISIT", date: { day: "2025-06-04" } });
    expect(draft("Вчера заместители губернаторов Вологодской и Ярославской областей обсудили общий маршрут.").happening?.kind).toBe("MEETING");
  });

  it("finds a business forum, an exhibition opened on a forum's day, a tour after a festival, and a forum someone visited", () => {
    const events = (text: string) => draft(text, "2025-05-01").events.map((e) => e.kind);
    expect(events("В тот же день в Витебске прошёл бизнес-форум «Двина» с участием вологодских компаний. 6 мая открылась выставка.")).toContain("FORUM");
    expect(events("В первый день форума, 20 мая, в Минске открылась выставка вологодских товаров.")).toContain("EXHIBITION");
    expect(events("После фестиваля ансамбль «Лада» из Казахстана отправится в гастрольный тур: 8 мая выступит в Вологде, 10 мая — в Соколе.")).toContain(
      "TOUR",
    );
    expect(events("12 мая делегация Казахстана посетила Международный лесной форум в Вологде.")).toContain("FORUM");
  });

  it("reads machine building, education and the food industry from the words releases use for them", () => {
    const sectors = (text: string) =>
      draft(text)
        .terms.filter((t) => t.vocabulary === "sector")
        .map((t) => t.name);
    expect(sectors("Стороны обсудили поставки сельскохозяйственной техники в Казахстан.")).toEqual(["Машиностроение"]);
    expect(sectors("Университеты Вологды и Минска откроют совместную магистерскую программу.")).toContain("Образование");
    expect(sectors("В делегацию Казахстана вошли руководители пищевой и лёгкой отраслей.")).toContain("Пищевая промышленность");
  });
});

describe("real-release rules: names of places, people of other cultures, sides", () => {
  const names = (text: string) => draft(text).partners.map((p) => p.name);
  const people = (text: string) => draft(text).people.map((p) => `${p.fullName} — ${p.post ?? "no post"} (${p.side})`);

  it("takes a one-word country only in its own case forms, never a word its stem begins", () => {
    // «Груз» shares the stem of Грузия; «Нигерию» begins like Нигер but is Нигерия.
    expect(names("Груз отправлен в срок. Вологодские сыры продаются в Нигерию и в Сенегал.")).toEqual(expect.arrayContaining(["Нигерия", "Сенегал"]));
    expect(names("Груз отправлен в срок. Вологодские сыры продаются в Нигерию и в Сенегал.")).not.toEqual(expect.arrayContaining(["Грузия"]));
    expect(names("Груз отправлен в срок. Вологодские сыры продаются в Нигерию и в Сенегал.")).not.toContain("Нигер");
    expect(names("Вологодские сыры продаются в Грузии.")).toContain("Грузия");
  });

  it("reads a Chinese name surname first: the given name is no country, and it goes back to the nominative", () => {
    const text = "Губернатор Вологодской области провёл встречу с губернатором провинции Хубэй Ли Ганом.";
    expect(names(text)).not.toContain("Гана");
    expect(names(text)).toContain("Провинция Хубэй");
    expect(people(text)).toContain("Ли Ган — губернатор провинции Хубэй (PARTNER)");
  });

  it("takes the province named after «Китайской провинции», not the adjective, as the region", () => {
    const text = "Делегация Китайской провинции Хэнань посетила Вологду.";
    expect(names(text)).toContain("Провинция Хэнань");
    expect(names(text)).not.toContain("Китайская провинция");
  });

  it("splits two words a copied page glued together at the capital letter", () => {
    expect(names("Соглашение подписал губернатор провинции ХубэйЛи Ган.")).toContain("Провинция Хубэй");
  });

  it("finds a hyphenated name written with spaces round the hyphen and an older hyphenated spelling", () => {
    expect(names("Консул Сербии в Санкт - Петербурге приедет в Вологду.")).toContain("Санкт-Петербург");
    expect(names("Консул Сербии в Санкт - Петербурге приедет в Вологду.")).not.toContain("Санкт");
    expect(names("Область направила письмо в адрес Алма-Атинской области.")).toContain("Алматинская область");
  });

  it("reads names inside short direct speech in straight quotes like any text, and a straight-quoted body as no town", () => {
    const speech = names('Гость сказал: "Нашу музыку любят и в Вологде, и в Беларуси!"');
    expect(speech).toEqual(expect.arrayContaining(["Вологда", "Республика Беларусь"]));
    expect(speech).not.toContain("Беларуси");
    expect(names('Делегация запланировала визит в "Агентство городского развития".')).not.toContain("Агентство");
  });

  it("puts a Kazakh name with «-улы» and a foreign man's name in the instrumental back in the nominative", () => {
    expect(people("Делегация прибыла во главе с заместителем акима Алматинской области Ерланом Серикулы.")).toEqual([
      "Ерлан Серикулы — заместитель акима Алматинской области (PARTNER)",
    ]);
    expect(draft("Делегация во главе с генконсулом Джоном Смитом прибыла в Вологду.").people.map((p) => p.fullName)).toEqual(["Джон Смит"]);
  });

  it("finds posts and names inside quoted direct speech", () => {
    const text = "«Мы встретились с Председателем Китайской Народной Республики Си Цзиньпином, и это важно», — сказал губернатор.";
    expect(people(text)).toContain("Си Цзиньпин — Председатель Китайской Народной Республики (PARTNER)");
  });

  it("tells the side of an envoy by the country that sends him, of «our» region's official, and of a bare title", () => {
    expect(people("Запланирована встреча с Чрезвычайным и Полномочным Послом РФ в КНР Петром Ивановым.")).toEqual([
      "Пётр Иванов — Чрезвычайный и Полномочный Посол РФ в КНР (HOME)",
    ]);
    expect(people("Соглашение с провинцией Хубэй подписал губернатор нашего региона Иван Петров.")).toEqual(["Иван Петров — губернатор нашего региона (HOME)"]);
    expect(people("Экспорт в Китай вырос, сообщил губернатор Иван Петров.")).toEqual(["Иван Петров — губернатор (HOME)"]);
    expect(people("В Вологду приедет генконсул Джон Смит.")).toEqual(["Джон Смит — генконсул (PARTNER)"]);
  });

  it("does not read a sentence's opening adverb as a first name's surname", () => {
    expect(draft("Также Сергей Иванов предложил провести ярмарку в Минске.").people.map((p) => p.fullName)).toEqual(["Сергей Иванов"]);
  });

  it("reads an agreement on friendly ties as twinning and a cooperation programme as a plan", () => {
    const kinds = (text: string) => draft(text).agreements.map((a) => `${a.kind} ${a.stage}`);
    expect(kinds("Вологодская область и провинция Хубэй подписали соглашение о дружественных связях.")).toEqual(["TWINNING SIGNED"]);
    expect(kinds("Вологда и Гродно подписали программу сотрудничества на три года.")).toEqual(["IMPLEMENTATION_PLAN SIGNED"]);
  });
});

describe("real-release rules: periods of figures, lists of companies, posts nearby, wording of plans", () => {
  it("dates the periods reported figures are given for", () => {
    expect(dates("За весь 2023 год продажи составили 10 тонн.", "2024-06-10")).toEqual(["2023-01-01 YEAR"]);
    expect(dates("С начала текущего года отгружено 5 вагонов.", "2024-06-10")).toEqual(["2024-01-01 YEAR"]);
    // The period compared with is no date of a fact.
    expect(dates("За пять месяцев 2024 года оборот вырос, чем за аналогичный период 2023 года.", "2024-06-10")).toEqual(["2024-01-01 APPROXIMATE"]);
    expect(dates("С марта прошлого года поставки идут морем.", "2024-06-10")).toEqual(["2023-03-01 MONTH"]);
    // A range is still a range, read by its own rule.
    expect(dates("С марта по май 2024 года поставки шли морем.", "2024-06-10")).toEqual(["2024-03-01 MONTH → 2024-05-31"]);
  });

  it("dates a term, a deadline month, «на днях» and «… лет назад», and leaves a site's time stamp out", () => {
    expect(dates("Программа рассчитана до 2030 года.", "2024-06-10")).toEqual(["2030-01-01 YEAR"]);
    expect(dates("До конца сентября будет отгружено ещё 3 тонны.", "2024-06-10")).toEqual(["2024-09-01 MONTH"]);
    expect(dates("На днях партия ушла покупателю.", "2024-06-10")).toEqual(["2024-06-10 APPROXIMATE"]);
    expect(dates("Дружба городов началась десять лет назад.", "2024-06-10")).toEqual(["2014-01-01 YEAR"]);
    expect(dates("Заголовок\n\n9 июня 2024, 10:15\n\nДелегация прибыла 8 июня.", "2024-06-10")).toEqual(["2024-06-08 DAY"]);
  });

  it("takes a quoted name headed by a kind of body, and every quoted name listed with a company", () => {
    const names = draft('Гости из Минска посетят "Агентство инвестиций Минской области" и заводы "Белсталь", "Минскмаш" и "Гродномаш".').partners.map(
      (p) => p.name,
    );
    expect(names).toEqual(expect.arrayContaining(["«Агентство инвестиций Минской области»", "«Белсталь»", "«Минскмаш»", "«Гродномаш»"]));
    // A list of quoted names of something else (shows, brands) is not made of companies.
    expect(draft('Минск покажет спектакли "Чайка", "Вишнёвый сад" и "Три сестры".').partners.map((p) => p.name)).not.toContain("«Чайка»");
  });

  it("does not put a town the gazetteer lacks in the home region only because the region is named in its sentence", () => {
    const d = draft("Дни Вологодской области проходят в Гомеле.");
    const town = d.partners.find((p) => p.name === "Гомель");
    expect(town?.parentId).toBeNull();
    // Another party named in the sentence still holds it.
    expect(draft("Дни Вологодской области в Казахстане прошли в Экибастузе.").partners.find((p) => p.name === "Экибастуз")?.parentId).toBe("kazakhstan");
  });

  it("takes a post given in the next sentence for the one person named without one, and a woman's title as written", () => {
    const people = (text: string) => draft(text).people.map((p) => `${p.fullName} — ${p.post ?? "no post"} (${p.side})`);
    expect(people("В Вологде встретились Иван Петров и посол Республики Казахстан Нурлан Каримов. Губернатор назвал встречу полезной.")).toEqual([
      "Иван Петров — губернатор (HOME)",
      "Нурлан Каримов — посол Республики Казахстан (PARTNER)",
    ]);
    // Two people without a post: the title belongs to neither for sure.
    expect(draft("В Минске выступили Иван Петров и Сергей Смирнов. Губернатор назвал встречу полезной.").people.map((p) => p.post)).toEqual([null, null]);
    expect(people("Ярмарка открылась в Минске, сообщила представительница региона Ольга Смирнова.")).toEqual([
      "Ольга Смирнова — представительница региона (HOME)",
    ]);
  });

  it("reads plans in the plural, a contract «заключённый», culture by its concerts and forestry by its forum", () => {
    const sectorsOf = (text: string) =>
      draft(text)
        .terms.filter((t) => t.vocabulary === "sector")
        .map((t) => t.value);
    const d = draft("Вологда подписала планы мероприятий с Минском и с Гомелем. Сыр поставляется в Минск по контракту, заключённому в 2024 году.");
    expect(d.agreements.map((a) => `${a.kind} ${a.stage}`)).toEqual(expect.arrayContaining(["IMPLEMENTATION_PLAN SIGNED", "CONTRACT SIGNED"]));
    expect(sectorsOf("В Минске пройдёт концерт вологодских коллективов.")).toContain("Культура");
    expect(sectorsOf("Делегация Казахстана приедет на Международный лесной форум в Вологде.")).toContain("Лесная промышленность");
  });
});

describe("real-release rules, second round: bases of comparison, year endings, publication notes, posts", () => {
  it("dates a year named as the base of a comparison, a year written with its ending alone and «с начала года»", () => {
    expect(dates("Продажи льна по сравнению с 2015 годом выросли втрое.", "2024-06-10")).toEqual(["2015-01-01 YEAR"]);
    expect(dates("За 2023-й отгружено 5 тонн, а в 2024-м уже вдвое больше.", "2024-06-10")).toEqual(["2023-01-01 YEAR", "2024-01-01 YEAR"]);
    expect(dates("Всего с начала года в Казахстан ушло 7 вагонов.", "2024-06-10")).toEqual(["2024-01-01 YEAR"]);
    expect(dates("Гастроли хора стали главным событием этого года.", "2024-06-10")).toEqual(["2024-01-01 YEAR"]);
    expect(dates("Оборот вырос вдвое к уровню текущего года.", "2024-06-10")).toEqual([]);
    // A named base is a year; a relative comparison period still is not.
    expect(dates("Оборот вырос, чем за аналогичный период 2023 года.", "2024-06-10")).toEqual([]);
  });

  it("dates «с начала» a month as the month counted from, and quarters of a year as a part of it", () => {
    expect(dates("С начала марта завод отправил в Минск 4 тонны.", "2024-06-10")).toEqual(["2024-03-01 MONTH"]);
    expect(dates("За два квартала прошлого года оборот достиг 3 млн рублей.", "2024-06-10")).toEqual(["2023-01-01 APPROXIMATE"]);
  });

  it("leaves out a page's publication note on its own line", () => {
    expect(dates("Партия льна ушла в Минск 3 июня.\nОпубликовано пн, 10.06.2024 - 09:05 редактором сайта", "2024-06-10")).toEqual(["2024-06-03 DAY"]);
  });

  it("dates «сегодня» followed by a short passive participle, even under a title the line break does not end", () => {
    expect(draft("Итоги комиссии в Гомеле\nСегодня подписаны планы с Гомелем.", "2024-06-10").dates.map((d) => `${d.day} ${d.precision}`)).toEqual([
      "2024-06-10 DAY",
    ]);
  });

  it("keeps a participle of another case out of a post, and reads «иностранных дел» inside a post", () => {
    const posts = (text: string) => draft(text).people.map((p) => `${p.fullName} — ${p.post}`);
    expect(posts("Лён из Вологды поставляется в Минск в рамках национального проекта, одобренного Президентом России Иваном Петровым.")).toEqual([
      "Иван Петров — Президент России",
    ]);
    expect(posts("Делегация из Минска встретилась с художественным руководителем театра Анной Смирновой.")).toEqual([
      "Анна Смирнова — художественный руководитель театра",
    ]);
    // A plural post before two names joined by «и» is each one's, in the singular; «главы» of one person stays a genitive.
    expect(posts("В Минске губернаторы областей Иван Петров и Пётр Сидоров подписали соглашение.")).toEqual([
      "Иван Петров — губернатор области",
      "Пётр Сидоров — губернатор области",
    ]);
    expect(posts("Губернатор встретился в Минске с замминистра иностранных дел Беларуси Петром Сидоровым.")).toEqual([
      "Пётр Сидоров — замминистра иностранных дел Беларуси",
    ]);
  });

  it("reads a listed town whose instrumental ends like an adjective as the town, and «Вологодский регион» as the oblast", () => {
    const names = (text: string) => draft(text).partners.map((p) => p.name);
    expect(names("Республика Беларусь и Вологодская область открыли рейсы между Череповцом и Гомелем, а потом между Вологдой и Минском.")).toContain("Минск");
    // «Вологодский регион» in any case is the oblast of that adjective; another noun after the adjective is not.
    expect(names("Посол обсудил с губернатором связи Вологодского региона и Республики Беларусь.")).toContain("Вологодская область");
    expect(names("Делегация Вологодского регионального отделения посетила Республику Беларусь.")).not.toContain("Вологодская область");
    // «в Минском районе» is an adjective with its noun: no town «Минск» from it.
    expect(names("Вологодская делегация побывала в Минском районе Беларуси.")).not.toContain("Минск");
  });

  it("reads machine building from tractors (not from a works named after them) and education from school leavers", () => {
    const sectorsOf = (text: string) =>
      draft(text)
        .terms.filter((t) => t.vocabulary === "sector")
        .map((t) => t.value);
    expect(sectorsOf("Гомель и Вологда заключили контракт на поставку тракторов и тракторокомплектов.")).toContain("Машиностроение");
    expect(sectorsOf("Делегация Гомеля посетила ОАО «Гомельский тракторный завод».")).not.toContain("Машиностроение");
    expect(sectorsOf("Вологодские абитуриенты охотно поступают в университеты Республики Беларусь.")).toContain("Образование");
    expect(sectorsOf("Абитуриенты из Республики Беларусь приехали в Вологду.")).toContain("Образование");
  });
});
