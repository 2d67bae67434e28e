"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { chartHeight } from "./chart-size";
import type { BarsChart as Bars, TrendChart as Trend } from "./charts";

// recharts is over 100 KB gzipped: the charts load once the page is interactive, so that it is not
// part of the dashboard's first load. The figure around each chart already holds its data as a
// table, and the space a chart takes is kept free meanwhile, so nothing moves when it arrives.
const LazyTrend = dynamic(() => import("./charts").then((m) => m.TrendChart), { ssr: false });
const LazyBars = dynamic(() => import("./charts").then((m) => m.BarsChart), { ssr: false });

export function TrendChart(props: ComponentProps<typeof Trend>) {
  return (
    <div style={{ minHeight: chartHeight(props.data.length) }}>
      <LazyTrend {...props} />
    </div>
  );
}

export function BarsChart(props: ComponentProps<typeof Bars>) {
  return (
    <div style={{ minHeight: chartHeight(props.data.length, props.horizontal) }}>
      <LazyBars {...props} />
    </div>
  );
}
