"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/auth/action-core";
// Types only: the search itself runs on the server.
import type { EnterpriseMatch as EnterpriseOption, EnterpriseMatches } from "@/lib/enterprises/search";
import { localized } from "@/components/ui/localized";

export type { EnterpriseOption };

/** How long typing must pause before a search goes out: one request per word typed, not per key. */
const DEBOUNCE_MS = 250;

type Props = {
  /** The input's id, for the field's label and for focus after a refused send. */
  id: string;
  /** The form field each chosen enterprise is posted as, one hidden input each. */
  name: string;
  /** "one": choosing replaces the choice and closes the list (a filter); "many" (default): choices add up. */
  choose?: "one" | "many";
  /** Already chosen when the page opens (a filter read from the URL). */
  initial?: EnterpriseOption[];
  /** The search field's label and the text shown while nothing is chosen, when the defaults do not fit. */
  label?: string;
  noneChosen?: string;
  /** Asks the server; must keep its identity across renders (a module-level function). */
  search: (q: string) => Promise<ActionResult<EnterpriseMatches>>;
  /** The field's server error, as fieldErrors().describe gives it. */
  invalid?: { "aria-invalid"?: boolean; "aria-describedby"?: string };
};

/**
 * Picks enterprises by searching them (ARIA combobox with a listbox): a county has thousands and an
 * officer hundreds, too many to list in the page. The chosen ones stay as chips until removed and are
 * posted as hidden fields, so the form sees the same field as checkboxes (or a select) would give it.
 */
export function EnterprisePicker({
  id,
  name,
  search,
  invalid,
  choose = "many",
  initial = [],
  label,
  noneChosen,
}: Props) {
  const t = useTranslations("enterprisePicker");
  const one = choose === "one";
  const locale = useLocale();
  const base = useId();
  const listId = `${base}-list`;
  const hintId = `${base}-hint`;
  const statusId = `${base}-status`;
  const chosenId = `${base}-chosen`;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [matches, setMatches] = useState<EnterpriseMatches | null>(null);
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [picked, setPicked] = useState<EnterpriseOption[]>(initial);
  const input = useRef<HTMLInputElement>(null);
  const chips = useRef<HTMLUListElement>(null);
  // Answers may arrive out of order: only the latest request's is shown.
  const latest = useRef(0);
  const searchedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!open || searchedFor.current === query) return;
    // The first search (on opening) goes at once; while typing, it waits for a pause.
    const delay = searchedFor.current === null ? 0 : DEBOUNCE_MS;
    const timer = setTimeout(() => {
      const request = ++latest.current;
      searchedFor.current = query;
      setSearching(true);
      const settle = (next: EnterpriseMatches | null, problem: string | null) => {
        if (request !== latest.current) return;
        setSearching(false);
        setMatches(next);
        setFailure(problem);
        setActive(-1);
      };
      search(query).then(
        (result) =>
          result.ok ? settle(result.data, null) : settle(null, result.fieldErrors?.q?.join(" ") ?? result.message),
        () => {
          // Asked again on the next keystroke or opening.
          searchedFor.current = null;
          settle(null, t("failed"));
        },
      );
    }, delay);
    return () => clearTimeout(timer);
  }, [open, query, search, t]);

  const items = open && matches ? matches.items : [];
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView?.({ block: "nearest" });
  }, [active, listId]);

  const nameOf = (e: EnterpriseOption) => localized(locale, e.name, e.nameEn);
  const isPicked = (e: EnterpriseOption) => picked.some((p) => p.id === e.id);
  const toggle = (e: EnterpriseOption) => {
    if (one) {
      // The one choice is made: the list closes and the field is ready for another search.
      setPicked((now) => (now[0]?.id === e.id ? [] : [e]));
      setOpen(false);
      setQuery("");
      setActive(-1);
      return;
    }
    setPicked((now) => (now.some((p) => p.id === e.id) ? now.filter((p) => p.id !== e.id) : [...now, e]));
  };

  const remove = (index: number) => {
    // Focus goes to the chip that takes the removed one's place, else the search field.
    const buttons = chips.current?.querySelectorAll("button");
    (buttons?.[index + 1] ?? buttons?.[index - 1] ?? input.current)?.focus();
    setPicked((now) => now.filter((_, i) => i !== index));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = items.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        event.preventDefault();
        if (!open) {
          setOpen(true);
          return;
        }
        if (!count) return;
        const down = event.key === "ArrowDown";
        setActive((at) => (down ? (at + 1) % count : at <= 0 ? count - 1 : at - 1));
        return;
      }
      case "Enter":
        // Never sends the whole form from the search field: Enter here chooses.
        event.preventDefault();
        if (open && active >= 0 && items[active]) toggle(items[active]);
        return;
      case "Escape":
        if (open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          setQuery("");
        }
        return;
    }
  };

  let status = "";
  if (open) {
    if (searching) status = t("searching");
    else if (failure) status = failure;
    else if (matches && !matches.items.length) status = t("noMatch");
    else if (matches?.more) status = t("more");
    else if (matches) status = t("found", { count: matches.items.length });
  }
  const describedBy = [invalid?.["aria-describedby"], hintId].filter(Boolean).join(" ");

  return (
    <div>
      <label htmlFor={id} className="block text-sm text-slate-700">
        {label ?? t("search")}
      </label>
      <p id={hintId} className="text-xs text-slate-600">
        {t("hint")}
      </p>
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        maxLength={50}
        aria-autocomplete="list"
        aria-expanded={open && items.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 && items[active] ? optionId(active) : undefined}
        aria-invalid={invalid?.["aria-invalid"]}
        aria-describedby={describedBy}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base"
      />
      <p id={statusId} role="status" className="mt-1 min-h-5 text-xs text-slate-600">
        {status}
      </p>
      {/* Always in the page, so that aria-controls names an element; empty and hidden while closed. */}
      <ul
        id={listId}
        role="listbox"
        aria-label={t("options")}
        aria-multiselectable={!one}
        hidden={!items.length}
        className="mt-1 max-h-64 overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-sm"
      >
        {items.map((item, index) => {
          const chosen = isPicked(item);
          return (
            <li
              key={item.id}
              id={optionId(index)}
              role="option"
              aria-selected={chosen}
              // Keeps the focus in the search field, where the keyboard works on the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setActive(index);
                toggle(item);
              }}
              className={`flex min-h-11 cursor-pointer items-center gap-2 px-3 py-1 text-sm break-words sm:min-h-9 ${
                index === active ? "bg-brand-100 outline-2 -outline-offset-2 outline-brand-600" : ""
              }`}
            >
              <span aria-hidden="true" className="w-4 shrink-0 text-brand-700">
                {chosen ? "✓" : ""}
              </span>
              <span className="min-w-0">{nameOf(item)}</span>
            </li>
          );
        })}
      </ul>
      <noscript>
        <p className="mt-1 text-sm text-slate-700">{t("needsScript")}</p>
      </noscript>
      <div className="mt-3">
        <p id={chosenId} className="text-sm text-slate-700">
          {picked.length ? t("chosenList", { count: picked.length }) : (noneChosen ?? t("noneChosen"))}
        </p>
        {picked.length ? (
          <ul ref={chips} aria-labelledby={chosenId} className="mt-1 flex flex-wrap gap-2">
            {picked.map((item, index) => (
              <li
                key={item.id}
                className="inline-flex max-w-full items-center gap-1 rounded-full border border-brand-100 bg-brand-50 py-0.5 pr-0.5 pl-3 text-sm"
              >
                <span className="min-w-0 break-words">{nameOf(item)}</span>
                <button
                  type="button"
                  aria-label={t("remove", { name: nameOf(item) })}
                  onClick={() => remove(index)}
                  className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center rounded-full text-slate-700 hover:bg-brand-100 sm:min-h-8 sm:min-w-8"
                >
                  <span aria-hidden="true">×</span>
                </button>
                <input type="hidden" name={name} value={item.id} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
