/**
 * Focus goes back to what opened a drawer or modal once it closes (Esc, the close button or a
 * save), so a keyboard or screen-reader user keeps their place in the list (WCAG 2.4.3). antd's
 * Modal restores focus itself only when it stays mounted; ours are mounted while open and removed
 * on close, and antd's Drawer never restores it.
 */
import { useEffect, useState } from "react";

/**
 * For a drawer mounted already open (the inbox's item drawer): rc-drawer focuses its panel when
 * `open` changes, before the panel is rendered, so the focus stayed on the row and Esc (handled on
 * the panel) closed nothing. Tries for a few frames until the panel is there.
 */
export function useFocusDrawerOnOpen(): void {
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      // The drawer's root is what rc-drawer itself focuses (tabindex -1) and where it handles Esc.
      const panels = document.querySelectorAll<HTMLElement>(".ant-drawer.ant-drawer-open");
      const panel = panels[panels.length - 1];
      if (panel) {
        if (!panel.contains(document.activeElement)) panel.focus({ preventScroll: true });
        return;
      }
      if (++tries < 30) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, []);
}

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
