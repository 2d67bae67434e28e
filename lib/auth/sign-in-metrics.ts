import { counter } from "../metrics/registry.ts";

export type SignInFailure = "wrong_password" | "wrong_code" | "throttled";

/** Failed sign-ins by why they failed: a rise of wrong passwords from many places is a guessing attack. */
export const signInFailures = () =>
  counter({
    name: "jqt_sign_in_failures_total",
    help: "Sign-ins refused: wrong or unknown account and password, wrong second-factor code, or throttled",
    labelNames: ["reason"] as const,
  });

export function countSignInFailure(reason: SignInFailure): void {
  signInFailures().inc({ reason });
}
