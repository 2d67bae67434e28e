import NextLink from "next/link";
import type { ComponentProps } from "react";
import { NavigationPending } from "./navigation-pending";

/**
 * The portal's link: Next's client-side navigation, with the progress bar that tells a slow page is
 * on its way. Lint keeps `next/link` to this file, so every navigation shows it.
 */
export function Link({ children, ...props }: ComponentProps<typeof NextLink>) {
  return (
    <NextLink {...props}>
      {children}
      <NavigationPending />
    </NextLink>
  );
}
