// Server-action definitions of the patrol capability: policy question, input schema, command.
// app/(portal)/patrols/actions.ts wraps each with defineAction; tests run them through executeAction.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { setHolidays } from "./holidays.ts";
import { canLogPatrols, canManagePatrols, canMarkUnavailability } from "./policy.ts";
import {
  attachRequestSchema,
  createTeamSchema,
  editNightSchema,
  generateRotaSchema,
  holidaysSchema,
  logShiftSchema,
  publishRotaSchema,
  unavailabilitySchema,
  updateTeamSchema,
} from "./schemas.ts";

export const patrolActions = {
  createTeam: define({ allow: canManagePatrols, schema: createTeamSchema, run: commands.createTeam }),
  updateTeam: define({ allow: canManagePatrols, schema: updateTeamSchema, run: commands.updateTeam }),
  setUnavailability: define({
    allow: canMarkUnavailability,
    schema: unavailabilitySchema,
    run: commands.setUnavailability,
  }),
  generateRota: define({ allow: canManagePatrols, schema: generateRotaSchema, run: commands.generateRota }),
  setHolidays: define({ allow: canManagePatrols, schema: holidaysSchema, run: setHolidays }),
  editNight: define({ allow: canManagePatrols, schema: editNightSchema, run: commands.editNight }),
  publishRota: define({ allow: canManagePatrols, schema: publishRotaSchema, run: commands.publishRota }),
  logShift: define({ allow: canLogPatrols, schema: logShiftSchema, run: commands.logShift }),
  attachRequest: define({
    allow: canManagePatrols,
    schema: attachRequestSchema,
    run: commands.attachPatrolRequest,
  }),
};
