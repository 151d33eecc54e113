// Every stage of product.md in order (the seven steps of the usual path, then the three
// outcomes: extended, expired, terminated), the current one highlighted, and every move
// with its date and note. On wide screens the track runs across the page with the moves
// listed under it; on narrow ones it runs down, each move under its stage.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { agreementStages, type TAgreementStage } from "@atlas/shared/enums";
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import { dateTimeAttribute, useFormat } from "../../../lib/format.ts";

type StageChange = {
  id: string;
  fromStage: TAgreementStage | null;
  toStage: TAgreementStage;
  /** The day of the move (a vague one: its period's first day, with datePrecision beside it). */
  changedAt: CalendarDay;
  datePrecision?: TDatePrecision;
  note: string | null;
};

const outcomes: readonly TAgreementStage[] = ["EXTENDED", "EXPIRED", "TERMINATED"];

export function StageTrack({ stage, history }: { stage: TAgreementStage; history: StageChange[] }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const currentIndex = agreementStages.indexOf(stage);
  return (
    <div className="stage-track-wrap">
      <ol className="stage-track" aria-label={t("agreements.detail.stageTrack")}>
        {agreementStages.map((s, index) => {
          const moves = history.filter((h) => h.toStage === s);
          const last = moves.at(-1);
          const outcome = outcomes.includes(s);
          const state = s === stage ? "current" : moves.length ? "passed" : index < currentIndex && !outcome ? "skipped" : "ahead";
          return (
            <li
              key={s}
              className={`stage-track__step stage-track__step--${state}${outcome ? " stage-track__step--outcome" : ""}`}
              aria-current={state === "current" ? "step" : undefined}
              data-stage={s}
            >
              <span className="stage-track__marker" aria-hidden="true">
                {state === "passed" ? "✓" : index + 1}
              </span>
              <div className="stage-track__body">
                <p className="stage-track__name">
                  {t(`enums.agreementStage.${s}`)}
                  {state === "current" && <span className="stage-track__now">{t("agreements.detail.currentStage")}</span>}
                  {state === "skipped" && <span className="visually-hidden"> — {t("agreements.detail.stageSkipped")}</span>}
                  {state === "ahead" && <span className="visually-hidden"> — {t("agreements.detail.stageAhead")}</span>}
                </p>
                {last && (
                  <time className="stage-track__date" dateTime={dateTimeAttribute(last.changedAt, last.datePrecision)}>
                    {format.preciseDate(last.changedAt, last.datePrecision, "short")}
                  </time>
                )}
                {moves.map((m) => (
                  <div key={m.id} className="stage-track__move">
                    <time dateTime={dateTimeAttribute(m.changedAt, m.datePrecision)}>{format.preciseDate(m.changedAt, m.datePrecision)}</time>
                    {m.fromStage && m.fromStage !== s && (
                      <span className="stage-track__from"> · {t("agreements.detail.fromStage", { stage: t(`enums.agreementStage.${m.fromStage}`) })}</span>
                    )}
                    {m.note && <p className="stage-track__note">{m.note}</p>}
                  </div>
                ))}
              </div>
            </li>
          );
        })}
      </ol>
      {history.length > 0 && (
        <div className="stage-moves">
          <h3 className="card__subtitle">{t("agreements.detail.movesTitle")}</h3>
          <ol className="stage-moves__list">
            {history.map((m) => (
              <li key={m.id} className="stage-moves__item" data-stage={m.toStage}>
                <time className="stage-moves__date" dateTime={dateTimeAttribute(m.changedAt, m.datePrecision)}>
                  {format.preciseDate(m.changedAt, m.datePrecision)}
                </time>
                <div className="stage-moves__body">
                  <p className="stage-moves__what">
                    {m.fromStage ? (
                      <>
                        {t(`enums.agreementStage.${m.fromStage}`)} <span aria-hidden="true">→</span>
                        <span className="visually-hidden">{t("agreements.detail.movedTo")}</span> <strong>{t(`enums.agreementStage.${m.toStage}`)}</strong>
                      </>
                    ) : (
                      <strong>{t(`enums.agreementStage.${m.toStage}`)}</strong>
                    )}
                  </p>
                  {m.note && <p className="stage-moves__note">{m.note}</p>}
                </div>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
