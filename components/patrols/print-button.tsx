"use client";

/** Opens the browser's print dialog; the page's print styles fit the rota on one A4 sheet. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
    >
      {label}
    </button>
  );
}
