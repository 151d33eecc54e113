// A second held-out set of release-like texts for the press-release extractor (issue 14),
// written blind: without reading the extractor, the team's fixtures (beyond one, for the
// format) or the first held-out set's texts. Every person and every company is invented;
// geography is real. The world is ../gazetteer.ts, unchanged.
//
// `expected` follows ../fixtures/index.ts. Where that leaves a choice, these texts take:
// - organisations: government bodies (акимат, хокимият, облисполком, правительство,
//   министерство, департамент, посольство, генконсульство, the regional export support
//   centre) stand for their territory and are not partners of their own; companies,
//   chambers of commerce, academies and ensembles named by a proper name are new
//   ORGANISATION partners, home-region ones included, named with their legal form as the
//   text gives it («ООО «Сухона-Лес»»). Colloquial names of a region («Вологодчина»,
//   «Поморье», «Гомельщина») name that region.
// - periods with no precision of their own take their first day, APPROXIMATE, as
//   «на прошлой неделе» does: a half-year («в первом полугодии 2026 года» → 2026-01-01), a
//   season («весной» → 2025-03-01), «на следующей неделе» (next Monday), «в конце года»
//   (1 December, APPROXIMATE).
// - a deadline of an instruction («до 1 декабря») is a date of a fact (the task's due day).
// - a tour is one TOUR event dated by its first stop; a presentation of producers is an
//   OTHER event; a fair or food exhibition is EXHIBITION.
// - an agreement told through several stages is one agreement at the stage the text ends
//   on; each dated stage move is a date. «Договорились подготовить» and «договорились
//   проработать возможность подписания» are PROPOSAL_SENT; «согласован, будет утверждён»
//   is NEGOTIATION; «подписано, проходит регистрацию» is SIGNED.
// - a forum, signing or mission with a reported meeting has that meeting as the happening
//   (a signing is a MEETING; an outgoing mission received by the hokim is a VISIT).
import type { ReleaseFixture } from "../fixture-types.ts";
import { fixture as b01 } from "./b01-kostanay-delegation.ts";
import { fixture as b02 } from "./b02-call-arkhangelsk.ts";
import { fixture as b03 } from "./b03-signing-gomel.ts";
import { fixture as b04 } from "./b04-forum-shandong.ts";
import { fixture as b05 } from "./b05-ensemble-tour.ts";
import { fixture as b06 } from "./b06-export-news.ts";
import { fixture as b07 } from "./b07-agreement-stages-mogilev.ts";
import { fixture as b08 } from "./b08-business-mission-fergana.ts";
import { fixture as b09 } from "./b09-yaroslavl-draft.ts";
import { fixture as b10 } from "./b10-followup-uzbek-consul.ts";
import { fixture as b11 } from "./b11-no-cooperation.ts";
import { fixture as b12 } from "./b12-relative-dates-grodno.ts";

export const heldOut2: ReleaseFixture[] = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12];
