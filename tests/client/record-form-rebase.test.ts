// Re-applying one user's edit on top of a version someone else saved meanwhile
// (client/src/lib/use-record-form.ts): whole top-level fields move, nothing typed is lost.
import { describe, expect, it } from "vitest";
import { rebase } from "../../client/src/lib/use-record-form.ts";

type Values = { title: string; notes: string; stops: Array<{ place: string }> };

const base: Values = { title: "Проект соглашения", notes: "", stops: [{ place: "Вологда" }] };

describe("rebase", () => {
  it("keeps my changes, takes theirs elsewhere and names the fields both changed", () => {
    const mine: Values = { ...base, title: "Соглашение о сотрудничестве", stops: [{ place: "Вологда" }, { place: "Астана" }] };
    const theirs: Values = { ...base, title: "Соглашение (ред. МИД)", notes: "Согласовано с посольством" };
    const { merged, theirChanges, overlapping } = rebase(mine, base, theirs);
    expect(merged).toEqual({ title: "Соглашение о сотрудничестве", notes: "Согласовано с посольством", stops: mine.stops });
    expect(theirChanges.sort()).toEqual(["notes", "title"]);
    expect(overlapping).toEqual(["title"]);
  });

  it("does not report a field both changed to the same value", () => {
    const mine: Values = { ...base, stops: [{ place: "Астана" }] };
    const theirs: Values = { ...base, stops: [{ place: "Астана" }] };
    const { merged, overlapping } = rebase(mine, base, theirs);
    expect(merged.stops).toEqual([{ place: "Астана" }]);
    expect(overlapping).toEqual([]);
  });

  it("with no edits of mine the result is their version", () => {
    const theirs: Values = { ...base, notes: "новое" };
    expect(rebase(base, base, theirs).merged).toEqual(theirs);
  });

  it("keeps a date and its precision together when I changed both (a day made «декабрь 2024»)", () => {
    type Dated = { title: string; startsAt: string; datePrecision: "DAY" | "MONTH"; endsAt: string };
    const saved: Dated = { title: "Форум «Горизонт 2050»", startsAt: "2024-12-12", datePrecision: "DAY", endsAt: "2024-12-13" };
    const mine: Dated = { ...saved, startsAt: "2024-12-01", datePrecision: "MONTH", endsAt: "" };
    const theirs: Dated = { ...saved, title: "Международный форум «Горизонт 2050»", startsAt: "2024-12-16" };
    const { merged, overlapping } = rebase(mine, saved, theirs);
    // Their title; my month whole — never their 16 December read as a month, nor my month with their end day.
    expect(merged).toEqual({ title: "Международный форум «Горизонт 2050»", startsAt: "2024-12-01", datePrecision: "MONTH", endsAt: "" });
    expect(overlapping).toEqual(["startsAt"]);
  });
});
