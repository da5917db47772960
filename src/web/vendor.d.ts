/**
 * echarts 5's type files use extensionless relative imports that TypeScript's NodeNext resolution
 * rejects; the web app imports echarts' own ESM entry (which has no types) and declares the little
 * it passes on to echarts-for-react.
 */
declare module "echarts/lib/echarts.js" {
  export function init(dom: HTMLElement, theme?: unknown, opts?: unknown): unknown;
  export function use(extensions: unknown): void;
}
