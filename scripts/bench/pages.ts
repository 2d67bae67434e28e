// The pages both benchmarks measure (run.ts on generated data, embedded.ts on the demo county): one
// list, so that a page's name always means the same address in either table.

/** A GET page, the account that reads it and its address. */
export type BenchPage = { name: string; account: "chief" | "officer1" | "liaison1"; path: string };

export const FLOOR: BenchPage = { name: "floor", account: "chief", path: "/bench/floor" };

/** A portal page with nothing of its own: what every page of the portal costs before its own work. */
export const FRAME: BenchPage = { name: "portal frame", account: "officer1", path: "/bench/frame" };

export const CHIEF_MONTH: BenchPage = { name: "chief dashboard, month", account: "chief", path: "/chief" };

/** The lists and homes people work from. */
export const LIST_PAGES: BenchPage[] = [
  { name: "officer queue", account: "officer1", path: "/tickets?status=open" },
  { name: "enterprise list (chief)", account: "chief", path: "/enterprises" },
  { name: "hazard list (officer)", account: "officer1", path: "/hazards" },
  { name: "residency queue (officer)", account: "officer1", path: "/residency" },
  { name: "visits (officer)", account: "officer1", path: "/visits" },
  { name: "notifications (officer)", account: "officer1", path: "/notifications" },
  { name: "liaison home", account: "liaison1", path: "/liaison" },
  { name: "officer home", account: "officer1", path: "/officer" },
];
