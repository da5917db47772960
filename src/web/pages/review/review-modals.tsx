/** The head's return and assignment dialogs and the officer's "done" dialog of the §15 review. */
import { useState } from "react";
import { Alert, App, Button, DatePicker, Form, Input, Modal, Space, type ButtonProps } from "antd";
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { DATE_FORMAT } from "../../format.ts";
import type { ReviewAction } from "./types.ts";
import { useSubmitOnce } from "../../use-submit-once.ts";

type Close = (changed: boolean) => void;

/** Sends the form (once: a second submit while pending does nothing), toasts what was done, keeps the dialog open with the server's message when it refuses. */
function useSend(onClose: Close, done: string) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const once = useSubmitOnce();
  const send = once(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      void message.success(done);
      onClose(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  });
  return { busy, error, send };
}

export function ReturnModal({ reviewId, onClose }: { reviewId: string; onClose: Close }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ comments: string }>();
  const { busy, error, send } = useSend(onClose, t("review.returnedDone"));
  return (
    <Modal
      open
      title={t("review.returnTitle")}
      onCancel={() => onClose(false)}
      okText={t("review.return")}
      cancelText={t("common.cancel")}
      okButtonProps={{ danger: true, loading: busy, "data-testid": "return-submit" } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} className="gap-bottom" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          send(() => api(`/api/reviews/${reviewId}/return`, { method: "POST", body: { comments: v.comments.trim() } }))
        }
      >
        <Form.Item
          name="comments"
          label={t("review.comments")}
          rules={[{ required: true, whitespace: true, message: t("review.commentsRequired") }]}
        >
          <Input.TextArea rows={5} maxLength={10_000} data-testid="return-comments-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ActionRow {
  unitName: string;
  description: string;
  dueOn: Dayjs;
}

export function AssignModal({ reviewId, onClose }: { reviewId: string; onClose: Close }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ actions: ActionRow[] }>();
  const { busy, error, send } = useSend(onClose, t("review.assignedDone"));
  const submit = (v: { actions: ActionRow[] }) =>
    send(() =>
      api(`/api/reviews/${reviewId}/actions`, {
        method: "POST",
        body: {
          actions: v.actions.map((a) => ({
            unitName: a.unitName.trim(),
            description: a.description.trim(),
            dueOn: a.dueOn.format("YYYY-MM-DD"),
          })),
        },
      }),
    );
  return (
    <Modal
      open
      width={760}
      title={t("review.assignTitle")}
      onCancel={() => onClose(false)}
      okText={t("review.assign")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: busy, "data-testid": "assign-submit" } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} className="gap-bottom" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ actions: [{ dueOn: dayjs().add(30, "day") }] }}
      >
        <Form.List name="actions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <fieldset
                  key={field.key}
                  className="review-action-fields"
                  aria-label={t("review.actionN", { n: index + 1 })}
                >
                  <Space align="start" wrap>
                    <Form.Item
                      name={[field.name, "unitName"]}
                      label={t("review.unit")}
                      rules={[{ required: true, whitespace: true, message: t("review.unitRequired") }]}
                    >
                      <Input maxLength={300} style={{ width: 220 }} data-testid={`assign-unit-${index}`} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "description"]}
                      label={t("review.actionText")}
                      rules={[{ required: true, whitespace: true, message: t("review.actionRequired") }]}
                    >
                      <Input.TextArea
                        rows={2}
                        maxLength={4000}
                        style={{ width: 300 }}
                        data-testid={`assign-text-${index}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "dueOn"]}
                      label={t("review.dueOn")}
                      rules={[{ required: true, message: t("review.dueRequired") }]}
                    >
                      <DatePicker format={DATE_FORMAT} data-testid={`assign-due-${index}`} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t("review.removeAction", { n: index + 1 })}
                        onClick={() => remove(field.name)}
                        className="gap-top"
                      />
                    )}
                  </Space>
                </fieldset>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ dueOn: dayjs().add(30, "day") })}>
                {t("review.addAction")}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

export function DoneModal({ action, onClose }: { action: ReviewAction; onClose: Close }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const { busy, error, send } = useSend(onClose, t("review.markedDone"));
  return (
    <Modal
      open
      title={t("review.doneTitle", { unit: action.unitName })}
      onCancel={() => onClose(false)}
      okText={t("review.markDone")}
      cancelText={t("common.cancel")}
      okButtonProps={{ loading: busy, "data-testid": "done-submit" } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} className="gap-bottom" />}
      <p>{action.description}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ note: action.note ?? "" }}
        onFinish={(v) =>
          send(() =>
            api(`/api/review-actions/${action.id}`, { method: "PATCH", body: { status: "done", note: v.note.trim() } }),
          )
        }
      >
        <Form.Item
          name="note"
          label={t("review.doneNote")}
          rules={[{ required: true, whitespace: true, message: t("review.noteRequired") }]}
        >
          <Input.TextArea rows={4} maxLength={4000} data-testid="done-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
