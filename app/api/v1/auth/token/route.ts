import { answerToken } from "@/lib/api/handlers";

export const dynamic = "force-dynamic";

export const POST = answerToken;
