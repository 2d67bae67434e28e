import { roleIn, type Question } from "../auth/question.ts";

/**
 * The background jobs' queues, schedules, runs and failures (/admin/jobs). They are the deployment's,
 * not a county's, and hold no personal data: every administrator may read them.
 */
export const canSeeJobs: Question = roleIn(["ADMIN"]);
