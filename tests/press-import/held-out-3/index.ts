// A third held-out set of release-like texts for the press-release extractor (issue 14),
// written blind: without reading the extractor, its tests, the team's fixtures or the
// earlier held-out sets' texts (one of them, b05, was read for the format). Every person and
// every company is invented; geography is real. The world is ../gazetteer.ts, unchanged.
//
// `expected` follows ../fixtures/index.ts and the choices stated in ../held-out-2/index.ts
// (government bodies stand for their territory; companies, ensembles and other bodies named
// by a proper name are new ORGANISATION partners; periods with no precision of their own
// take their first day, APPROXIMATE; an instruction's deadline is a date; a signing is a
// MEETING; a delegation received by the partner's head is a VISIT). Where those still leave
// a choice, these texts take:
// - universities named by their proper name («Вологодский государственный университет»)
//   are new ORGANISATION partners, as academies are.
// - an elliptical list («из Вологодской, Архангельской и Ярославской областей») names each
//   region in it; an adjective alone («китайский рынок», «белорусских комплектующих») still
//   names nothing.
// - the period of a reported figure is a date: «по итогам 2024 года» → YEAR, «в первом
//   квартале 2025 года» → QUARTER, «в прошлом году» → the previous year, YEAR.
// - a range of months («с мая по сентябрь») is its first month, MONTH; a range of days is
//   its first day, and a day restated inside it («В день открытия, 1 октября») is the same date.
// - a weekday («во вторник») is the last such day on or before publication; a wire's
//   dateline («ВОЛОГДА, 18 февраля.») is the publication day, not a fact's date.
// - «на следующий месяц» is the next month, MONTH; «в конце прошлого года» is 1 December of
//   the previous year, APPROXIMATE.
// - a planned visit is a date, not an event; a presentation is an OTHER event; events held
//   inside Days of a region (its forum, its exhibition) are events of their own.
import type { ReleaseFixture } from "../fixture-types.ts";
import { fixture as c01 } from "./c01-akmola-visit.ts";
import { fixture as c02 } from "./c02-video-call-heilongjiang.ts";
import { fixture as c03 } from "./c03-signing-minsk.ts";
import { fixture as c04 } from "./c04-forest-forum.ts";
import { fixture as c05 } from "./c05-food-export-figures.ts";
import { fixture as c06 } from "./c06-festival-and-tour.ts";
import { fixture as c07 } from "./c07-followup-almaty.ts";
import { fixture as c08 } from "./c08-relative-dates-samarkand.ts";
import { fixture as c09 } from "./c09-no-cooperation-roads.ts";
import { fixture as c10 } from "./c10-partner-side-vitebsk.ts";
import { fixture as c11 } from "./c11-region-days-astana.ts";
import { fixture as c12 } from "./c12-agency-wire-tashkent.ts";

export const heldOut3: ReleaseFixture[] = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12];
