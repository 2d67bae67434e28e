import "server-only";
import { getTranslations } from "next-intl/server";
import { busyResponse, isDatabaseUnavailable } from "../db/unavailable.ts";
import { currentRequestLogger } from "../log/current-request.ts";

/**
 * Wraps a route handler so that an overloaded or restarting database answers 503 with Retry-After
 * and a "busy, try again" text in the user's language, instead of a 500; and a request whose client
 * has already gone (it waited in a backlog longer than its client would) does no work at all.
 */
export function answeringBusy<A extends [Request, ...unknown[]]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    if (args[0].signal.aborted) return new Response(null, { status: 499 });
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      (await currentRequestLogger()).warn({ err: error }, "database unavailable: answered busy");
      const t = await getTranslations("errors");
      return busyResponse(t("busy"));
    }
  };
}
