import { answerApi } from "@/lib/api/handlers";

// Every request is a user's own: never cached, never prerendered.
export const dynamic = "force-dynamic";

export { answerApi as GET, answerApi as POST, answerApi as PUT, answerApi as PATCH, answerApi as DELETE };
