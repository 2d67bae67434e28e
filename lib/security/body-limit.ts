// The largest server-action body: up to five attachments of 10 MiB each travel in one form post.
// next.config.ts sets Next's own limit from this, and the proxy refuses a longer body with 413.
export const ACTION_BODY_LIMIT_MB = 52;
export const ACTION_BODY_LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;
