import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { Area, AreaChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

import { formatT } from '../../timeline';

import type { ChartSeries, SeriesKey } from './drill-series';
import { describeLatest } from './drill-series';

const WIDTH = 520;
const HEIGHT = 200;
const axisTick = { fontSize: 11, fill: 'currentColor' };

function ChartFigure({
  title,
  series,
  children,
}: {
  title: string;
  series: ChartSeries;
  children: ReactNode;
}): ReactNode {
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      {/* The chart is a picture of the numbers; the caption below carries them in words. */}
      <div aria-hidden="true" className="text-slate-600 dark:text-slate-300">
        {children}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-300">Now: {describeLatest(series)}</p>
    </figure>
  );
}

/** Grid, time axis, count axis, tooltip and legend, the same on both charts (Recharts reads them as children). */
function sharedParts(): ReactNode[] {
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" strokeOpacity={0.4} />,
    <XAxis
      key="x"
      dataKey="tSeconds"
      type="number"
      domain={['dataMin', 'dataMax']}
      tickFormatter={formatT}
      tick={axisTick}
    />,
    <YAxis key="y" allowDecimals={false} tick={axisTick} />,
    <Tooltip key="tooltip" labelFormatter={(t) => formatT(Number(t))} />,
    <Legend key="legend" />,
  ];
}

/** How one series is drawn on either chart: a step per sample in its colour, not animated (the drill streams samples). */
function seriesLineProps(k: SeriesKey): {
  type: 'stepAfter';
  dataKey: string;
  name: string;
  stroke: string;
  isAnimationActive: false;
} {
  return { type: 'stepAfter', dataKey: k.key, name: k.label, stroke: k.color, isAnimationActive: false };
}

/** Object health counts and Harbor component health over the drill's samples (x axis: seconds since the fault). */
export function DrillCharts({ objectHealth, harbor }: { objectHealth: ChartSeries; harbor: ChartSeries }): ReactNode {
  return (
    <div data-testid={TEST_IDS.drillCharts} className="flex flex-wrap gap-6">
      <ChartFigure title="vSAN objects by health" series={objectHealth}>
        <AreaChart width={WIDTH} height={HEIGHT} data={objectHealth.data}>
          {sharedParts()}
          {objectHealth.keys.map((k) => (
            <Area key={k.key} {...seriesLineProps(k)} stackId="health" fill={k.color} />
          ))}
        </AreaChart>
      </ChartFigure>
      <ChartFigure title="Harbor components" series={harbor}>
        <LineChart width={WIDTH} height={HEIGHT} data={harbor.data}>
          {sharedParts()}
          {harbor.keys.map((k) => (
            <Line key={k.key} {...seriesLineProps(k)} dot={false} />
          ))}
        </LineChart>
      </ChartFigure>
    </div>
  );
}
