import type { ResidencyKind } from "../db/generated/enums.ts";

type Item = { code: string; label: string; labelEn: string; required: boolean };

const ID = { code: "id-card", label: "居民身份证", labelEn: "Resident identity card", required: true };
const HUKOU = { code: "hukou-booklet", label: "户口簿", labelEn: "Household register booklet", required: true };
const LABOUR = { code: "labour-contract", label: "劳动合同", labelEn: "Labour contract", required: true };
const PHOTO = { code: "photo", label: "近期免冠照片", labelEn: "Recent passport-style photo", required: true };

/** The document checklist each residency kind starts with; kept as data so admins can edit it. */
export const DEFAULT_CHECKLISTS: Record<ResidencyKind, Item[]> = {
  TALENT_SETTLEMENT: [
    ID,
    HUKOU,
    { code: "diploma", label: "学历（学位）证书", labelEn: "Diploma or degree certificate", required: true },
    LABOUR,
    { code: "employer-letter", label: "用人单位接收证明", labelEn: "Employer's acceptance letter", required: true },
    {
      code: "marriage",
      label: "结婚证（随迁配偶时提供）",
      labelEn: "Marriage certificate (if a spouse moves too)",
      required: false,
    },
  ],
  COLLECTIVE_HOUSEHOLD: [
    ID,
    HUKOU,
    LABOUR,
    {
      code: "collective-consent",
      label: "集体户立户单位同意书",
      labelEn: "Consent of the collective household's unit",
      required: true,
    },
  ],
  RESIDENCE_PERMIT: [
    ID,
    PHOTO,
    {
      code: "residence-proof",
      label: "居住证明（租赁合同或单位宿舍证明）",
      labelEn: "Proof of residence (lease or dormitory letter)",
      required: true,
    },
    {
      code: "employment-proof",
      label: "就业证明或社保缴纳记录",
      labelEn: "Proof of employment or social insurance record",
      required: true,
    },
  ],
  CHILD_SCHOOL_PROOF: [
    ID,
    HUKOU,
    { code: "birth-certificate", label: "子女出生医学证明", labelEn: "Child's birth certificate", required: true },
    { code: "residence-permit", label: "父母居住证", labelEn: "Parent's residence permit", required: true },
    LABOUR,
  ],
  ID_CARD: [
    HUKOU,
    PHOTO,
    {
      code: "old-id-card",
      label: "原居民身份证（换领时提供）",
      labelEn: "Previous identity card (for renewal)",
      required: false,
    },
  ],
};
