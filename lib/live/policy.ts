import { anySignedInUser, type Question } from "../auth/question.ts";

/**
 * Everyone signed in follows the live updates of what they already see: their own notifications, and
 * the topics they ask for, each checked against their scope when the stream opens (lib/live/topics.ts).
 */
export const canFollowLiveUpdates: Question = anySignedInUser;
