import type { Role } from "@/lib/db/generated/enums";

export type NavItem = { href: string; label: string };

/** Navigation per role; labels are keys under "nav". */
export const NAV_ITEMS: Record<Role, NavItem[]> = {
  LIAISON: [
    { href: "/liaison", label: "home" },
    { href: "/tickets", label: "tickets" },
    { href: "/hazards", label: "hazards" },
    { href: "/residency", label: "residency" },
    { href: "/patrols", label: "patrols" },
  ],
  OFFICER: [
    { href: "/officer", label: "home" },
    { href: "/tickets", label: "queue" },
    { href: "/visits", label: "visits" },
    { href: "/hazards", label: "hazards" },
    { href: "/disputes", label: "disputes" },
    { href: "/patrols", label: "patrols" },
    { href: "/residency", label: "residency" },
    { href: "/enterprises", label: "enterprises" },
  ],
  CHIEF: [
    { href: "/chief", label: "home" },
    { href: "/tickets", label: "tickets" },
    { href: "/visits", label: "visits" },
    { href: "/hazards", label: "hazards" },
    { href: "/disputes", label: "disputes" },
    { href: "/patrols", label: "patrols" },
    { href: "/residency", label: "residency" },
    { href: "/enterprises", label: "enterprises" },
    { href: "/assignments", label: "assignments" },
    { href: "/settings/sla", label: "sla" },
  ],
  ADMIN: [
    { href: "/admin", label: "home" },
    { href: "/settings/residency", label: "residencyChecklists" },
    { href: "/enterprises", label: "enterprises" },
    { href: "/assignments", label: "assignments" },
    { href: "/settings/sla", label: "sla" },
  ],
};
