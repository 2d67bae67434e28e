"use client";

import { Toaster as Sonner } from "sonner";

/**
 * Where every form's outcome is told (lib: sonner). It lives in the portal's frame, not in a form,
 * so an answer that comes with a refresh removing its form is still shown. Placed at the top on
 * phones, where the tab bar would cover the bottom.
 */
export function Toaster({ regionLabel, closeLabel }: { regionLabel: string; closeLabel: string }) {
  return (
    <Sonner
      position="top-center"
      richColors
      closeButton
      containerAriaLabel={regionLabel}
      toastOptions={{ closeButtonAriaLabel: closeLabel, className: "text-sm" }}
    />
  );
}
