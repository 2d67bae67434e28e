import { describe, expect, it } from "vitest";
import { exportDelayMs, tracingEnabled } from "./tracing-settings.ts";

describe("tracingEnabled", () => {
  it("starts tracing only when an OTLP endpoint is set and the SDK is not switched off", () => {
    expect(tracingEnabled({})).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: " " })).toBe(false);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" })).toBe(true);
    expect(tracingEnabled({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "TRUE" })).toBe(
      false,
    );
  });

  it("reads the export delay when it is a positive whole number", () => {
    expect(exportDelayMs({})).toBeUndefined();
    expect(exportDelayMs({ OTEL_BSP_SCHEDULE_DELAY: "250" })).toBe(250);
    expect(exportDelayMs({ OTEL_BSP_SCHEDULE_DELAY: "soon" })).toBeUndefined();
    expect(exportDelayMs({ OTEL_BSP_SCHEDULE_DELAY: "-5" })).toBeUndefined();
  });
});
