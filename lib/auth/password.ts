import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes); @node-rs/argon2 defaults to argon2id.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export type PasswordVerifier = (passwordHash: string, password: string) => Promise<boolean>;

/**
 * An argon2id hash of no account's password, made with the same cost as real ones. Sign-in verifies
 * against it when there is no usable account (unknown or disabled), so that every refusal costs one
 * verification and the answer time does not tell which usernames exist or are disabled. It is fixed
 * rather than computed on first use, which would make that first answer slower.
 */
export const DUMMY_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$ww7wdF8jDn4InieNQB770Q$qAEp4u8bGHukMq9VK2Jye6eA9dr0Qg9EDwWuArLFrPc";
