import { z } from "zod";
import { ProjectPhase } from "../db/generated/enums.ts";
import { creditCodeSchema } from "../validation/credit-code.ts";
import { optionalText, requiredId, requiredText as required, yesNoField } from "../forms/fields.ts";

/** Investment is entered in 万元 (10 000 CNY), as on every Chinese project form; stored in yuan. */
export const YUAN_PER_WAN = 10_000;
/** Above any single industrial project in a county (1 万亿元); larger is a typing error. */
export const MAX_INVESTMENT_WAN = 100_000_000;
export const MAX_EMPLOYEES = 1_000_000;

/** A number typed into a form or read from a sheet cell: blank means 0; thousands separators are allowed. */
const count = (max: number, key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/[,，\s]/g, "") || "0" : (v ?? 0)),
    z.coerce
      .number({ message: key })
      .refine((n) => Number.isFinite(n), key)
      .pipe(z.number().min(0, key).max(max, key)),
  );

/** The registry fields of an enterprise, shared by the create/edit forms and the import. */
export const enterpriseFieldsSchema = z
  .object({
    name: required(2, 100, "enterprise.errors.name"),
    nameEn: optionalText(200, "enterprise.errors.nameEnTooLong"),
    creditCode: creditCodeSchema,
    industry: required(1, 50, "enterprise.errors.industry"),
    industryEn: optionalText(100, "enterprise.errors.industryEnTooLong"),
    workstationId: requiredId("enterprise.errors.workstationRequired"),
    address: optionalText(200, "enterprise.errors.addressTooLong"),
    employees: count(MAX_EMPLOYEES, "enterprise.errors.employees").pipe(z.number().int("enterprise.errors.employees")),
    investmentWan: count(MAX_INVESTMENT_WAN, "enterprise.errors.investment"),
    keyProject: yesNoField("enterprise.errors.flagInvalid"),
    projectPhase: z.preprocess(
      (v) => (v === "" || v === undefined || v === null ? null : v),
      z.enum(ProjectPhase, { message: "enterprise.errors.phaseInvalid" }).nullable(),
    ),
  })
  // A phase tracks a key project's progress; on an ordinary enterprise it would be noise nobody updates.
  .refine((e) => e.keyProject || e.projectPhase === null, {
    message: "enterprise.errors.phaseWithoutKeyProject",
    path: ["projectPhase"],
  })
  .transform(({ investmentWan, ...rest }) => ({
    ...rest,
    investmentCny: BigInt(Math.round(investmentWan * YUAN_PER_WAN)),
  }));

export type EnterpriseFields = z.output<typeof enterpriseFieldsSchema>;

/** Yuan back to 万元 for a form's initial value. */
export function investmentWanOf(investmentCny: bigint): number {
  return Number(investmentCny) / YUAN_PER_WAN;
}
