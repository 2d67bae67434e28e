import { signIn } from "./session.ts";
const path = process.argv[2]!,
  user = process.argv[3]!;
const url = "http://localhost:3299";
const cookie = await signIn(url, user, "demo1234");
const statuses = new Map<number, number>();
await Promise.all(
  Array.from({ length: 10 }, async () => {
    for (let i = 0; i < 5; i++) {
      const r = await fetch(url + path, { headers: { cookie }, redirect: "manual" });
      await r.text();
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
  }),
);
console.log(path, [...statuses]);
