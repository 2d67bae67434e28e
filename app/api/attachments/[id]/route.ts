import { getCurrentUser } from "@/lib/auth/current-user";
import { openAttachmentForUser } from "@/lib/attachments/queries";
import { attachmentNotFound, attachmentResponse, attachmentUnauthorized } from "@/lib/attachments/response";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return attachmentUnauthorized();
  const opened = await openAttachmentForUser(user, (await params).id);
  return opened ? attachmentResponse(opened.attachment, opened.bytes) : attachmentNotFound();
}
