"use client";

import dynamic from "next/dynamic";

// Loaded after the page is interactive: no page needs it to render, and sonner is 10 KB gzipped
// that every page would otherwise load first. Toasts are only raised by forms' answers.
const Sonner = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });

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
