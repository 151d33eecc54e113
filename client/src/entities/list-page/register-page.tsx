// The frame of a register page (partners, meetings, agreements, events, projects, exports):
// its title row with «Добавить», its results with the sort in the URL, and its two empty
// states. The texts come from the register's locale section and its facts (registers.ts) from
// its own page, so every register says the same things in the same places and a new one
// cannot forget one.
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ListSort, SortDirection } from "../../lib/search-params.ts";
import { useHasRole } from "../../lib/session.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import type { Column, SortState } from "../../ui/table.tsx";
import { ButtonLink } from "../../ui/list-page/button-link.tsx";
import type { DownloadTarget } from "../downloads/download-menu.tsx";
import type { CountedTotal } from "../../lib/list-total.ts";
import { ListEmptyState, ListResults, ListTotal, type InfiniteList } from "./list-results.tsx";
import type { Register } from "./registers.ts";

/** «+ Добавить …» of a register, for those who may edit; null for the others. */
export function useRegisterAddLink({ addPath, addLabel }: Register): ReactNode {
  const { t } = useTranslation();
  const canEdit = useHasRole("EDITOR");
  return canEdit ? (
    <ButtonLink to={addPath} variant="primary" icon="plus">
      {t(addLabel)}
    </ButtonLink>
  ) : null;
}

type RegisterHeaderProps = {
  register: Register;
  total: CountedTotal | null;
  /** Shown to editors after «Добавить». */
  editorActions?: ReactNode;
};

/** A register's title row: its title (also the browser tab's), the total once known, the intro and «Добавить». */
export function RegisterHeader({ register, total, editorActions }: RegisterHeaderProps): ReactNode {
  const { t } = useTranslation();
  const { section } = register;
  const addLink = useRegisterAddLink(register);
  useDocumentTitle(t(`${section}.title`));
  return (
    <PageHeader
      title={t(`${section}.title`)}
      intro={t(`${section}.intro`)}
      meta={<ListTotal total={total} label={(count, formatted) => t(`${section}.total`, { count, formatted })} />}
      actions={
        addLink && (
          <>
            {addLink}
            {editorActions}
          </>
        )
      }
    />
  );
}

type Sorted<F extends string> = { sort?: F; dir?: SortDirection };
type SortParams<F extends string, S extends Sorted<F>> = {
  current: (search: S) => ListSort<F>;
  clicked: (search: S, next: SortState<F>) => S;
};

/**
 * A register's view as its URL holds it: the sort (a header click writes it back), whether a
 * filter is set, and clearing the filter, which keeps the sort.
 */
export function urlView<F extends string, S extends Sorted<F>>(
  search: S,
  onChange: (next: S) => void,
  sortParams: SortParams<F, S>,
  isFiltered: (search: S) => boolean,
) {
  const { field, direction } = sortParams.current(search);
  return {
    sort: { key: field, direction },
    onSort: (next: SortState<F>) => onChange(sortParams.clicked(search, next)),
    filtered: isFiltered(search),
    // Every key of a register's search is optional: the sort alone is a whole search.
    onReset: () => onChange({ sort: search.sort, dir: search.dir } as S),
  };
}

type RegisterResultsProps<T extends { id: string }, F extends string> = {
  register: Register;
  list: InfiniteList<T>;
  columns: Array<Column<T, F>>;
  /** The list query's input now, for «Скачать». */
  input: DownloadTarget["input"];
  /** These four from `urlView`. */
  sort: SortState<F>;
  onSort: (next: SortState<F>) => void;
  filtered: boolean;
  onReset: () => void;
  /** In place of the register's two empty states, when it has more to say (a tab's, say). */
  empty?: ReactNode;
  rowClassName?: (row: T) => string | undefined;
  className?: string;
  toolbar?: ReactNode;
  as?: "section" | "div";
};

/** A register's results: rows keyed by id, captioned, sortable and downloadable as its section and facts say. */
export function RegisterResults<T extends { id: string }, F extends string>({
  register,
  input,
  filtered,
  onReset,
  empty,
  ...props
}: RegisterResultsProps<T, F>): ReactNode {
  const { t } = useTranslation();
  const { section } = register;
  const addLink = useRegisterAddLink(register);
  return (
    <ListResults<T, F>
      {...props}
      download={{ list: register.download, input }}
      caption={t(`${section}.caption`)}
      rowKey={(row) => row.id}
      sortLabel={(header) => t(`${section}.sortBy`, { column: header })}
      empty={empty ?? <RegisterEmptyState register={register} filtered={filtered} onReset={onReset} action={addLink} />}
    />
  );
}

type RegisterEmptyStateProps = {
  register: Register;
  /** A filter hides every row: say so and offer to clear it. */
  filtered: boolean;
  onReset: () => void;
  /** What the register's own empty state offers (usually «Добавить», for those who may). */
  action?: ReactNode;
  /** The register's own empty state, when it says more than its section's `empty` texts. */
  title?: string;
  text?: string;
};

/** The register's two empty states, in the words of its section. */
export function RegisterEmptyState({ register, filtered, onReset, action, title, text }: RegisterEmptyStateProps): ReactNode {
  const { t } = useTranslation();
  const { section } = register;
  return (
    <ListEmptyState
      filtered={filtered}
      filteredTitle={t(`${section}.emptyFiltered.title`)}
      filteredText={t(`${section}.emptyFiltered.text`)}
      resetLabel={t(register.resetLabel)}
      onReset={onReset}
      title={title ?? t(`${section}.empty.title`)}
      text={text ?? t(`${section}.empty.text`)}
      action={action}
    />
  );
}
