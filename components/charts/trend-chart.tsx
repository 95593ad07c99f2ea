'use client';
import { useText } from '@/i18n/text';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface Series {
  key: string;
  label: string;
  color: string;
}

/** A day-by-day line or bar chart (recharts) with a fixed height. */
export function TrendChart({
  data,
  xKey,
  series,
  kind = 'line',
  height = 260,
  label,
}: {
  data: Record<string, string | number>[];
  xKey: string;
  series: Series[];
  kind?: 'line' | 'bar';
  height?: number;
  label: string;
}) {
  const tx = useText();
  if (data.length === 0) {
    return <p className="py-10 text-center text-sm text-slate-500">{tx('No data for this period.')}</p>;
  }
  const Chart = kind === 'bar' ? BarChart : LineChart;
  return (
    <figure aria-label={label} style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <Chart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey={xKey} tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} allowDecimals={false} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) =>
            kind === 'bar' ? (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
            ) : (
              <Line
                key={s.key}
                type="linear"
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ),
          )}
        </Chart>
      </ResponsiveContainer>
    </figure>
  );
}
