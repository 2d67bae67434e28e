import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { canSeeOrganisation } from "@/lib/organisation/policy";

/** The organisation opens on its first tab, the stations. */
export default async function OrganisationPage() {
  await requirePermission(canSeeOrganisation);
  redirect("/admin/organisation/stations");
}
