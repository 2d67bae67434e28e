import { describe, expect, it } from "vitest";
import { currentHref } from "./current";

const ADMIN = ["/admin", "/admin/accounts", "/admin/organisation", "/settings/residency", "/settings/sla"];

describe("the current menu entry", () => {
  it("is the entry itself", () => {
    expect(currentHref(ADMIN, "/admin")).toBe("/admin");
    expect(currentHref(ADMIN, "/settings/sla")).toBe("/settings/sla");
  });

  it("is the deepest entry above a page, not the home above it", () => {
    expect(currentHref(ADMIN, "/admin/accounts")).toBe("/admin/accounts");
    expect(currentHref(ADMIN, "/admin/accounts/u-1/edit")).toBe("/admin/accounts");
    expect(currentHref(ADMIN, "/admin/organisation?tab=stations")).toBe("/admin/organisation");
  });

  it("matches whole path segments only", () => {
    expect(currentHref(["/tickets"], "/tickets-archive")).toBeUndefined();
    expect(currentHref(ADMIN, "/administration")).toBeUndefined();
  });

  it("is none for a page outside the menu", () => {
    expect(currentHref(ADMIN, "/notifications")).toBeUndefined();
  });
});
