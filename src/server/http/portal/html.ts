/**
 * HTML with escaping by default: everything interpolated into `html\`…\`` is escaped unless it is
 * itself SafeHtml. Citizens wrote most of the text on the portal's pages, so the safe way is the
 * only short way to write a template.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Markup we generated ourselves (SVG built from numbers, a stylesheet): never citizens' text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A link target from stored data (a body's website, a publication's address): only http(s), so a
 * `javascript:` address typed into a form can never run on the portal. Anything else → null.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An external link, or just the text when the address is not a safe one. */
export function externalLink(url: string | null | undefined, text: Value): SafeHtml {
  const safe = safeUrl(url);
  return safe ? html`<a href="${safe}" rel="nofollow noopener external">${text}</a>` : html`${text}`;
}
