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
