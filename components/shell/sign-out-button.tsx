"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LogOut } from "lucide-react";
import { Button, type ButtonSize } from "@/components/ui/button";

export function SignOutButton({ size = "sm" }: { size?: ButtonSize }) {
  const t = useTranslations("shell");
  return (
    <Button variant="ghost" size={size} icon={LogOut} onClick={() => signOut({ callbackUrl: "/login" })}>
      {t("signOut")}
    </Button>
  );
}
