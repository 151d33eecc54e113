import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import type { Column } from "../../../ui/table.tsx";
import { EmptyState } from "../../../ui/states.tsx";
import { QueryTable } from "../../../ui/list-page/query-table.tsx";
import { Badge } from "../../../ui/badge.tsx";
import { Button } from "../../../ui/button.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { useSignInLog, type SignInLogRow } from "../hooks/user-queries.ts";
import { shortUserAgent } from "../hooks/user-agent.ts";
import "../texts.ts";

/** Recent sign-ins and refusals, newest first. */
export function SignInLog() {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useSignInLog();

  const columns: Array<Column<SignInLogRow>> = [
    { key: "at", header: t("admin.log.columns.time"), cell: (r) => <time dateTime={r.at}>{format.dateTime(r.at)}</time> },
    { key: "email", header: t("admin.log.columns.email"), primary: true, cell: (r) => <span className="mono-ish">{r.email}</span> },
    {
      key: "result",
      header: t("admin.log.columns.result"),
      cell: (r) =>
        r.success ? (
          <Badge tone="green">{t("admin.log.success")}</Badge>
        ) : (
          <span className="stack-xs">
            <Badge tone="red">{t("admin.log.failure")}</Badge>
            {r.reason && <span className="muted small">{t(`enums.signInFailureReason.${r.reason}`)}</span>}
          </span>
        ),
    },
    { key: "ip", header: t("admin.log.columns.address"), cell: (r) => <code className="code">{r.ip}</code> },
    {
      key: "agent",
      header: t("admin.log.columns.agent"),
      cell: (r) => (r.userAgent ? <span title={r.userAgent}>{shortUserAgent(r.userAgent)}</span> : <span className="muted">{t("common.none")}</span>),
    },
  ];

  return (
    <section className="section" aria-labelledby="sign-in-log">
      <div className="section__header">
        <div>
          <h2 className="section__title" id="sign-in-log">
            {t("admin.log.title")}
          </h2>
          <p className="section__intro">{t("admin.log.intro")}</p>
        </div>
        <Button size="sm" variant="ghost" icon={<Icon name="refresh" size={16} />} busy={log.isFetching && !log.isPending} onClick={() => void log.refetch()}>
          {t("admin.log.refresh")}
        </Button>
      </div>
      <QueryTable
        query={log}
        caption={t("admin.log.caption")}
        columns={columns}
        rowKey={(r) => r.id}
        rowClassName={(r) => (r.success ? undefined : "row--alert")}
        empty={<EmptyState title={t("admin.log.empty")} />}
      />
    </section>
  );
}
