import type { ReactNode } from 'react';
import { Cell, Pie, PieChart, Tooltip } from 'recharts';

import { formatBytes } from '../../shared/lib/format';

/** Used vs free as a donut, with the figures in text beside it for those who cannot see the chart. */
export function CapacityChart({ usedBytes, freeBytes }: { usedBytes: number; freeBytes: number }): ReactNode {
  const data = [
    { name: 'Used', value: usedBytes, color: '#0072a3' },
    { name: 'Free', value: freeBytes, color: '#c8d6df' },
  ];
  return (
    <figure className="flex items-center gap-4">
      <PieChart width={120} height={120} aria-hidden="true">
        <Pie data={data} dataKey="value" innerRadius={35} outerRadius={55} isAnimationActive={false} stroke="none">
          {data.map((d) => (
            <Cell key={d.name} fill={d.color} />
          ))}
        </Pie>
        <Tooltip formatter={(value) => formatBytes(Number(value))} />
      </PieChart>
      <figcaption className="text-sm">
        <div>Used: {formatBytes(usedBytes)}</div>
        <div>Free: {formatBytes(freeBytes)}</div>
        <div className="text-slate-500 dark:text-slate-400">Capacity: {formatBytes(usedBytes + freeBytes)}</div>
      </figcaption>
    </figure>
  );
}
