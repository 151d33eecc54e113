import { useTranslation } from "react-i18next";

export function Spinner({ size = "md", label }: { size?: "sm" | "md" | "lg"; label?: string }) {
  return <span className={`spinner spinner--${size}`} role={label ? "status" : undefined} aria-label={label} aria-hidden={label ? undefined : true} />;
}

/** A centred spinner with a text for screen readers, for a whole page or panel. */
export function LoadingBlock({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading-block" role="status" aria-live="polite">
      <Spinner size="lg" />
      <span>{label ?? t("common.loading")}</span>
    </div>
  );
}

/** Grey placeholder lines while content loads, so the layout does not jump. */
export function Skeleton({ lines = 3, width }: { lines?: number; width?: string }) {
  return (
    <div className="skeleton" aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" style={{ width: width ?? `${90 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  );
}
