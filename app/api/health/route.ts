// Liveness: the process is up and serving. Touches nothing else, so a database outage never gets a
// healthy process restarted; readiness (/api/ready) is what takes a replica out of rotation.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
