import type { Role } from "@/lib/db/generated/enums";

export type NavItem = { href: string; label: string };

/** Navigation per role; labels are keys under "nav". */
export const NAV_ITEMS: Record<Role, NavItem[]> = {
  LIAISON: [
    { href: "/liaison", label: "home" },
    { href: "/tickets", label: "tickets" },
    { href: "/hazards", label: "hazards" },
  ],
  OFFICER: [
    { href: "/officer", label: "home" },
    { href: "/tickets", label: "queue" },
    { href: "/visits", label: "visits" },
    { href: "/hazards", label: "hazards" },
    { href: "/disputes", label: "disputes" },
    { href: "/enterprises", label: "enterprises" },
  ],
  CHIEF: [
    { href: "/chief", label: "home" },
    { href: "/tickets", label: "tickets" },
    { href: "/visits", label: "visits" },
    { href: "/hazards", label: "hazards" },
    { href: "/disputes", label: "disputes" },
    { href: "/enterprises", label: "enterprises" },
    { href: "/assignments", label: "assignments" },
    { href: "/settings/sla", label: "sla" },
  ],
  ADMIN: [
    { href: "/admin", label: "home" },
    { href: "/enterprises", label: "enterprises" },
    { href: "/assignments", label: "assignments" },
    { href: "/settings/sla", label: "sla" },
  ],
};
