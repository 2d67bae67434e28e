import { z } from "zod";

export const signInSchema = z.object({
  username: z.string().trim().min(1, "auth.errors.usernameRequired").max(64, "auth.errors.usernameRequired"),
  password: z.string().min(1, "auth.errors.passwordRequired").max(256, "auth.errors.passwordRequired"),
});
