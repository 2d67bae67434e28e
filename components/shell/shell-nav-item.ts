import type { NavLabel } from "@/lib/navigation/menus";

/** A menu entry as the shell's client parts get it: already translated, icon chosen by `label`. */
export type ShellNavItem = { href: string; label: NavLabel; text: string; primary: boolean };
