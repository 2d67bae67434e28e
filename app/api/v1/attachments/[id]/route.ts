import { answeringBusy } from "@/lib/auth/busy-route";
import { userOfToken } from "@/lib/api/handlers";
import { canOpenAttachments } from "@/lib/attachments/policy";
import { openAttachmentForUser } from "@/lib/attachments/queries";
import { attachmentNotFound, attachmentResponse } from "@/lib/attachments/response";

// An app's way to a photo: the same scoped lookup and locked-down answer as the pages' download,
// with the API's token instead of the session cookie.
export const GET = answeringBusy(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await userOfToken(request, canOpenAttachments);
  if (user instanceof Response) return user;
  const opened = await openAttachmentForUser(user, (await params).id);
  return opened ? attachmentResponse(opened.attachment, opened.file) : attachmentNotFound();
});
