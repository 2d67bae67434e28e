import { getTranslations } from "next-intl/server";
import { ROLE_ORDER } from "@/lib/users/roles";
import { FilterSelect, FilterText } from "@/components/ui/filter-form";

/** The search box and the two selects of the account list, also on the admin home. */
export async function AccountFilterFields({ q, role, status }: { q?: string; role?: string; status?: string }) {
  const t = await getTranslations();
  return (
    <>
      <FilterText
        name="q"
        label={t("users.search")}
        placeholder={t("users.searchPlaceholder")}
        defaultValue={q}
        maxLength={64}
      />
      <FilterSelect
        name="role"
        label={t("users.roleFilter")}
        allLabel={t("users.allRoles")}
        options={ROLE_ORDER.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        defaultValue={role}
      />
      <FilterSelect
        name="status"
        label={t("users.statusFilter")}
        allLabel={t("users.allStatuses")}
        options={[
          { value: "active", label: t("users.statusActive") },
          { value: "disabled", label: t("users.statusDisabled") },
        ]}
        defaultValue={status}
      />
    </>
  );
}
