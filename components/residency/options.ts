import "server-only";
import { getTranslations } from "next-intl/server";
import { Education, ResidencyKind, ServiceMode } from "@/lib/domain/enums";

/** The choices of the applicant form, labelled in the reader's language. */
export async function applicantOptions() {
  const t = await getTranslations("residency");
  return {
    kinds: Object.values(ResidencyKind).map((value) => ({ value, label: t(`kinds.${value}`) })),
    educations: Object.values(Education).map((value) => ({ value, label: t(`educations.${value}`) })),
    modes: Object.values(ServiceMode).map((value) => ({ value, label: t(`modes.${value}`) })),
  };
}
