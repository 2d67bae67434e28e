import type { Prisma } from "../db/generated/client.ts";

/**
 * The county bureaus under a city bureau, as a filter on a record's bureau. A city leader's scope is
 * every county of their city and nothing of the city bureau's own, which holds no cases.
 */
export function countiesOf(cityBureauId: string): Prisma.BureauWhereInput {
  return { parentId: cityBureauId };
}
