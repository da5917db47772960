/**
 * §20.3 asks for links to the internet conferences and surveys held "on the open dialogue portal"
 * (§2.2, §2.5, §2.7) — dialog.egov.kz. Any other address (a t.me post, a body's own site) is not
 * such a link, however well meant.
 */
export const DIALOGUE_PORTAL_HOST = "dialog.egov.kz";

export function isDialoguePortalUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  return (
    (url.protocol === "https:" || url.protocol === "http:") &&
    (host === DIALOGUE_PORTAL_HOST || host.endsWith(`.${DIALOGUE_PORTAL_HOST}`))
  );
}
