'use client';
import { useText } from '@/i18n/text';
import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';

const COLORS = ['#006eff', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#06b6d4', '#84cc16', '#f97316', '#64748b'];

/** A pie of shares (R-STA-5 request share by country). */
export function SharePie({ data, label }: { data: { name: string; value: number }[]; label: string }) {
  const tx = useText();
  if (data.length === 0)
    return <p className="py-10 text-center text-sm text-slate-500">{tx('No data for this period.')}</p>;
  return (
    <figure aria-label={label} style={{ width: '100%', height: 280 }}>
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie
            data={data}
            dataKey="value"
            nameKey="name"
            outerRadius={100}
            isAnimationActive={false}
            label={(e: { name?: string }) => e.name ?? ''}
          >
            {data.map((_, i) => (
              <Cell key={i} fill={COLORS[i % COLORS.length]} />
            ))}
          </Pie>
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
        </PieChart>
      </ResponsiveContainer>
    </figure>
  );
}
