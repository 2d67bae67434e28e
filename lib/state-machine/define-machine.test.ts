import { describe, expect, it } from "vitest";
import { defineMachine } from "./define-machine";

type Light = "RED" | "GREEN" | "AMBER";
const lights = defineMachine<Light, "go" | "slow" | "stop" | "note">({
  go: { from: ["RED"], to: "GREEN" },
  slow: { from: ["GREEN"], to: "AMBER" },
  stop: { from: ["AMBER", "GREEN"], to: "RED" },
  note: { from: ["GREEN", "AMBER"], to: null },
});

describe("defineMachine", () => {
  it("leads each listed step to its status and forbids every other", () => {
    expect(lights.next("RED", "go")).toBe("GREEN");
    expect(lights.next("GREEN", "stop")).toBe("RED");
    expect(lights.next("RED", "slow")).toBeNull();
    expect(lights.next("RED", "stop")).toBeNull();
  });

  it("keeps the status for a step that leads nowhere", () => {
    expect(lights.next("AMBER", "note")).toBe("AMBER");
    expect(lights.next("RED", "note")).toBeNull();
  });

  it("offers the possible steps in declaration order, narrowed by the policy", () => {
    expect(lights.steps).toEqual(["go", "slow", "stop", "note"]);
    expect(lights.available("GREEN")).toEqual(["slow", "stop", "note"]);
    expect(lights.available("GREEN", (s) => s !== "stop")).toEqual(["slow", "note"]);
    expect(lights.available("RED", () => false)).toEqual([]);
  });
});
