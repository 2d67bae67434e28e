import { localized } from "@/components/ui/localized";
import { ProjectPhase } from "@/lib/domain/enums";

type Workstation = { id: string; name: string; nameEn: string; park: string; parkEn: string };

/** Workstations labelled with their park, as the register form offers them. */
export function workstationChoices(locale: string, workstations: Workstation[]) {
  return workstations.map((w) => ({
    value: w.id,
    label: `${localized(locale, w.name, w.nameEn)} · ${localized(locale, w.park, w.parkEn)}`,
  }));
}

export function phaseChoices(t: (key: string) => string) {
  return Object.values(ProjectPhase).map((value) => ({ value, label: t(`phases.${value}`) }));
}
