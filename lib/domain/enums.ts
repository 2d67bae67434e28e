// The domain's enumerations (statuses, kinds, roles …) for pages and components, which may not reach
// into the database layer. One list, generated from the Prisma schema.
export * from "../db/generated/enums.ts";
