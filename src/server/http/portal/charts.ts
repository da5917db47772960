/**
 * Charts as inline SVG rendered on the server: no script, readable by screen readers (role="img"
 * with a title and a description that states every value), printable, and indexable.
 */
import { html, trusted, type SafeHtml } from "./html.ts";

const BAND_COLORS: Record<string, string> = {
  high: "#16a34a",
  medium: "#ca8a04",
  low: "#ea580c",
  ineffective: "#dc2626",
  none: "#98a2b3",
  nothing_received: "#c7cdd6",
  not_submitted: "#667085",
};

export interface DistributionBar {
  key: string;
  label: string;
  count: number;
}

/** Horizontal bars, one per band: the label, the bar, the count at its end. */
export function distributionChart(id: string, title: string, description: string, bars: DistributionBar[]): SafeHtml {
  const rowHeight = 34;
  const labelWidth = 230;
  const barArea = 340;
  const width = labelWidth + barArea + 60;
  const height = bars.length * rowHeight + 10;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const rows = bars.map((bar, i) => {
    const y = 5 + i * rowHeight;
    const w = Math.round((bar.count / max) * barArea);
    return html`<g>
<text x="${labelWidth - 8}" y="${y + 20}" text-anchor="end" font-size="13" fill="#1f2937">${bar.label}</text>
<rect x="${labelWidth}" y="${y + 5}" width="${Math.max(w, 1)}" height="${rowHeight - 12}" fill="${BAND_COLORS[bar.key] ?? "#98a2b3"}"></rect>
<text x="${labelWidth + Math.max(w, 1) + 6}" y="${y + 20}" font-size="13" fill="#1f2937">${bar.count}</text>
</g>`;
  });
  return html`<figure class="chart"><figcaption id="${id}-caption">${title}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc>${rows}</svg></figure>`;
}

export interface HistoryPoint {
  label: string;
  F: number;
  band: string;
}

/** F per period as bars coloured by band, joined by a line, over the §23 band edges (50, 70, 90). */
export function historyChart(id: string, title: string, description: string, points: HistoryPoint[]): SafeHtml {
  const left = 40;
  const top = 12;
  const plotHeight = 200;
  const step = Math.max(56, Math.min(110, Math.floor(560 / Math.max(points.length, 1))));
  const width = Math.max(left + step * points.length + 20, 320);
  const height = top + plotHeight + 40;
  const yOf = (F: number) => top + plotHeight - (F / 100) * plotHeight;
  const grid = [0, 50, 70, 90, 100].map(
    (
      v,
    ) => html`<line x1="${left}" x2="${width - 10}" y1="${yOf(v)}" y2="${yOf(v)}" stroke="#d0d7de" stroke-dasharray="${v === 0 || v === 100 ? "" : "4 3"}"></line>
<text x="${left - 6}" y="${yOf(v) + 4}" text-anchor="end" font-size="11" fill="#4b5563">${v}</text>`,
  );
  const barWidth = Math.round(step * 0.5);
  const bars = points.map((p, i) => {
    const x = left + i * step + (step - barWidth) / 2;
    const y = yOf(p.F);
    return html`<g><rect x="${x}" y="${y}" width="${barWidth}" height="${Math.max(top + plotHeight - y, 1)}" fill="${BAND_COLORS[p.band] ?? "#98a2b3"}" opacity="0.85"></rect>
<text x="${x + barWidth / 2}" y="${Math.max(y - 4, top + 10)}" text-anchor="middle" font-size="12" fill="#1f2937">${p.F.toFixed(1)}</text>
<text x="${x + barWidth / 2}" y="${top + plotHeight + 18}" text-anchor="middle" font-size="11" fill="#1f2937">${p.label}</text></g>`;
  });
  const line =
    points.length > 1
      ? trusted(
          `<polyline fill="none" stroke="#0b4f8a" stroke-width="2" points="${points.map((p, i) => `${left + i * step + step / 2},${yOf(p.F)}`).join(" ")}"></polyline>`,
        )
      : trusted("");
  return html`<figure class="chart"><figcaption id="${id}-caption">${title}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc>${grid}${bars}${line}</svg></figure>`;
}
