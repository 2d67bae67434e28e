export type Env = Record<string, string | undefined>;

/** An OTLP endpoint is set and OpenTelemetry is not switched off (OTEL_SDK_DISABLED=true). */
export function tracingEnabled(env: Env = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim());
}

/** OTEL_BSP_SCHEDULE_DELAY (ms between exports, 5000 by default), which the SDK no longer reads itself. */
export function exportDelayMs(env: Env = process.env): number | undefined {
  const value = Number(env.OTEL_BSP_SCHEDULE_DELAY);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}
