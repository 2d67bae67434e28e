import { readiness } from "@/lib/health/readiness";

// Readiness: 200 when the database answers and carries this build's migrations, else 503. The body
// says no more than that; the reason is in the server's log.
export const dynamic = "force-dynamic";

export async function GET() {
  const { ready } = await readiness();
  return Response.json(
    { status: ready ? "ok" : "unavailable" },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
