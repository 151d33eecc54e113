// One section of the partner dossier with its own loading, error and empty states:
// the dossier is one request, but each block says for itself what it is waiting for
// or what went wrong, so the page never shows one blank.
import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isNetworkError } from "../../../lib/errors.ts";
import { useFormat } from "../../../lib/format.ts";
import { Button } from "../../../ui/button.tsx";
import { Skeleton } from "../../../ui/spinner.tsx";
import type { PartnerDossier, PartnerDossierQuery } from "../hooks/partner-queries.ts";
import { printLimits } from "./dossier-items.tsx";
import "../texts.ts";

type Props = {
  id: string;
  title: ReactNode;
  query: PartnerDossierQuery;
  /** The number shown next to the title once loaded. */
  count?: (d: PartnerDossier) => number | null;
  /** When true the block shows `empty` instead of its body; without it, when `count` is 0. */
  isEmpty?: (d: PartnerDossier) => boolean;
  empty?: ReactNode;
  children: (d: PartnerDossier) => ReactNode;
  className?: string;
  lines?: number;
};

export function DossierBlock({ id, title, query, count, isEmpty = (d) => count?.(d) === 0, empty, children, className, lines = 4 }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const n = query.data && count ? count(query.data) : null;
  return (
    <section className={`card dossier-block ${className ?? ""}`} aria-labelledby={id} aria-busy={query.isPending || undefined}>
      <h2 className="card__title dossier-block__title" id={id}>
        {title}
        {n !== null && n > 0 && <span className="count-pill">{format.number(n)}</span>}
      </h2>
      {query.isPending ? (
        <Skeleton lines={lines} />
      ) : query.isError ? (
        <div className="dossier-block__error" role="alert">
          <p>{isNetworkError(query.error) ? t("errors.network") : t("dossier.blockError")}</p>
          <Button size="sm" onClick={() => void query.refetch()}>
            {t("common.retry")}
          </Button>
        </div>
      ) : isEmpty(query.data) ? (
        <p className="muted dossier-block__empty">{empty}</p>
      ) : (
        children(query.data)
      )}
    </section>
  );
}

/**
 * "Показано 8 из 469" under a cut list, with a link to the full list. `printLimit`:
 * the printed briefing shows fewer rows (partner-page.css), and says so.
 */
export function ShownOf({ shown, total, more, printLimit }: { shown: number; total: number; more?: ReactNode; printLimit?: number }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const printed = printLimit === undefined ? shown : Math.min(shown, printLimit);
  const text = (n: number) => t("common.shown", { shown: format.number(n), total: format.number(total) });
  if (total <= shown && !more && total <= printed) return null;
  return (
    <p className="dossier-more">
      {total > shown && <span className={printed < shown ? "dossier-screen-only" : undefined}>{text(shown)}</span>}
      {printed < shown && <span className="dossier-print-only">{text(printed)}</span>}
      {more}
    </p>
  );
}

/** The first items of one of the dossier's lists and how many there are in all. */
type DossierPage<TItem> = { items: TItem[]; total: number };

type DossierListProps<TItem extends { id: string }> = {
  page: DossierPage<TItem>;
  /** How many rows the printed briefing keeps (printLimits). */
  printLimit: number;
  className?: string;
  /** Shown instead of the list when it has no items. */
  empty?: ReactNode;
  /** The link to the whole list, offered only when the dossier shows part of it. */
  all?: ReactNode;
  /** One item's `<li>`. */
  children: (item: TItem) => ReactNode;
};

/** A list the dossier cuts: its items, then how many of how many are shown, on screen and in print. */
export function DossierList<TItem extends { id: string }>({
  page,
  printLimit,
  className = "dossier-list",
  empty,
  all,
  children,
}: DossierListProps<TItem>): ReactNode {
  if (page.total === 0 && empty !== undefined) return <p className="muted">{empty}</p>;
  return (
    <>
      <ul className={className} data-print-limit={printLimit}>
        {page.items.map((item) => (
          <Fragment key={item.id}>{children(item)}</Fragment>
        ))}
      </ul>
      <ShownOf shown={page.items.length} total={page.total} printLimit={printLimit} more={page.total > page.items.length && all} />
    </>
  );
}

/** A part of a block under its own subheading (upcoming and past events; their people and ours). */
export function DossierGroup<TItem extends { id: string }>({ title, ...list }: DossierListProps<TItem> & { title?: ReactNode }): ReactNode {
  return (
    <div className="dossier-sub">
      {title && <h3 className="dossier-sub__title">{title}</h3>}
      <DossierList {...list} />
    </div>
  );
}

type DossierListBlockProps<TItem extends { id: string }> = Omit<Props, "count" | "isEmpty" | "children"> &
  Omit<DossierListProps<TItem>, "page" | "empty" | "className"> & {
    /** The block's list in the dossier. */
    list: (d: PartnerDossier) => DossierPage<TItem>;
  };

/** A block that is one cut list, counted in its heading (agreements, projects, follow-ups). */
export function DossierListBlock<TItem extends { id: string }>({ list, printLimit, all, children, ...block }: DossierListBlockProps<TItem>): ReactNode {
  return (
    <DossierBlock {...block} count={(d) => list(d).total}>
      {(d) => (
        <DossierList page={list(d)} printLimit={printLimit} all={all}>
          {children}
        </DossierList>
      )}
    </DossierBlock>
  );
}

/**
 * The blocks made of groups, with their groups in the order shown. Each takes its id, its
 * texts (`dossier.<block>.title`, `.empty`, `.<group>`, `.<group>Empty`) and its print limit
 * from its name, so the two blocks cannot drift apart in how they are put together.
 */
const groupedBlocks = { events: ["upcoming", "past"], people: ["theirs", "ours"] } as const;
type TGroupedBlock = keyof typeof groupedBlocks;
type TGroupOf<B extends TGroupedBlock> = (typeof groupedBlocks)[B][number];
type TGroupTextKey = { [B in TGroupedBlock]: `dossier.${B}.${TGroupOf<B>}` }[TGroupedBlock];

/** The lists of a grouped block, by group; its items' type is read from them. */
type GroupedLists<B extends TGroupedBlock> = Record<TGroupOf<B>, DossierPage<{ id: string }>>;

type DossierGroupsBlockProps<B extends TGroupedBlock, TLists extends GroupedLists<B>> = Omit<
  Props,
  "id" | "title" | "empty" | "count" | "isEmpty" | "children" | "className"
> &
  Omit<DossierListProps<TLists[TGroupOf<B>]["items"][number]>, "page" | "empty" | "printLimit"> & {
    block: B;
    /** The block's lists by group. */
    groups: (d: PartnerDossier) => TLists;
    /** Classes of an element around the groups, where they are laid out together. */
    groupsClassName?: string;
  };

/** A block of lists under their own subheadings, empty only when every one of them is. */
export function DossierGroupsBlock<B extends TGroupedBlock, TLists extends GroupedLists<B>>({
  block,
  groups,
  groupsClassName,
  className,
  all,
  children,
  ...rest
}: DossierGroupsBlockProps<B, TLists>): ReactNode {
  const { t } = useTranslation();
  const name: TGroupedBlock = block;
  const order: ReadonlyArray<TGroupOf<B>> = groupedBlocks[block];
  return (
    <DossierBlock
      {...rest}
      id={`dossier-${name}`}
      title={t(`dossier.${name}.title`)}
      empty={t(`dossier.${name}.empty`)}
      isEmpty={(d) => order.every((group) => groups(d)[group].total === 0)}
    >
      {(d) => {
        const shown = order.map((group) => {
          // The block's name and one of its own groups: a key of the table above.
          const key = `dossier.${name}.${group}` as TGroupTextKey;
          return (
            <DossierGroup
              key={group}
              title={t(key)}
              empty={t(`${key}Empty`)}
              page={groups(d)[group]}
              printLimit={printLimits[name]}
              className={className}
              all={all}
            >
              {children}
            </DossierGroup>
          );
        });
        return groupsClassName ? <div className={groupsClassName}>{shown}</div> : shown;
      }}
    </DossierBlock>
  );
}
