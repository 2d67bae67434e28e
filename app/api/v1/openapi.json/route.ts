import { openApiJson } from "@/lib/api/published";

// The contract is the same for every caller and changes only with a release.
export const dynamic = "force-static";

export const GET = () =>
  new Response(openApiJson(), {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300" },
  });
