/**
 * ECharts through echarts-for-react's core build, with only the chart types Pikir draws (bar,
 * line, pie) registered, so the charts chunk stays small on an office PC.
 */
import * as core from "echarts-for-react/esm/core.js";
import * as echarts from "echarts/lib/echarts.js";
import "echarts/lib/chart/bar.js";
import "echarts/lib/chart/line.js";
import "echarts/lib/chart/pie.js";
import "echarts/lib/component/grid.js";
import "echarts/lib/component/legend.js";
import "echarts/lib/component/tooltip.js";
import "echarts/lib/component/title.js";
import "echarts/lib/component/aria.js";

// The package ships ESM without "type": "module", so TypeScript sees a CommonJS namespace while the
// bundler sees the class itself; accept either shape.
type CoreComponent = typeof import("echarts-for-react/esm/core.js").default;
const ReactEChartsCore = ((core as unknown as { default?: unknown }).default ?? core) as CoreComponent;

export type ChartOption = Record<string, unknown>;
/** What ECharts says about a clicked bar or point: its category, position and series. */
export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesIndex?: number;
  seriesName?: string;
}

export function Chart({
  option,
  height = 320,
  label,
  onClick,
}: {
  option: ChartOption;
  height?: number;
  label: string;
  onClick?: (params: ChartClick) => void;
}) {
  return (
    <figure className="chart" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={{ aria: { enabled: true }, ...option }}
        notMerge
        lazyUpdate
        style={{ height, width: "100%" }}
        onEvents={onClick ? { click: onClick } : undefined}
      />
    </figure>
  );
}
