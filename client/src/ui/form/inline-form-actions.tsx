// The buttons of a small form that sits inside a record's form (a new source, a new
// vocabulary term, a new person): it has no <form> of its own, so saving is a click
// (or Enter, handled by the panel), and both buttons are the small size.
import type { ReactNode } from "react";
import { Button } from "../button.tsx";

type InlineFormActionsProps = {
  className: string;
  saveLabel: string;
  busy: boolean;
  onSave: () => void;
  cancelLabel: string;
  onCancel: () => void;
  /** Shown after the buttons, e.g. which keys save and cancel. */
  children?: ReactNode;
};

export function InlineFormActions({ className, saveLabel, busy, onSave, cancelLabel, onCancel, children }: InlineFormActionsProps) {
  return (
    <div className={className}>
      <Button variant="primary" size="sm" busy={busy} onClick={onSave}>
        {saveLabel}
      </Button>
      <Button variant="ghost" size="sm" onClick={onCancel}>
        {cancelLabel}
      </Button>
      {children}
    </div>
  );
}
