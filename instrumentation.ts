// Runs once when a server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBreachWatch } = await import("./lib/tickets/breach-watch");
  startBreachWatch();
}
