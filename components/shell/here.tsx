"use client";

import { Link } from "@/components/ui/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { ComponentProps } from "react";

// The signed-in frame is a layout, which the router keeps across page changes: what it knew of the
// page when it was rendered goes stale. These read the page from the router instead.

/** The page the user is on, with its query, as the language switch's way back. */
export function HereField({ name }: { name: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <input type="hidden" name={name} value={search ? `${pathname}?${search}` : pathname} />;
}

/** A link marked as the current page (aria-current) while the user is on it or on a page below it. */
export function HereLink({ href, ...rest }: Omit<ComponentProps<typeof Link>, "href"> & { href: string }) {
  const pathname = usePathname();
  const here = pathname === href || pathname.startsWith(`${href}/`);
  return <Link href={href} aria-current={here ? "page" : undefined} {...rest} />;
}
