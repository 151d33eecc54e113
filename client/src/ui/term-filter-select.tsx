// The one-value filter select over a vocabulary (kinds of agreement, event, partner):
// live values plus the one the URL holds, with «any» first. Lists share it so that a
// filter reads and behaves the same on every page.
import type { TVocabularyName } from "@atlas/shared/vocabulary";
import { useTermOptions } from "../lib/vocabularies.ts";

export function TermFilterSelect({
  id,
  name,
  vocabulary,
  value,
  onChange,
  anyLabel,
}: {
  id: string;
  name?: string;
  vocabulary: TVocabularyName;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  anyLabel: string;
}) {
  const options = useTermOptions(vocabulary, value ? [value] : []);
  return (
    <select id={id} name={name} className="input select" value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{anyLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
