/**
 * What the two monitor cards of the import screen share (official accounts, issue 3; portal
 * pages, issue 17): the card with its intro, the load error, and the last action's failure shown
 * on the card (closable) rather than thrown, so an officer sees why "save" or "run now" did nothing.
 */
import { useState, type ReactNode } from "react";
import { Alert, Card, Typography } from "antd";
import { ApiError } from "../../api.ts";

export function useActionFailure() {
  const [failure, setFailure] = useState<string | null>(null);
  /** Runs an action; its error becomes the card's failure. Resolves to whether it succeeded. */
  const attempt = async (action: () => Promise<unknown>): Promise<boolean> => {
    setFailure(null);
    try {
      await action();
      return true;
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
      return false;
    }
  };
  return { failure, clear: () => setFailure(null), attempt };
}

export function MonitorCardFrame(props: {
  title: string;
  intro: string;
  testId: string;
  extra?: ReactNode;
  error: Error | null | undefined;
  failure: string | null;
  onCloseFailure: () => void;
  children: ReactNode;
}) {
  return (
    <Card className="gap-top" title={props.title} data-testid={props.testId} extra={props.extra}>
      <Typography.Paragraph type="secondary">{props.intro}</Typography.Paragraph>
      {props.error && <Alert type="error" showIcon message={props.error.message} className="gap-bottom" />}
      {props.failure && (
        <Alert
          type="error"
          showIcon
          message={props.failure}
          className="gap-bottom"
          closable
          onClose={props.onCloseFailure}
        />
      )}
      {props.children}
    </Card>
  );
}
