"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { currentHref } from "@/lib/navigation/current";
import type { ShellNavItem } from "./shell-nav-item";

const CURRENT = "bg-brand-50 font-medium text-brand-900";
const OTHER = "text-slate-700 hover:bg-slate-100";
const CUE = "absolute inset-y-0 flex w-10 items-center bg-linear-to-r text-slate-500 hover:text-brand-900";

/**
 * The desktop menu: one line that never wraps a label, scrolled sideways when the desk has more
 * entries than the width holds. A faded edge with an arrow shows on each side that has more; the
 * arrows are for the mouse only (keyboard focus scrolls a link into view by itself).
 */
export function MainMenu({ items, label }: { items: ShellNavItem[]; label: string }) {
  const pathname = usePathname();
  const current = currentHref(
    items.map((item) => item.href),
    pathname,
  );
  const list = useRef<HTMLUListElement>(null);
  const [more, setMore] = useState({ before: false, after: false });

  const measure = useCallback(() => {
    const el = list.current;
    if (!el) return;
    // A pixel of slack: zoomed pages report fractional scroll positions.
    setMore({ before: el.scrollLeft > 1, after: el.scrollLeft + el.clientWidth < el.scrollWidth - 1 });
  }, []);

  useEffect(() => {
    const el = list.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  useEffect(() => {
    list.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [current]);

  const scrollBy = (direction: 1 | -1) =>
    list.current?.scrollBy({ left: direction * list.current.clientWidth * 0.75, behavior: "smooth" });

  return (
    <nav aria-label={label} className="relative" data-testid="main-menu">
      <ul ref={list} onScroll={measure} className="flex gap-1 overflow-x-auto [scrollbar-width:none]">
        {items.map((item) => (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={item.href === current ? "page" : undefined}
              className={`block rounded px-3 py-1.5 text-sm whitespace-nowrap ${item.href === current ? CURRENT : OTHER}`}
            >
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
      {more.before ? (
        <button
          type="button"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="menu-scroll-back"
          onClick={() => scrollBy(-1)}
          className={`${CUE} left-0 justify-start from-white via-white/90 to-transparent`}
        >
          <ChevronLeft className="size-4" />
        </button>
      ) : null}
      {more.after ? (
        <button
          type="button"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="menu-scroll-on"
          onClick={() => scrollBy(1)}
          className={`${CUE} right-0 justify-end from-transparent via-white/90 to-white`}
        >
          <ChevronRight className="size-4" />
        </button>
      ) : null}
    </nav>
  );
}
