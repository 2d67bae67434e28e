// Server-action definitions of the organisation: policy question, input schema, command.
// app/(portal)/admin/organisation/actions.ts wraps each with defineAction; tests run them through executeAction.
import { defineActionDefinition as define } from "../auth/action-core.ts";
import * as commands from "./commands.ts";
import { canManageOrganisation, canMoveEnterprise } from "./policy.ts";
import * as schemas from "./schemas.ts";

export const organisationActions = {
  createStation: define({
    allow: canManageOrganisation,
    schema: schemas.stationFieldsSchema,
    run: commands.createStation,
  }),
  updateStation: define({
    allow: canManageOrganisation,
    schema: schemas.updateStationSchema,
    run: commands.updateStation,
  }),
  createWorkstation: define({
    allow: canManageOrganisation,
    schema: schemas.createWorkstationSchema,
    run: commands.createWorkstation,
  }),
  updateWorkstation: define({
    allow: canManageOrganisation,
    schema: schemas.updateWorkstationSchema,
    run: commands.updateWorkstation,
  }),
  createDepartment: define({
    allow: canManageOrganisation,
    schema: schemas.departmentFieldsSchema,
    run: commands.createDepartment,
  }),
  updateDepartment: define({
    allow: canManageOrganisation,
    schema: schemas.updateDepartmentSchema,
    run: commands.updateDepartment,
  }),
  setActive: define({ allow: canManageOrganisation, schema: schemas.setUnitActiveSchema, run: commands.setUnitActive }),
  moveEnterprise: define({
    allow: canMoveEnterprise,
    schema: schemas.moveEnterpriseSchema,
    run: commands.moveEnterprise,
  }),
};
