import "server-only";
import { getDb } from "../db/index.ts";
import type { Question } from "../auth/question.ts";
import { answerApiRequest, bearerUser } from "./door.ts";
import { API_ENDPOINTS } from "./registry.ts";
import { answerTokenRequest } from "./token-endpoint.ts";

/** The route handlers of /api/v1 and of its token endpoint, on the app's database. */
export const answerApi = (request: Request) => answerApiRequest(request, API_ENDPOINTS, { db: getDb });
export const answerToken = (request: Request) => answerTokenRequest(request, getDb);

/** Whether a request carries an API token rather than relying on the browser's session cookie. */
export const hasBearerToken = (request: Request) => request.headers.has("authorization");

export const userOfToken = (request: Request, question: Question) => bearerUser(request, getDb(), question);
