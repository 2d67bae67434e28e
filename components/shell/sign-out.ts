/**
 * Signs out through next-auth's own endpoints, as its browser client does: the CSRF token, then the
 * sign-out request, then the page it names. Written here because that client (10 KB gzipped) would
 * otherwise load on every page for this one button. If either request fails, next-auth's sign-out
 * page takes over, where one more click signs out.
 */
export async function signOutTo(callbackUrl: string): Promise<void> {
  try {
    const csrf = await fetch("/api/auth/csrf", { cache: "no-store" });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
    });
    if (!response.ok) throw new Error(`sign-out answered ${response.status}`);
    const { url } = (await response.json()) as { url?: string };
    window.location.assign(url ?? callbackUrl);
  } catch {
    // A full load on purpose, as after signing out: nothing of the signed-in page may stay in memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/api/auth/signout");
  }
}
