import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../log/logger";
import { sdkLoggerFor } from "./s3-storage";

describe("the S3 client's logger", () => {
  it("logs the SDK's words, never the request it hands along with an error", () => {
    const lines: string[] = [];
    const log = createLogger(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
      "info",
    );
    const sdk = sdkLoggerFor(log);
    const body = new TextEncoder().encode("ID 110101199003071234");
    sdk.error({ commandName: "PutObjectCommand", input: { Body: body } });
    sdk.warn("An error was encountered in a non-retryable streaming request.");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 40,
      sdk: "An error was encountered in a non-retryable streaming request.",
    });
    // Neither the request nor its body, in any form: markers a line's own fields (its time, say) cannot hold.
    expect(lines.join()).not.toContain("PutObjectCommand");
    expect(lines.join()).not.toContain("110101199003071234");
    expect(lines.join()).not.toContain(`"0":${body[0]},"1":${body[1]}`);
  });
});
