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
    sdk.error({ commandName: "PutObjectCommand", input: { Body: new Uint8Array([1, 2, 3, 250]) } });
    sdk.warn("An error was encountered in a non-retryable streaming request.");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 40,
      sdk: "An error was encountered in a non-retryable streaming request.",
    });
    expect(lines.join()).not.toContain("250");
  });
});
