'use client';
// The charts load after the page (recharts is the largest library of the console): their
// routes' first-load JavaScript stays small, and the space is held so nothing jumps.
import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import type { TrendChart as TrendChartType } from './trend-chart';
import type { SharePie as SharePieType } from './share-pie';

function Placeholder({ height }: { height: number }) {
  return <div aria-hidden className="animate-pulse rounded-sm bg-slate-100" style={{ height }} />;
}

const LazyTrend = dynamic(() => import('./trend-chart').then((m) => m.TrendChart), {
  ssr: false,
  loading: () => <Placeholder height={260} />,
});
const LazyPie = dynamic(() => import('./share-pie').then((m) => m.SharePie), {
  ssr: false,
  loading: () => <Placeholder height={280} />,
});

export function TrendChart(props: ComponentProps<typeof TrendChartType>) {
  return <LazyTrend {...props} />;
}

export function SharePie(props: ComponentProps<typeof SharePieType>) {
  return <LazyPie {...props} />;
}
