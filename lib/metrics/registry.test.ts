import { describe, expect, it } from "vitest";
import { counter, metricsText, registerGauge } from "./registry.ts";

describe("the metrics registry", () => {
  it("reads a registered gauge at scrape time, with the newest reader, and drops vanished series", async () => {
    let depth = 3;
    registerGauge({ name: "test_queue_depth", help: "queued", labelNames: ["queue"] as const }, (gauge) => {
      gauge.set({ queue: "mail" }, depth);
      gauge.set({ queue: "export" }, 1);
    });
    expect((await metricsText()).body).toMatch(/^test_queue_depth\{queue="mail"\} 3$/m);
    depth = 5;
    expect((await metricsText()).body).toMatch(/^test_queue_depth\{queue="mail"\} 5$/m);

    // Registered again (a module loaded twice, a reload): one gauge, read by the newer function.
    registerGauge({ name: "test_queue_depth", help: "queued", labelNames: ["queue"] as const }, (gauge) =>
      gauge.set({ queue: "mail" }, 7),
    );
    const text = (await metricsText()).body;
    expect(text.match(/^# TYPE test_queue_depth gauge$/gm)).toHaveLength(1);
    expect(text).toMatch(/^test_queue_depth\{queue="mail"\} 7$/m);
    expect(text).not.toContain('queue="export"');
  });

  it("hands out one counter per name, however often it is asked for", async () => {
    counter({ name: "test_job_failures_total", help: "failed", labelNames: ["job"] as const }).inc({ job: "digest" });
    counter({ name: "test_job_failures_total", help: "failed", labelNames: ["job"] as const }).inc({ job: "digest" });
    expect((await metricsText()).body).toMatch(/^test_job_failures_total\{job="digest"\} 2$/m);
  });
});
