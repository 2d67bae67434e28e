import "server-only";
import { headers } from "next/headers";
import type { Role } from "../db/generated/enums.ts";
import { logger, type Logger } from "./logger.ts";
import { loggerForRequest } from "./request.ts";

/**
 * The logger for the request being served (see request.ts). Outside a request (the deadline check,
 * start-up) there are no request headers; the process logger is returned then.
 */
export async function currentRequestLogger(user?: { id: string; role: Role } | null): Promise<Logger> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return user ? logger.child({ userId: user.id, role: user.role }) : logger;
  }
  return loggerForRequest(requestHeaders, user);
}
