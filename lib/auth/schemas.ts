import { z } from "zod";
import { plainString } from "../forms/fields.ts";

export const signInSchema = z.object({
  // Usernames are stored lower-case: "Admin" signs in as "admin".
  username: plainString()
    .trim()
    .toLowerCase()
    .min(1, "auth.errors.usernameRequired")
    .max(64, "auth.errors.usernameRequired"),
  password: z.string().min(1, "auth.errors.passwordRequired").max(256, "auth.errors.passwordRequired"),
});
