import { notFound } from "next/navigation";

// The benchmark's floor: what a signed-in page costs with no database work (the proxy's token check,
// the root layout, rendering). Served only to a server started for benchmarking.
export const dynamic = "force-dynamic";

export default function BenchFloor() {
  if (process.env.BENCH_FLOOR !== "1") notFound();
  return <p>ok</p>;
}
