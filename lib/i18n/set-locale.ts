import { z } from "zod";
import { LOCALES } from "../../i18n/locales.ts";

export const setLocaleSchema = z.object({
  locale: z.enum(LOCALES),
  /** Where to return to; only paths of this site. */
  back: z
    .string()
    .regex(/^\/(?!\/)[^\s]*$/)
    .max(512)
    .catch("/"),
});
