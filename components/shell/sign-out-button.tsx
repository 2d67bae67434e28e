"use client";

import { useTranslations } from "next-intl";
import { LogOut } from "lucide-react";
import { Button, type ButtonSize } from "@/components/ui/button";
import { signOutTo } from "./sign-out";

export function SignOutButton({ size = "sm" }: { size?: ButtonSize }) {
  const t = useTranslations("shell");
  return (
    <Button variant="ghost" size={size} icon={LogOut} onClick={() => void signOutTo("/login")}>
      {t("signOut")}
    </Button>
  );
}
