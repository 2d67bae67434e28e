import { authorizeRequest } from "@/lib/auth/current-user";
import { canImportEnterprises } from "@/lib/enterprises/import/policy";
import { exampleWorkstationName } from "@/lib/enterprises/import/queries";
import { importTemplate } from "@/lib/enterprises/import/template";
import { downloadDisposition } from "@/lib/spreadsheet/download-name";

export async function GET() {
  const user = await authorizeRequest(canImportEnterprises);
  if (user instanceof Response) return user;
  // The example names a real workstation of the bureau, to show a name the import recognises.
  const workstation = await exampleWorkstationName(user);
  const bytes = await importTemplate(workstation ? { workstation } : {});
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": downloadDisposition({ name: ["企业导入模板"], ascii: ["enterprise-import"] }, "xlsx"),
      "Cache-Control": "private, no-store",
    },
  });
}
