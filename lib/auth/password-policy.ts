import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { z } from "zod";
import { hasControlCharacter } from "../forms/fields.ts";
import { CHINESE_PASSWORD_WORDS } from "./password-words.ts";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The estimated guesses (as a power of ten) a new password must take at least. zxcvbn's score 3
 * starts at 10^8, which still admits the username with a number run ("officer1-123456" sits exactly
 * there); a billion guesses turns those away and keeps passphrases and mixed passwords of ten or so
 * characters well inside.
 */
export const PASSWORD_MIN_GUESSES_LOG10 = 9;

export type PasswordProblem =
  "validation.password.tooShort" | "validation.password.tooLong" | "validation.password.tooWeak";

let estimator: ZxcvbnFactory | undefined;

// Built on first use: the dictionaries take a moment to rank, and most requests never set a password.
function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, chinese: [...CHINESE_PASSWORD_WORDS] },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/**
 * What is wrong with a password someone wants to set, or null when it may be used. `personal` holds
 * what an attacker would try first for this account: the username, the person's name, the
 * enterprise's name; a password built from them counts as weak.
 */
export function passwordProblem(password: string, personal: readonly string[] = []): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "validation.password.tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "validation.password.tooLong";
  const inputs = personal.map((s) => s.trim()).filter((s) => s.length > 0);
  const { guessesLog10 } = passwordEstimator().check(password, inputs);
  return guessesLog10 < PASSWORD_MIN_GUESSES_LOG10 ? "validation.password.tooWeak" : null;
}

/**
 * The field of a form that sets a new password. Control characters are refused like in any other
 * field: they cannot be typed at the sign-in form, so such a password could never be used.
 */
export const newPasswordField = (personal: readonly string[] = []) =>
  z.string({ message: "validation.password.tooShort" }).superRefine((password, ctx) => {
    if (hasControlCharacter(password)) {
      ctx.addIssue({ code: "custom", message: "errors.controlCharacter" });
      return;
    }
    const problem = passwordProblem(password, personal);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
