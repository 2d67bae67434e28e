import type { SessionUser } from "@/lib/auth/session-user";

declare module "next-auth" {
  interface Session {
    user?: SessionUser;
    /** The bureau requires two-factor sign-in of this user and they have not set it up yet. */
    twoFactorPending?: boolean;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    user?: SessionUser;
    /** The user's token version when the session was issued. */
    tv?: number;
    /** When the user's status was last re-read from the database (ms since epoch). */
    checkedAt?: number;
    revoked?: boolean;
    twoFactorPending?: boolean;
  }
}
