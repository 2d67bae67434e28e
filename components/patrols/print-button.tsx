"use client";

import { Printer } from "lucide-react";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's print styles fit the rota on one A4 sheet. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" size="sm" icon={Printer} onClick={() => window.print()}>
      {label}
    </Button>
  );
}
