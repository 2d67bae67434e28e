import { Link } from "@/components/ui/link";

export type LinkTab = { href: string; label: string; current: boolean };

/**
 * Parts of one page as tabs that are plain links: each part has its own address, survives a reload,
 * can be bookmarked and works without JavaScript. The current one is marked for screen readers.
 */
export function LinkTabs({ label, tabs, testId }: { label: string; tabs: LinkTab[]; testId?: string }) {
  return (
    <nav aria-label={label} className="no-print mb-4 border-b border-slate-200" data-testid={testId ?? "page-tabs"}>
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center border-b-2 px-3 text-sm ${
                tab.current
                  ? "border-brand-600 font-medium text-brand-700"
                  : "border-transparent text-slate-600 hover:text-slate-900"
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
