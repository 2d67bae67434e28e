/**
 * Buttons and button-looking links: one look for every action in the portal.
 *
 *   import { Plus, Save } from "lucide-react";
 *   import { Button, ButtonLink } from "@/components/ui/button";
 *
 *   <Button type="submit" icon={Save} pending={pending} pendingLabel={t("saving")}>{t("save")}</Button>
 *   <Button variant="secondary" size="sm">{t("apply")}</Button>
 *   <Button variant="danger" disabled={!canDelete}>{t("delete")}</Button>
 *   <ButtonLink href="/disputes/new" icon={Plus}>{t("new")}</ButtonLink>
 *
 * Variants: primary (the page's main action), secondary (bordered, white), danger (destructive),
 * ghost (text only). Sizes: md (44 px high at least, a comfortable touch target) and sm (compact,
 * text-sm, for toolbars and filter forms). The icon is decorative (aria-hidden) and comes before the
 * label; the label must always be there. While `pending`, the button is disabled, says so to
 * assistive technology (aria-disabled, aria-busy), shows a spinner and, when given, `pendingLabel`.
 * Works in server and client components alike (no hooks, no handlers of its own).
 */
import { Link } from "@/components/ui/link";
import { LoaderCircle, type LucideIcon } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md";

const BASE =
  "inline-flex items-center justify-center gap-2 rounded-md font-medium " +
  "focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 " +
  "disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
  ghost: "text-brand-600 hover:bg-brand-50 hover:underline",
};

const SIZES: Record<ButtonSize, string> = {
  md: "min-h-11 px-4 py-2",
  sm: "px-3 py-1.5 text-sm",
};

/** The classes of a button of this look, for the rare element that must look like one without being one. */
export function buttonClasses({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}) {
  return [BASE, VARIANTS[variant], SIZES[size], className].filter(Boolean).join(" ");
}

type Look = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** A lucide-react icon shown before the label; decorative, so hidden from assistive technology. */
  icon?: LucideIcon;
  children: ReactNode;
};

function Content({ icon: Icon, pending, children }: { icon?: LucideIcon; pending?: boolean; children: ReactNode }) {
  const iconClass = "size-4 shrink-0";
  return (
    <>
      {pending ? (
        <LoaderCircle aria-hidden="true" className={`${iconClass} motion-safe:animate-spin`} />
      ) : Icon ? (
        <Icon aria-hidden="true" className={iconClass} />
      ) : null}
      <span>{children}</span>
    </>
  );
}

type ButtonProps = Look &
  Omit<ComponentProps<"button">, "children"> & {
    /** The action is running: the button is disabled and shows `pendingLabel` (when given) and a spinner. */
    pending?: boolean;
    /** The label while pending, e.g. "保存中…" / "Saving…". */
    pendingLabel?: string;
  };

/** A <button>; `type` defaults to "button" so that only an explicit submit button submits a form. */
export function Button({
  variant,
  size,
  icon,
  pending = false,
  pendingLabel,
  disabled = false,
  className,
  type = "button",
  children,
  ...rest
}: ButtonProps) {
  const off = disabled || pending;
  return (
    <button
      type={type}
      disabled={off}
      aria-disabled={off || undefined}
      aria-busy={pending || undefined}
      className={buttonClasses({ variant, size, className })}
      {...rest}
    >
      <Content icon={icon} pending={pending}>
        {pending && pendingLabel ? pendingLabel : children}
      </Content>
    </button>
  );
}

type ButtonLinkProps = Look & Omit<ComponentProps<typeof Link>, "children">;

/** A next/link that looks like a button: for actions that are navigations ("new dispute", "export"). */
export function ButtonLink({ variant, size, icon, className, children, ...rest }: ButtonLinkProps) {
  return (
    <Link className={buttonClasses({ variant, size, className })} {...rest}>
      <Content icon={icon}>{children}</Content>
    </Link>
  );
}
