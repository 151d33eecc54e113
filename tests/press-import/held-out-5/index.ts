// A fifth held-out set of release-like texts for the press-release extractor (issue 14),
// written blind: without reading the extractor, its tests, the team's fixtures or the
// earlier held-out sets' texts (one of them, b05, was read for the format). Every person and
// every company is invented; geography is real. The world is ../gazetteer.ts, unchanged. The
// set aims at an ordinary month of the region's own site and agencies (6 October – 11
// November 2026) rather than at hard cases: visits, a call, signings, a forum, export news, a
// tour, an instruction list, Days of the region; Kazakhstan, Belarus, Uzbekistan, China and
// Russian regions, with Tajikistan, Egypt, Mongolia and the Emirates less often.
//
// `expected` follows ../fixtures/index.ts and the choices stated in ../held-out-2/index.ts,
// ../held-out-3/index.ts and ../held-out-4/index.ts. Where those still leave a choice, these
// texts take:
// - a follow-up release (an instruction list) that names the visit it follows reports no
//   happening: the visit is only a date there (it has its own release).
// - the period a plan is signed or drawn up for («на 2027–2029 годы») is a date: its first
//   year, YEAR.
// - the agreement a signed plan implements, when the text calls it «действующее», is an
//   agreement of its own, IN_FORCE, beside the plan.
// - a government body's name that names another country («Посольства Республики Казахстан в
//   Российской Федерации») names that country too, as a post does.
// - a town of the home region that the gazetteer lacks («Кириллов») is a new CITY; a named
//   port's city («через порт Санкт-Петербурга») is named.
// - «в начале декабря» is 1 December, APPROXIMATE, as «в конце года» is; «в этом году» and
//   «в следующем году» giving a figure's period are that year, YEAR.
// - a company named only by its head word and name («компанией «Нил Тимбер Трейдинг»») is a
//   new ORGANISATION under that name.
import type { ReleaseFixture } from "../fixture-types.ts";
import { fixture as e01 } from "./e01-sughd-delegation-visit.ts";
import { fixture as e02 } from "./e02-video-call-tashkent.ts";
import { fixture as e03 } from "./e03-signing-leningrad.ts";
import { fixture as e04 } from "./e04-agro-forum.ts";
import { fixture as e05 } from "./e05-food-export-figures.ts";
import { fixture as e06 } from "./e06-orchestra-festival-tour.ts";
import { fixture as e07 } from "./e07-instructions-samarkand.ts";
import { fixture as e08 } from "./e08-relative-dates-yaroslavl.ts";
import { fixture as e09 } from "./e09-no-cooperation-health.ts";
import { fixture as e10 } from "./e10-partner-side-north-kazakhstan.ts";
import { fixture as e11 } from "./e11-region-days-vitebsk.ts";
import { fixture as e12 } from "./e12-wire-egypt-timber.ts";

export const heldOut5: ReleaseFixture[] = [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12];
