import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useT } from "../i18n";

export interface NoticeValue {
  intent: "error" | "warning" | "success" | "info";
  title?: string;
  text: string;
}

/** Errors and confirmations, announced to screen readers (MessageBar is a live region). */
export function Notice({ notice, onDismiss }: { notice: NoticeValue; onDismiss: () => void }) {
  const t = useT();
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
