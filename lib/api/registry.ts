// Every endpoint of /api/v1. The route handler answers from this list, the OpenAPI document is
// generated from it, and the contract and authorization tests walk it: an endpoint cannot exist
// without being documented and tested.
import type { ApiEndpoint } from "./endpoint.ts";
import { advisoryEndpoints } from "./endpoints/advisories.ts";
import { hazardEndpoints } from "./endpoints/hazards.ts";
import { notificationEndpoints } from "./endpoints/notifications.ts";
import { residencyEndpoints } from "./endpoints/residency.ts";
import { sessionEndpoints } from "./endpoints/session.ts";
import { ticketEndpoints } from "./endpoints/tickets.ts";

export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  ...sessionEndpoints,
  ...ticketEndpoints,
  ...hazardEndpoints,
  ...residencyEndpoints,
  ...advisoryEndpoints,
  ...notificationEndpoints,
];
