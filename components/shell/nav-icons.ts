import {
  Building2,
  ClipboardList,
  FileCheck,
  Footprints,
  Handshake,
  House,
  IdCard,
  ListTodo,
  Network,
  ScrollText,
  ShieldCheck,
  Timer,
  TriangleAlert,
  UserCheck,
  Users,
  type LucideIcon,
} from "lucide-react";
import type { NavLabel } from "@/lib/navigation/menus";

/** The icon of each menu entry, beside its label in the tab bar and the "more" sheet. */
export const NAV_ICONS: Record<NavLabel, LucideIcon> = {
  home: House,
  tickets: ClipboardList,
  queue: ListTodo,
  visits: Footprints,
  hazards: TriangleAlert,
  disputes: Handshake,
  patrols: ShieldCheck,
  residency: IdCard,
  residencyChecklists: FileCheck,
  enterprises: Building2,
  assignments: UserCheck,
  sla: Timer,
  accounts: Users,
  organisation: Network,
  audit: ScrollText,
};
