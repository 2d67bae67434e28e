import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { canManageAccounts, canSeeAccounts } from "@/lib/users/policy";
import { countRunningApiSessions, getAccount, isBlocked } from "@/lib/users/queries";
import { localized } from "@/components/ui/localized";
import { PageTitle, Section } from "@/components/ui/section";
import { AccessPanel } from "../access-panel";
import { AccountForm } from "../account-form";
import { updateAccount } from "../actions";
import { accountChoices } from "../choices";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const user = await requirePermission(canSeeAccounts);
  const account = await getAccount(user, (await params).id);
  return { title: account?.username };
}

export default async function AccountPage({ params }: Props) {
  const user = await requirePermission(canSeeAccounts);
  const account = await getAccount(user, (await params).id);
  if (!account) notFound();
  const manage = canManageAccounts(user);
  const [t, format, locale, blocked, apps] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale(),
    isBlocked(account.username),
    manage ? countRunningApiSessions(user, account.id) : 0,
  ]);
  const name = (u: { name: string; nameEn: string } | null) => (u ? localized(locale, u.name, u.nameEn) : null);
  const unit = [name(account.station), name(account.workstation), name(account.department), name(account.enterprise)]
    .filter(Boolean)
    .join(" · ");
  const seen = account.updatedAt.toISOString();
  return (
    <>
      <PageTitle subtitle={`${account.name} · ${t(`roles.${account.role}`)}`}>
        <span className="font-mono">{account.username}</span>
        {account.active ? null : (
          <span className="ml-2 rounded bg-red-100 px-2 py-0.5 align-middle text-sm text-red-800">
            {t("users.statusDisabled")}
          </span>
        )}
      </PageTitle>
      <div className="grid gap-4 md:grid-cols-2">
        <Section title={t("users.title")} id="account">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500">{t("users.name")}</dt>
            <dd>{localized(locale, account.name, account.nameEn)}</dd>
            <dt className="text-slate-500">{t("users.role")}</dt>
            <dd>{t(`roles.${account.role}`)}</dd>
            <dt className="text-slate-500">{t("users.unit")}</dt>
            <dd>{unit || "—"}</dd>
            {account.title ? (
              <>
                <dt className="text-slate-500">{t("users.post")}</dt>
                <dd>{account.title}</dd>
              </>
            ) : null}
            <dt className="text-slate-500">{t("users.phone")}</dt>
            <dd className="tabular-nums">{account.phone || "—"}</dd>
            <dt className="text-slate-500">{t("users.lastLogin")}</dt>
            <dd className="tabular-nums">
              {account.lastLoginAt
                ? format.dateTime(account.lastLoginAt, { dateStyle: "medium", timeStyle: "short" })
                : account.hasPassword
                  ? t("users.neverSignedIn")
                  : t("users.noPassword")}
            </dd>
          </dl>
        </Section>
        {manage ? (
          <Section title={t("users.access")} id="access">
            <AccessPanel
              userId={account.id}
              username={account.username}
              seen={seen}
              active={account.active}
              hasPassword={account.hasPassword}
              blocked={blocked}
              twoFactor={account.twoFactor}
              apps={apps}
            />
          </Section>
        ) : null}
      </div>
      {manage ? (
        <div className="mt-4">
          <Section title={t("users.edit")} id="edit">
            <p className="mb-3 text-sm text-slate-600">{t("users.sessionsNote")}</p>
            <AccountForm
              action={updateAccount}
              initial={{
                username: account.username,
                role: account.role,
                name: account.name,
                nameEn: account.nameEn,
                title: account.title,
                phone: account.phone,
                stationId: account.stationId ?? "",
                workstationId: account.workstationId ?? "",
                departmentId: account.departmentId ?? "",
                enterpriseId: account.enterpriseId ?? "",
              }}
              choices={await accountChoices(user, locale, (role) => t(`roles.${role}`))}
              hidden={{ userId: account.id, seen }}
              submitLabel={t("users.save")}
              workingLabel={t("users.saving")}
              cancelHref="/admin/accounts"
              done={t("users.saved")}
            />
          </Section>
        </div>
      ) : (
        <p className="mt-4 text-sm text-slate-600">{t("users.readOnly")}</p>
      )}
    </>
  );
}
