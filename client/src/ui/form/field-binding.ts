// Every field of a form is wired the same way: its name, its value, a change that goes
// through `form.set` (so its messages are cleared), the messages under its path and,
// in a record form after a conflict, the other user's value. Spelled out, that is five
// lines a field that differ only in the field's name; `bindFields` writes them once.
import type { ChangeEvent, ReactNode } from "react";

/** What the binding needs of a form: lib/use-form.ts and lib/use-record-form.ts both give it. */
type BindableForm<V> = {
  values: V;
  set: <K extends keyof V>(field: K, value: V[K]) => void;
  error: (path: string) => string[] | undefined;
};

/** Fields that take any typed text (a text input or area). */
type TextKeys<V> = { [K in keyof V]: string extends V[K] ? K : never }[keyof V] & string;
/** Fields whose value is one of a fixed set of strings (a select over an enum). */
type ChoiceKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

type Bound<T> = { name: string; value: T; error: string[] | undefined; note: ReactNode };

export function bindFields<V extends object>(form: BindableForm<V>, theirNote?: (field: keyof V) => ReactNode) {
  const bound = <K extends keyof V & string>(field: K): Bound<V[K]> => ({
    name: field,
    value: form.values[field],
    error: form.error(field),
    note: theirNote?.(field),
  });
  return {
    /** For TextField and TextArea. */
    text: <K extends TextKeys<V>>(field: K) => ({
      ...bound(field),
      // K accepts any string (TextKeys), which TypeScript cannot see through the index.
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => form.set(field, event.target.value as V[K]),
    }),
    /** For a Select whose options are the field's own values, so what it reports is one of them. */
    choice: <K extends ChoiceKeys<V>>(field: K) => ({
      ...bound(field),
      onChange: (event: ChangeEvent<HTMLSelectElement>) => form.set(field, event.target.value as V[K]),
    }),
    /** For controls that report the new value itself (VocabularySelect, PartnerPicker, SourcePicker…). */
    value: <K extends keyof V & string>(field: K) => ({
      ...bound(field),
      onChange: (next: V[K]) => form.set(field, next),
    }),
  };
}

/** Row fields whose value is text. */
type RowTextKeys<Row> = { [K in keyof Row]: Row[K] extends string ? K : never }[keyof Row] & string;

/**
 * The same for the text fields of one row of a list (the stops of a tour, the sites of a
 * project): named and checked by their path ("stops.2.place"), changed by patching the row.
 */
export function bindRowFields<Row extends object>(form: Pick<BindableForm<unknown>, "error">, path: string, row: Row, patch: (change: Partial<Row>) => void) {
  return {
    text: <K extends RowTextKeys<Row>>(key: K) => ({
      name: `${path}.${key}`,
      value: row[key],
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => patch({ [key]: event.target.value } as Partial<Row>),
      error: form.error(`${path}.${key}`),
    }),
  };
}
