import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clusterPortProblem, createCluster, parsePortRange } from "./cluster";

describe("a throw-away cluster's port", () => {
  it("reads the kernel's range of ports for outgoing connections", () => {
    expect(parsePortRange("32768\t60999\n")).toEqual([32768, 60999]);
    expect(parsePortRange("garbage")).toBeNull();
  });

  it("is refused inside that range, where an outgoing connection may hold it, and taken below it", () => {
    const range: [number, number] = [32768, 60999];
    expect(clusterPortProblem(55442, range)).toMatch(/outgoing connections \(32768–60999\); choose one below 32768/);
    expect(clusterPortProblem(32768, range)).not.toBeNull();
    expect(clusterPortProblem(60999, range)).not.toBeNull();
    expect(clusterPortProblem(15442, range)).toBeNull();
    expect(clusterPortProblem(61000, range)).toBeNull();
  });

  it("is refused when it is no port at all, whatever the range", () => {
    expect(clusterPortProblem(80, null)).toMatch(/not a port/);
    expect(clusterPortProblem(70000, null)).toMatch(/not a port/);
    expect(clusterPortProblem(15.5, null)).toMatch(/not a port/);
    expect(clusterPortProblem(15432, null)).toBeNull();
  });

  it("stops createCluster before it makes anything, on a port inside this machine's range", () => {
    const range = parsePortRange(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8"));
    expect(range).not.toBeNull();
    let made: ReturnType<typeof createCluster> | undefined;
    try {
      expect(() => (made = createCluster(range![0]))).toThrow(/outgoing connections/);
    } finally {
      // Were the check gone, a cluster would have started: stop it rather than leave it running.
      made?.stop();
    }
  });
});
