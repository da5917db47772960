/**
 * The portal's one stylesheet, served at /portal/assets/portal.css (the CSP allows 'self' styles).
 * Kept as a module so it ships with the server code whatever the build copies. Colours meet
 * WCAG AA contrast for their text; bands are never told by colour alone (the name is always shown).
 */
export const PORTAL_CSS = `
:root { --fg: #1f2937; --muted: #4b5563; --bg: #ffffff; --line: #d0d7de; --accent: #0b4f8a; --soft: #f3f6f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
header.site { background: var(--accent); color: #fff; }
header.site a { color: #fff; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header.site .wrap { display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: center; justify-content: space-between; padding-top: .75rem; padding-bottom: .75rem; }
.brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
nav.lang a[aria-current="true"] { font-weight: 700; text-decoration: none; border-bottom: 2px solid #fff; }
main { padding: 1rem 0 2rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
.lead, .muted { color: var(--muted); }
form.filter { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; background: var(--soft); padding: 1rem; border-radius: 6px; border: 0; margin: 0 0 1rem; }
form.filter label { display: flex; flex-direction: column; font-size: .9rem; gap: .2rem; }
form.filter input, form.filter select { font: inherit; padding: .35rem .5rem; border: 1px solid #8c959f; border-radius: 4px; min-width: 12rem; }
form.filter button { font: inherit; padding: .4rem 1rem; background: var(--accent); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.band { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .85rem; white-space: nowrap; }
.band-high { background: #e3f4e6; color: #14532d; }
.band-medium { background: #fff8d6; color: #5c4a00; }
.band-low { background: #fef0e1; color: #7a3a00; }
.band-ineffective { background: #fde8e7; color: #8a1c12; }
.band-none { background: #eef0f3; color: #374151; }
figure.chart { margin: 1rem 0; max-width: 44rem; }
figure.chart svg { max-width: 100%; height: auto; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
ul.downloads { padding-left: 1.2rem; }
ul.initiatives { list-style: none; padding: 0; }
ul.initiatives li { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: .5rem 0; }
blockquote { margin: 0; white-space: pre-wrap; }
details { margin: .25rem 0; }
/* A phone (375 px) shows what a reader came for — the body, F and its band — without scrolling sideways:
   kind, region and period (all three are filters above) give way; in wider tables scrolled sideways the
   row's name stays in view. */
.table-scroll th[scope="row"] { position: sticky; left: 0; background: var(--bg); }
@media (max-width: 40rem) {
  .wide-only { display: none; }
  .band { white-space: normal; }
  /* Scaled down to a phone's width the charts' 13 px labels came out near 5 px: they keep their
     size and the chart scrolls in its own box (its description states every value for readers). */
  figure.chart { overflow-x: auto; }
  figure.chart svg { max-width: none; }
  .table-scroll th[scope="row"] { position: static; }
  table { font-size: .9rem; }
  th, td { padding: .35rem .3rem; }
  h1 { font-size: 1.4rem; }
}
footer.site { border-top: 1px solid var(--line); padding: 1rem 0 2rem; color: var(--muted); font-size: .9rem; }
`;
