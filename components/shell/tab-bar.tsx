"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { Ellipsis, X } from "lucide-react";
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { currentHref } from "@/lib/navigation/current";
import { NAV_ICONS } from "./nav-icons";
import type { ShellNavItem } from "./shell-nav-item";

const TAB = "flex min-h-14 w-full flex-col items-center justify-center gap-0.5 px-1 text-xs";
const TAB_CURRENT = "font-semibold text-brand-700";
const TAB_OTHER = "text-slate-600";
const SHEET_LINK = "flex min-h-12 items-center gap-3 rounded-md px-3 text-base";

export type TabBarLabels = { nav: string; more: string; moreNav: string; close: string };

/**
 * The phone's navigation, below the `sm` breakpoint: a bottom bar with the desk's main destinations
 * and "more", a sheet (a modal dialog, so focus stays inside and Escape closes it) with the rest of
 * the menu and whatever `children` the header has no room for.
 */
export function TabBar({
  items,
  labels,
  children,
}: {
  items: ShellNavItem[];
  labels: TabBarLabels;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current = currentHref(
    items.map((item) => item.href),
    pathname,
  );
  const main = items.filter((item) => item.primary);
  const rest = items.filter((item) => !item.primary);
  const sheet = useRef<HTMLDialogElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const sheetId = useId();
  const titleId = useId();

  // A link in the sheet leads to another page: the sheet has done its work.
  useEffect(() => {
    sheet.current?.close();
  }, [pathname]);

  const show = () => {
    sheet.current?.showModal();
    setOpen(true);
  };
  const onSheetClick = (event: MouseEvent<HTMLDialogElement>) => {
    // A click on the dialog itself, not on its content, is a click on the dimmed backdrop.
    if (event.target === event.currentTarget || (event.target as Element).closest("a")) sheet.current?.close();
  };
  const restIsCurrent = rest.some((item) => item.href === current);

  return (
    <>
      <nav
        aria-label={labels.nav}
        data-testid="tab-bar"
        className="no-print fixed inset-x-0 bottom-0 z-40 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] sm:hidden"
      >
        <ul className="flex">
          {main.map((item) => {
            const Icon = NAV_ICONS[item.label];
            const isCurrent = item.href === current;
            return (
              <li key={item.href} className="min-w-0 flex-1">
                <Link
                  href={item.href}
                  aria-current={isCurrent ? "page" : undefined}
                  className={`${TAB} ${isCurrent ? TAB_CURRENT : TAB_OTHER}`}
                >
                  <Icon aria-hidden="true" className="size-5 shrink-0" />
                  <span className="max-w-full truncate">{item.text}</span>
                </Link>
              </li>
            );
          })}
          <li className="min-w-0 flex-1">
            <button
              ref={moreButton}
              type="button"
              onClick={show}
              aria-haspopup="dialog"
              aria-expanded={open}
              aria-controls={sheetId}
              data-testid="tab-more"
              className={`${TAB} ${restIsCurrent ? TAB_CURRENT : TAB_OTHER}`}
            >
              <Ellipsis aria-hidden="true" className="size-5 shrink-0" />
              <span className="max-w-full truncate">{labels.more}</span>
            </button>
          </li>
        </ul>
      </nav>
      <dialog
        ref={sheet}
        id={sheetId}
        aria-labelledby={titleId}
        data-testid="more-sheet"
        onClick={onSheetClick}
        // Switching the language keeps the user on the page, so the path does not change: close here.
        onSubmit={() => sheet.current?.close()}
        onClose={() => {
          setOpen(false);
          moreButton.current?.focus();
        }}
        className="no-print m-0 mt-auto max-h-[85dvh] w-full max-w-none overflow-y-auto overscroll-contain rounded-t-2xl bg-white p-0 pb-[env(safe-area-inset-bottom)] text-slate-900 backdrop:bg-slate-900/40 sm:hidden"
      >
        <div className="flex items-center justify-between border-b border-slate-200 py-1 pr-1 pl-4">
          <h2 id={titleId} className="text-base font-semibold">
            {labels.more}
          </h2>
          <button
            type="button"
            onClick={() => sheet.current?.close()}
            aria-label={labels.close}
            className="inline-flex size-11 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100"
          >
            <X aria-hidden="true" className="size-5" />
          </button>
        </div>
        {/* Its content is rendered once it opens: every page would otherwise render it for nothing. */}
        {open ? (
          <>
            {rest.length > 0 ? (
              <nav aria-label={labels.moreNav} className="px-2 py-2">
                <ul>
                  {rest.map((item) => {
                    const Icon = NAV_ICONS[item.label];
                    const isCurrent = item.href === current;
                    return (
                      <li key={item.href}>
                        <Link
                          href={item.href}
                          aria-current={isCurrent ? "page" : undefined}
                          className={`${SHEET_LINK} ${isCurrent ? "bg-brand-50 font-medium text-brand-900" : "text-slate-800 hover:bg-slate-100"}`}
                        >
                          <Icon aria-hidden="true" className="size-5 shrink-0 text-slate-500" />
                          {item.text}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </nav>
            ) : null}
            <div className="border-t border-slate-200 px-4 py-3">{children}</div>
          </>
        ) : null}
      </dialog>
    </>
  );
}
