import { notFound } from "next/navigation";

// The benchmark's frame: a signed-in portal page with nothing of its own, so that a page's cost splits
// into the framework's (the floor), the portal frame's (session, unread count, header, menus) and its
// own. Served only to a server started for benchmarking.
export const dynamic = "force-dynamic";

export default function BenchFrame() {
  if (process.env.BENCH_FLOOR !== "1") notFound();
  return <p>ok</p>;
}
