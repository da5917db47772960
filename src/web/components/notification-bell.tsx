/**
 * The notifications bell (issue 13): the unread count on the header, the latest notifications in a
 * popover; opening one marks it read and goes where it leads. Polled once a minute.
 */
import { useEffect, useState } from "react";
import { useNavigate } from "react-router-dom";
import { Badge, Button, List, Popover, Typography } from "antd";
import { BellOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api } from "../api.ts";
import { useLoad } from "../use-load.ts";
import { fmtDateTime } from "../format.ts";
import type { Notifications } from "../types.ts";

const POLL_MS = 60_000;

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { data, reload } = useLoad(
    () => api<Notifications>("/api/notifications", { query: { limit: 10 } }),
    [i18n.language],
  );
  useEffect(() => {
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const unread = data?.unread ?? 0;

  const mark = async (ids: number[] | "all") => {
    await api("/api/notifications/read", { method: "POST", body: { ids } });
    reload();
  };

  const content = (
    <div className="notification-list" data-testid="notification-list">
      <List
        size="small"
        locale={{ emptyText: t("bell.empty") }}
        dataSource={data?.items ?? []}
        renderItem={(n) => (
          <List.Item
            className={n.readAt ? "notification-read" : "notification-unread"}
            onClick={async () => {
              setOpen(false);
              if (!n.readAt) await mark([n.id]);
              navigate(n.link);
            }}
            style={{ cursor: "pointer" }}
          >
            <List.Item.Meta
              title={n.readAt ? n.title : <Typography.Text strong>{n.title}</Typography.Text>}
              description={fmtDateTime(n.createdAt)}
            />
          </List.Item>
        )}
      />
      {unread > 0 && (
        <Button type="link" onClick={() => mark("all")} data-testid="notifications-mark-all">
          {t("bell.markAll")}
        </Button>
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      content={content}
      title={t("bell.label")}
      placement="bottomRight"
    >
      <Button
        type="text"
        className="header-button"
        aria-label={unread ? t("bell.unread", { count: unread }) : t("bell.label")}
        data-testid="notification-bell"
        icon={
          <Badge count={unread} size="small" offset={[2, -2]}>
            <BellOutlined style={{ color: "inherit", fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
