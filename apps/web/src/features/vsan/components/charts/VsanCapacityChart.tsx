import type { ReactNode } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';

import { formatBytes } from '../../../../shared/lib/format';

import type { CapacitySegment } from './capacity-series';

/** vSAN capacity as one stacked bar (Used, Free); decorative, as the figures beside it carry the numbers. */
export function VsanCapacityChart({ segments }: { segments: CapacitySegment[] }): ReactNode {
  const total = segments.reduce((sum, s) => sum + s.bytes, 0);
  const row = { name: 'vSAN', ...Object.fromEntries(segments.map((s) => [s.key, s.bytes])) };
  return (
    <div aria-hidden="true">
      <BarChart
        width={360}
        height={36}
        data={[row]}
        layout="vertical"
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      >
        <XAxis type="number" hide domain={[0, total || 1]} />
        <YAxis type="category" dataKey="name" hide />
        {segments.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="capacity" fill={s.color} isAnimationActive={false} />
        ))}
        <Tooltip formatter={(value) => formatBytes(Number(value))} />
      </BarChart>
    </div>
  );
}
