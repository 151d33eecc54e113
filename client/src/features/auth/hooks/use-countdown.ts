import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** Seconds left from `seconds` (restarting whenever a new value arrives); null when there is nothing to wait for. */
export function useCountdown(seconds: number | null): number | null {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setDeadline(seconds ? Date.now() + seconds * 1000 : null);
    setNow(Date.now());
  }, [seconds]);
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  if (deadline === null) return null;
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** "42 секунды", "3 минуты": whole minutes from two minutes on. */
export function useDurationText(seconds: number | null): string {
  const { t } = useTranslation();
  if (seconds === null) return "";
  if (seconds >= 120) return t("duration.minutes", { count: Math.ceil(seconds / 60) });
  return t("duration.seconds", { count: seconds });
}
