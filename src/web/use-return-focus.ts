/**
 * Focus goes back to what opened a drawer or modal once it closes (Esc, the close button or a
 * save), so a keyboard or screen-reader user keeps their place in the list (WCAG 2.4.3). antd's
 * Modal restores focus itself only when it stays mounted; ours are mounted while open and removed
 * on close, and antd's Drawer never restores it.
 */
import { useEffect, useState } from "react";

export function useReturnFocus(open = true): void {
  // Read during the first render with `open`: the drawer's own autofocus runs in an effect, so the
  // opener (the clicked row button, the bulk-action button) still has the focus here.
  const [opener, setOpener] = useState<HTMLElement | null>(() => (open ? activeElement() : null));
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    setOpener(open ? activeElement() : null);
  }
  useEffect(() => {
    if (!open || !opener) return;
    // The cleanup runs on close and on unmount; the next frame lets antd finish removing the panel.
    return () => {
      requestAnimationFrame(() => {
        if (opener.isConnected && !document.activeElement?.closest(".ant-modal-wrap, .ant-drawer-content"))
          opener.focus({ preventScroll: true });
      });
    };
  }, [open, opener]);
}

function activeElement(): HTMLElement | null {
  const el = typeof document === "undefined" ? null : document.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : null;
}
