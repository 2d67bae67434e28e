import { createServer, type Server as NetServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startServer } from "./server.ts";

describe("the benchmark's server", () => {
  let taken: NetServer | undefined;
  afterEach(() => new Promise<void>((resolve) => (taken ? taken.close(() => resolve()) : resolve())));

  it("refuses a port something already listens on instead of measuring whatever answers there", async () => {
    taken = createServer();
    const port = await new Promise<number>((resolve) =>
      taken!.listen(0, () => resolve((taken!.address() as { port: number }).port)),
    );
    await expect(startServer(port)).rejects.toThrow(`port ${port} is not free (EADDRINUSE)`);
  });
});
