// The buttons of a list of rows in a form (the stops of a tour, the sites of a project).
import type { ComponentProps, ReactNode } from "react";
import { Button } from "../button.tsx";
import { Icon } from "../icons.tsx";

type RemoveRowButtonProps = Omit<ComponentProps<typeof Button>, "children" | "size" | "variant" | "className" | "aria-label" | "title"> & {
  /** Names the row, e.g. «Удалить остановку Казань». */
  label: string;
  /** The tooltip, without the row's name. */
  title: string;
};

/** The bin at the end of a row: an icon only, so its accessible name says which row it removes. */
export function RemoveRowButton({ label, title, ...button }: RemoveRowButtonProps) {
  return (
    <Button size="sm" variant="ghost" className="btn--danger-text" aria-label={label} title={title} {...button}>
      <Icon name="trash" size={16} />
    </Button>
  );
}

type AddRowButtonProps = {
  id: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
  /** What was last added, removed or moved: focus jumps to the row, so a screen reader is told in words. */
  announcement: string;
};

/** Adds a row under the list, followed by the list's live region. */
export function AddRowButton({ id, disabled, onClick, children, announcement }: AddRowButtonProps) {
  return (
    <>
      <Button id={id} icon={<Icon name="plus" size={16} />} onClick={onClick} disabled={disabled}>
        {children}
      </Button>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
