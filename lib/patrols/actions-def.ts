// Server-action definitions of the patrol capability: allowed roles, input schema, command.
// app/(portal)/patrols/actions.ts wraps each with defineAction; tests run them through executeAction.
import type { z } from "zod";
import type { ActionDefinition } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { PATROL_LOGGER_ROLES, PATROL_MANAGER_ROLES, PATROL_UNAVAILABILITY_ROLES } from "./policy.ts";
import {
  attachRequestSchema,
  createTeamSchema,
  editNightSchema,
  generateRotaSchema,
  logShiftSchema,
  publishRotaSchema,
  unavailabilitySchema,
  updateTeamSchema,
} from "./schemas.ts";

const define = <S extends z.ZodType, T>(def: ActionDefinition<S, T>) => def;

export const patrolActions = {
  createTeam: define({ roles: PATROL_MANAGER_ROLES, schema: createTeamSchema, run: commands.createTeam }),
  updateTeam: define({ roles: PATROL_MANAGER_ROLES, schema: updateTeamSchema, run: commands.updateTeam }),
  setUnavailability: define({
    roles: PATROL_UNAVAILABILITY_ROLES,
    schema: unavailabilitySchema,
    run: commands.setUnavailability,
  }),
  generateRota: define({ roles: PATROL_MANAGER_ROLES, schema: generateRotaSchema, run: commands.generateRota }),
  editNight: define({ roles: PATROL_MANAGER_ROLES, schema: editNightSchema, run: commands.editNight }),
  publishRota: define({ roles: PATROL_MANAGER_ROLES, schema: publishRotaSchema, run: commands.publishRota }),
  logShift: define({ roles: PATROL_LOGGER_ROLES, schema: logShiftSchema, run: commands.logShift }),
  attachRequest: define({
    roles: PATROL_MANAGER_ROLES,
    schema: attachRequestSchema,
    run: commands.attachPatrolRequest,
  }),
};
