// OpenTelemetry traces, exported over OTLP/HTTP when an endpoint is configured; without one this
// module is never loaded (instrumentation.ts asks tracing-settings.ts first), so tracing costs nothing.
//
// Spans come from Next itself (one per request, "GET /tickets/[id]", with its rendering and route
// handler inside) once a tracer provider is registered, and from Prisma (@prisma/instrumentation:
// prisma:client:operation and prisma:client:db_query with the SQL text, whose values are
// placeholders, never the parameters). Other settings are OpenTelemetry's own variables, read by the
// exporter: OTEL_EXPORTER_OTLP_HEADERS, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, OTEL_SERVICE_NAME,
// OTEL_RESOURCE_ATTRIBUTES.
import { hostname } from "node:os";
import { context, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import { PrismaInstrumentation, registerInstrumentations } from "@prisma/instrumentation";
import { exportDelayMs, type Env } from "./tracing-settings.ts";

/** Starts tracing for the process; the returned function exports what is pending and stops. */
export function startTracing(env: Env = process.env): () => Promise<void> {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager());
  // A trace begun by a proxy or caller in front (traceparent header) continues here.
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const resource = resourceFromAttributes({
    [ATTR_SERVICE_NAME]: "jqt",
    "host.name": hostname(),
    "process.pid": process.pid,
  }).merge(detectResources({ detectors: [envDetector] }));
  const provider = new TracerProvider({
    resource,
    spanProcessors: [
      new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: exportDelayMs(env) }),
    ],
  });
  trace.setGlobalTracerProvider(provider);
  registerInstrumentations({ tracerProvider: provider, instrumentations: [new PrismaInstrumentation()] });
  return () => provider.shutdown();
}
