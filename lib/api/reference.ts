// The readable reference page's content, read off the OpenAPI document so the page cannot say
// something the contract does not.
import { apiDocument } from "./openapi.ts";

type Json = Record<string, unknown>;

export type ReferenceField = { name: string; type: string; required: boolean; description: string };
export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  public: boolean;
  parameters: (ReferenceField & { in: string })[];
  bodies: { mediaType: string; schema: string }[];
  responses: { status: string; description: string; schema: string | null }[];
};
export type ReferenceSchema = { name: string; fields: ReferenceField[] };
export type Reference = {
  title: string;
  version: string;
  description: string;
  tags: { name: string; operations: ReferenceOperation[] }[];
  schemas: ReferenceSchema[];
};

const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

/** A schema's type in a few words: `Ticket`, `string (date-time)`, `TicketEvent[]`, `SUBMITTED | …`. */
export function typeOf(schema: Json | undefined): string {
  if (!schema) return "any";
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(" | ");
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as Json[]).map(typeOf).join(" | ");
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map(String).join(" | ");
  if ("const" in schema) return JSON.stringify(schema.const);
  if (schema.type === "array") return `${typeOf(schema.items as Json)}[]`;
  if (schema.type === "object" && !schema.properties) return "object";
  if (schema.type === "object") return "object";
  const format = typeof schema.format === "string" ? ` (${schema.format})` : "";
  return `${String(schema.type ?? "any")}${format}`;
}

function fieldsOf(schema: Json | undefined): ReferenceField[] {
  if (!schema || typeof schema.properties !== "object") return [];
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(schema.properties as Record<string, Json>).map(([name, property]) => ({
    name,
    type: typeOf(property),
    required: required.has(name),
    description: String(property.description ?? ""),
  }));
}

function schemaLabel(schema: Json | undefined): string {
  if (!schema) return "";
  if (schema.$ref) return refName(String(schema.$ref));
  const fields = fieldsOf(schema);
  return fields.length ? `{ ${fields.map((f) => `${f.name}${f.required ? "" : "?"}`).join(", ")} }` : typeOf(schema);
}

export function apiReference(): Reference {
  const doc = apiDocument() as unknown as Json & {
    info: { title: string; version: string; description?: string };
    paths: Record<string, Record<string, Json>>;
    components?: { schemas?: Record<string, Json> };
  };
  const byTag = new Map<string, ReferenceOperation[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = ((op.tags as string[] | undefined) ?? ["API"])[0]!;
      const content = ((op.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
      const operation: ReferenceOperation = {
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        summary: String(op.summary ?? ""),
        public: Array.isArray(op.security) && op.security.length === 0,
        parameters: ((op.parameters as Json[] | undefined) ?? []).map((p) => ({
          in: String(p.in),
          name: String(p.name),
          type: typeOf(p.schema as Json),
          required: p.required === true,
          description: String(p.description ?? (p.schema as Json | undefined)?.description ?? ""),
        })),
        bodies: Object.entries(content).map(([mediaType, media]) => ({
          mediaType,
          schema: schemaLabel(media.schema as Json),
        })),
        responses: Object.entries((op.responses ?? {}) as Record<string, Json>).map(([status, response]) => {
          const media = ((response.content ?? {}) as Record<string, Json>)["application/json"];
          return {
            status,
            description: String(response.description ?? ""),
            schema: media ? schemaLabel(media.schema as Json) : null,
          };
        }),
      };
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation]);
    }
  }
  return {
    title: doc.info.title,
    version: doc.info.version,
    description: doc.info.description ?? "",
    tags: [...byTag].map(([name, operations]) => ({ name, operations })),
    schemas: Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => ({
      name,
      fields: fieldsOf(schema),
    })),
  };
}
