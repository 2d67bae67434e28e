import { Link } from "@/components/ui/link";
import { localized } from "@/components/ui/localized";
import { UnitInactiveBadge } from "./unit-badge";

/** A unit's name in a list: a link to its edit page for those who may edit, with its code and state. */
export function UnitName({
  unit,
  href,
  locale,
}: {
  unit: { code: string; name: string; nameEn: string; active: boolean };
  href: string | null;
  locale: string;
}) {
  const name = localized(locale, unit.name, unit.nameEn);
  return (
    <>
      {href ? (
        <Link href={href} className="text-brand-600 hover:underline">
          {name}
        </Link>
      ) : (
        name
      )}
      {unit.active ? null : <UnitInactiveBadge />}
      <span className="block font-mono text-xs text-slate-500">{unit.code}</span>
    </>
  );
}
