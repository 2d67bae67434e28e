import { authorizeRequest } from "@/lib/auth/current-user";
import { answeringBusy } from "@/lib/auth/busy-route";
import { canOpenAttachments } from "@/lib/attachments/policy";
import { openAttachmentForUser } from "@/lib/attachments/queries";
import { attachmentNotFound, attachmentResponse, attachmentUnauthorized } from "@/lib/attachments/response";

export const GET = answeringBusy(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await authorizeRequest(canOpenAttachments);
  // Refusals keep the locked-down headers of every attachment answer; a refused id reveals nothing.
  if (user instanceof Response) return user.status === 401 ? attachmentUnauthorized() : attachmentNotFound();
  const opened = await openAttachmentForUser(user, (await params).id);
  return opened ? attachmentResponse(opened.attachment, opened.file) : attachmentNotFound();
});
