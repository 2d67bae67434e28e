import { getCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { IMPORT_ROLES, importBureauId } from "@/lib/enterprises/import/policy";
import { importTemplate } from "@/lib/enterprises/import/template";

const FILE_NAME = "企业导入模板.xlsx";

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (!(IMPORT_ROLES as readonly string[]).includes(user.role)) return new Response(null, { status: 403 });
  // The example names a real workstation of the bureau, so that the example row itself imports.
  const workstation = await getDb().workstation.findFirst({
    where: { bureauId: importBureauId(user), active: true },
    orderBy: { code: "asc" },
    select: { name: true },
  });
  const bytes = await importTemplate(workstation ? { workstation: workstation.name } : {});
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="enterprise-import.xlsx"; filename*=UTF-8''${encodeURIComponent(FILE_NAME)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
