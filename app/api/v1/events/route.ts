import { authorizeRequest } from "@/lib/auth/current-user";
import { answeringBusy } from "@/lib/auth/busy-route";
import { hasBearerToken, userOfToken } from "@/lib/api/handlers";
import { canFollowLiveUpdates } from "@/lib/live/policy";
import { liveEventStream } from "@/lib/live/stream";
import { topicsUserMayFollow } from "@/lib/live/topics";

// A stream per browser tab or app: never cached, never prerendered.
export const dynamic = "force-dynamic";

// The browser's session, or an API client's bearer token: the same stream under the same policy.
export const GET = answeringBusy(async (request: Request) => {
  const user = hasBearerToken(request)
    ? await userOfToken(request, canFollowLiveUpdates)
    : await authorizeRequest(canFollowLiveUpdates);
  if (user instanceof Response) return user;
  const topics = await topicsUserMayFollow(user, new URL(request.url).searchParams.getAll("topic"));
  return liveEventStream(user, topics, request.signal);
});
