import { authorizeRequest } from "@/lib/auth/current-user";
import { answeringBusy } from "@/lib/auth/busy-route";
import { canFollowLiveUpdates } from "@/lib/live/policy";
import { liveEventStream } from "@/lib/live/stream";
import { topicsUserMayFollow } from "@/lib/live/topics";

// A stream per browser tab: never cached, never prerendered.
export const dynamic = "force-dynamic";

export const GET = answeringBusy(async (request: Request) => {
  const user = await authorizeRequest(canFollowLiveUpdates);
  if (user instanceof Response) return user;
  const topics = await topicsUserMayFollow(user, new URL(request.url).searchParams.getAll("topic"));
  return liveEventStream(user, topics, request.signal);
});
