// Identity and phone numbers as everyone but the reviewing officer sees them. The query layer masks
// before anything leaves the server, so a full number never reaches a browser that should not have it.
import { maskResidentId } from "../validation/resident-id.ts";
import { maskMobile } from "../validation/mobile.ts";

/** 3702**********123X: province and city stay readable for sorting out wrong filings, the rest is hidden. */
export const maskIdNumber = (id: string) => maskResidentId(id);

/** 138****5678. */
export const maskPhone = (phone: string) => maskMobile(phone);

/** The applicant fields of a request row, masked. */
export function maskApplicant<T extends { applicantIdNumber: string; applicantPhone: string }>(row: T): T {
  return {
    ...row,
    applicantIdNumber: maskIdNumber(row.applicantIdNumber),
    applicantPhone: maskPhone(row.applicantPhone),
  };
}
