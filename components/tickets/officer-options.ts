import type { OptionGroup } from "@/components/forms/select-field";
import { localized } from "@/components/ui/localized";

type Named = { name: string; nameEn: string | null };
type Officer = Named & { id: string; station: Named | null; department: Named | null };

/**
 * The officers a ticket can pass to, under their unit (their station, or the department of one who
 * has none): a unit's name is said once for its officers instead of once for each. Units come in the
 * order of their first officer; officers without a unit come first, ungrouped.
 */
export function officerOptions(
  officers: Officer[],
  locale: string,
  except?: string,
): { options: { value: string; label: string }[]; groups: OptionGroup[] } {
  const options: { value: string; label: string }[] = [];
  const groups = new Map<string, OptionGroup>();
  for (const officer of officers) {
    if (officer.id === except) continue;
    const option = { value: officer.id, label: localized(locale, officer.name, officer.nameEn) };
    const unit = officer.station ?? officer.department;
    if (!unit) {
      options.push(option);
      continue;
    }
    const label = localized(locale, unit.name, unit.nameEn);
    const group = groups.get(label) ?? { label, options: [] };
    group.options.push(option);
    groups.set(label, group);
  }
  return { options, groups: [...groups.values()] };
}
