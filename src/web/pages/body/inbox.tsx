/**
 * The feedback inbox: every item from every channel, filtered by channel, kind, status, language,
 * date and text; paged on the server; bulk decisions for the body's officers; the item drawer.
 * Filters live in the address so a link (e.g. "answer these 12 comments") opens exactly that list.
 */
import { useMemo, useState, type HTMLAttributes } from "react";
import { useSearchParams } from "react-router-dom";
import { Alert, Button, Card, Checkbox, DatePicker, Input, Select, Space, Table, Tag, Typography } from "antd";
import type { CheckboxProps } from "antd";
import { CheckOutlined, CloseOutlined, MessageOutlined, ReloadOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { isBodyRole, useAuth } from "../../auth.tsx";
import { useLang } from "../../locale.tsx";
import { useLoad } from "../../use-load.ts";
import { DATE_FORMAT, fmtDate, pickName } from "../../format.ts";
import { StatusTag } from "../../components/tags.tsx";
import { CHANNELS, ITEM_KINDS, ITEM_LANGS, ITEM_STATUSES, type Body, type Item, type Paged } from "../../types.ts";
import { IndicatorCard, usePeriod } from "./indicator-card.tsx";
import { ItemDrawer } from "./item-drawer.tsx";
import { BulkModal, type BulkMode } from "./bulk-modal.tsx";
import { BulkSelectionModal } from "./bulk-selection-modal.tsx";

const FILTERS = [
  "channel",
  "kind",
  "status",
  "lang",
  "from",
  "to",
  "q",
  "initiativeId",
  "bodyId",
  "referenceMissing",
] as const;

export function InboxPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const [period, setPeriod] = usePeriod();
  const [refreshKey, setRefreshKey] = useState(0);
  const [selected, setSelected] = useState<number[]>([]);
  const [bulk, setBulk] = useState<BulkMode | null>(null);
  const [bulkAll, setBulkAll] = useState(false);
  const bodyRole = isBodyRole(me!.role);

  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? undefined])) as Record<
    (typeof FILTERS)[number],
    string | undefined
  >;
  const page = Number(params.get("page") ?? "1");
  const pageSize = Number(params.get("size") ?? "20");
  const openId = params.get("item");

  const update = (changes: Record<string, string | null | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepPage) next.delete("page");
    setParams(next);
  };

  const bodyId = bodyRole ? me!.bodyId! : filter.bodyId;
  const list = useLoad(
    () =>
      api<Paged<Item>>("/api/feedback", {
        query: {
          ...filter,
          lang: undefined,
          itemLang: filter.lang,
          bodyId,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        },
      }),
    [params.toString(), refreshKey],
  );
  const bodies = useLoad(
    () =>
      bodyRole ? Promise.resolve(null) : api<Paged<Body>>("/api/bodies", { query: { limit: 500, inScope: true } }),
    [bodyRole],
  );
  const bodyNames = useMemo(
    () => new Map((bodies.data?.items ?? []).map((b) => [b.id, pickName(b.name, lang)])),
    [bodies.data, lang],
  );
  const changed = () => {
    setRefreshKey((n) => n + 1);
  };

  const opt = (prefix: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const columns = [
    { title: t("inbox.received"), dataIndex: "receivedAt", width: 110, render: (v: string) => fmtDate(v) },
    ...(!bodyRole
      ? [{ title: t("inbox.body"), dataIndex: "bodyId", width: 200, render: (v: string) => bodyNames.get(v) ?? "…" }]
      : []),
    { title: t("inbox.channel"), dataIndex: "channel", width: 170, render: (v: string) => t(`channel.${v}`) },
    { title: t("inbox.kind"), dataIndex: "kind", width: 130, render: (v: string) => <Tag>{t(`kind.${v}`)}</Tag> },
    { title: t("inbox.lang"), dataIndex: "lang", width: 80, render: (v: string) => t(`itemLang.${v}`) },
    {
      title: t("inbox.text"),
      dataIndex: "text",
      ellipsis: true,
      render: (v: string) => <span className="item-text-cell">{v}</span>,
    },
    {
      title: t("inbox.status"),
      dataIndex: "status",
      width: 140,
      render: (_: unknown, row: Item) => (
        <>
          <StatusTag status={row.status} />
          {/* §20.1: accepted (e.g. by an import) without a reference — not in B until completed. */}
          {row.referenceMissing && (
            <Tag color="orange" data-testid="reference-missing">
              {t("inbox.referenceMissing")}
            </Tag>
          )}
          {/* §5: received outside the discussion period the informational message stated (still counted). */}
          {row.outsideDiscussionWindow && (
            <Tag data-testid="outside-window">{t(`inbox.outsideWindow.${row.outsideDiscussionWindow}`)}</Tag>
          )}
        </>
      ),
    },
  ];

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {bodyRole ? t("nav.inbox") : t("nav.allFeedback")}
      </Typography.Title>
      {bodyRole && <IndicatorCard bodyId={me!.bodyId!} period={period} onPeriod={setPeriod} refreshKey={refreshKey} />}
      <Card className="gap-top" data-testid="inbox">
        <form className="filters" role="search" aria-label={t("inbox.filters")} onSubmit={(e) => e.preventDefault()}>
          <Input.Search
            aria-label={t("inbox.search")}
            placeholder={t("inbox.searchPlaceholder")}
            defaultValue={filter.q}
            allowClear
            onSearch={(q) => update({ q: q.trim() || null })}
            style={{ width: 280 }}
            data-testid="inbox-search"
          />
          {!bodyRole && (
            <Select
              aria-label={t("inbox.body")}
              placeholder={t("inbox.body")}
              allowClear
              showSearch
              optionFilterProp="label"
              value={filter.bodyId}
              style={{ width: 240 }}
              onChange={(v?: string) => update({ bodyId: v })}
              options={[...bodyNames].map(([value, label]) => ({ value, label }))}
            />
          )}
          <Select
            aria-label={t("inbox.channel")}
            placeholder={t("inbox.channel")}
            allowClear
            value={filter.channel}
            style={{ width: 190 }}
            onChange={(v?: string) => update({ channel: v })}
            options={opt("channel", CHANNELS)}
          />
          <Select
            aria-label={t("inbox.kind")}
            placeholder={t("inbox.kind")}
            allowClear
            value={filter.kind}
            style={{ width: 160 }}
            onChange={(v?: string) => update({ kind: v })}
            options={opt("kind", ITEM_KINDS)}
            data-testid="filter-kind"
          />
          <Select
            aria-label={t("inbox.status")}
            placeholder={t("inbox.status")}
            allowClear
            value={filter.status}
            style={{ width: 170 }}
            onChange={(v?: string) => update({ status: v })}
            options={opt("status", ITEM_STATUSES)}
            data-testid="filter-status"
          />
          <Select
            aria-label={t("inbox.lang")}
            placeholder={t("inbox.lang")}
            allowClear
            value={filter.lang}
            style={{ width: 140 }}
            onChange={(v?: string) => update({ lang: v })}
            options={opt("itemLang", ITEM_LANGS)}
          />
          <DatePicker.RangePicker
            aria-label={t("inbox.dates")}
            format={DATE_FORMAT}
            allowEmpty={[true, true]}
            value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
            onChange={(range) =>
              update({ from: range?.[0]?.format("YYYY-MM-DD"), to: range?.[1]?.format("YYYY-MM-DD") })
            }
          />
          <Checkbox
            checked={filter.referenceMissing === "true"}
            onChange={(e) => update({ referenceMissing: e.target.checked ? "true" : null })}
            data-testid="filter-reference-missing"
          >
            {t("inbox.referenceMissingFilter")}
          </Checkbox>
          <Button icon={<ReloadOutlined />} onClick={() => setParams(new URLSearchParams())}>
            {t("inbox.reset")}
          </Button>
        </form>
        {filter.initiativeId && (
          <Tag closable onClose={() => update({ initiativeId: null })} className="gap-bottom">
            {t("inbox.oneInitiative")}
          </Tag>
        )}
        {bodyRole && (list.data?.total ?? 0) > 0 && (
          <Button className="gap-bottom" onClick={() => setBulkAll(true)} data-testid="bulk-all">
            {t("bulkAll.button", { count: list.data?.total ?? 0 })}
          </Button>
        )}
        {bodyRole && selected.length > 0 && (
          <Space className="bulk-bar" wrap>
            <Typography.Text strong>{t("inbox.selected", { count: selected.length })}</Typography.Text>
            <Button icon={<CheckOutlined />} onClick={() => setBulk("accept")}>
              {t("bulk.accept")}
            </Button>
            <Button icon={<CloseOutlined />} onClick={() => setBulk("reject")}>
              {t("bulk.reject")}
            </Button>
            <Button icon={<MessageOutlined />} onClick={() => setBulk("answer")}>
              {t("bulk.answer")}
            </Button>
            <Button type="link" onClick={() => setSelected([])}>
              {t("inbox.clearSelection")}
            </Button>
          </Space>
        )}
        {list.error && <Alert type="error" showIcon message={list.error.message} />}
        <Table<Item>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          columns={columns}
          rowSelection={
            bodyRole
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as number[]),
                  // A screen reader names each checkbox by its item, not just "checkbox"
                  // (antd passes it to the input; its CheckboxProps type just does not list aria-* attributes.)
                  getTitleCheckboxProps: () => ({ "aria-label": t("inbox.selectPage") }) as Partial<CheckboxProps>,
                  getCheckboxProps: (row) =>
                    ({ "aria-label": t("inbox.selectItem", { id: row.id }) }) as Partial<CheckboxProps>,
                }
              : undefined
          }
          onRow={(row) =>
            ({
              onClick: () => update({ item: String(row.id) }, true),
              onKeyDown: (e) => {
                if (e.key === "Enter") update({ item: String(row.id) }, true);
              },
              tabIndex: 0,
              className: "clickable-row",
              "data-item-id": row.id,
              title: t("inbox.openItem"),
            }) as HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t("inbox.total", { count: total }),
            onChange: (p, s) => update({ page: String(p), size: String(s) }, true),
          }}
        />
      </Card>
      {openId && (
        <ItemDrawer
          id={Number(openId)}
          canAct={bodyRole}
          onClose={() => update({ item: null }, true)}
          onChanged={changed}
        />
      )}
      {bulkAll && (
        <BulkSelectionModal
          count={list.data?.total ?? 0}
          filter={{
            channel: filter.channel as never,
            kind: filter.kind as never,
            status: filter.status as never,
            itemLang: filter.lang as never,
            from: filter.from,
            to: filter.to,
            q: filter.q,
            initiativeId: filter.initiativeId,
            referenceMissing: filter.referenceMissing === "true" ? true : undefined,
          }}
          onClose={(changed) => {
            setBulkAll(false);
            if (changed) setRefreshKey((n) => n + 1);
          }}
        />
      )}
      {bulk && (
        <BulkModal
          mode={bulk}
          items={(list.data?.items ?? []).filter((i) => selected.includes(i.id))}
          onClose={(done) => {
            setBulk(null);
            if (done) {
              setSelected([]);
              changed();
            }
          }}
        />
      )}
    </div>
  );
}
