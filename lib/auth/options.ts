import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db/index.ts";
import { authSecret } from "./secret.ts";
import { loadSessionState, signInWithPassword } from "./sign-in.ts";
import { clientAddress, trustedProxyHops } from "./client-address.ts";
import { signInSchema } from "./schemas.ts";
import { recheckSession, rememberedFor } from "./session-recheck.ts";
import { decodeSession, encodeSession } from "./session-jwt.ts";
import { signInCodeSchema } from "../account/schemas.ts";
import { transportSecurity } from "../security/transport.ts";

/** A working day: sessions end overnight even when nothing revokes them. */
export const SESSION_MAX_AGE_SECONDS = 10 * 60 * 60;
/** Read once, like the secret, so that a bad value fails the first request that loads sessions. */
const PROXY_HOPS = trustedProxyHops();
/** The user behind a session, read at most once a minute per user on this server. */
export const sessionStateOf = rememberedFor((id, tv) => loadSessionState(getDb(), id, tv));

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { encode: encodeSession, decode: decodeSession },
  // Stated rather than left to next-auth's own guess, so that the proxy (getToken) reads the same cookie names.
  useSecureCookies: transportSecurity(process.env.NEXTAUTH_URL).secureCookies,
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "password",
      credentials: { username: { type: "text" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        const code = signInCodeSchema.safeParse(credentials?.code);
        if (!parsed.success || !code.success) return null;
        const result = await signInWithPassword(getDb(), {
          ...parsed.data,
          code: code.data,
          address: clientAddress(req?.headers ?? {}, PROXY_HOPS),
        });
        if (result.ok) {
          return {
            id: result.user.id,
            user: result.user,
            tv: result.tokenVersion,
            twoFactorPending: result.twoFactorPending,
          };
        }
        // next-auth passes an Error's message to the client as `error`: the sign-in form maps it to text.
        if (result.reason === "THROTTLED") throw new Error(`THROTTLED:${result.minutes}`);
        if (result.reason === "CODE_REQUIRED" || result.reason === "CODE_INVALID") throw new Error(result.reason);
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as {
          user: NonNullable<typeof token.user>;
          tv: number;
          twoFactorPending: boolean;
        };
        return {
          ...token,
          user: signedIn.user,
          tv: signedIn.tv,
          twoFactorPending: signedIn.twoFactorPending,
          checkedAt: Date.now(),
          revoked: false,
        };
      }
      return recheckSession(token, sessionStateOf, Date.now());
    },
    async session({ session, token }) {
      return {
        ...session,
        user: token.revoked ? undefined : token.user,
        twoFactorPending: token.twoFactorPending === true,
      };
    },
  },
};
