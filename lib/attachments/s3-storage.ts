import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { Readable } from "node:stream";
import { type Logger, logger } from "../log/logger.ts";
import {
  type AttachmentStorage,
  assertStorageKey,
  exactSizeStream,
  isStorageKey,
  readWhole,
  type StoredFile,
} from "./storage-contract.ts";

/** An S3 bucket (AWS or any server speaking its protocol); credentials come from the SDK's own chain. */
export type S3Target = {
  kind: "s3";
  bucket: string;
  region: string;
  /** Another server than AWS's (https://minio.example:9000); none for AWS itself. */
  endpoint?: string;
  /** Bucket in the path (`endpoint/bucket/key`) rather than the host name, as most other servers want. */
  forcePathStyle: boolean;
  /** Put before every key, so that one bucket can hold other things too ("attachments/"). */
  prefix: string;
};

// Only the SDK's words: its error entries carry the whole request, file bytes included, and every
// error reaches the caller anyway.
export function sdkLoggerFor(log: Logger) {
  const say =
    (level: "warn" | "error") =>
    (...content: unknown[]) => {
      const text = content.filter((item) => typeof item === "string").join(" ");
      if (text) log[level]({ sdk: text }, "object store client remark");
    };
  return { debug: () => undefined, info: () => undefined, warn: say("warn"), error: say("error") };
}

const sdkLogger = sdkLoggerFor(logger.child({ component: "s3" }));

// One client per configuration: it keeps a pool of connections, which a client per call would not.
const clients = new Map<string, S3Client>();

function clientFor(target: S3Target): S3Client {
  const id = JSON.stringify([target.region, target.endpoint, target.forcePathStyle]);
  let client = clients.get(id);
  if (!client) {
    client = new S3Client({
      region: target.region,
      endpoint: target.endpoint,
      forcePathStyle: target.forcePathStyle,
      // Checksums only where the operation requires them: many S3-compatible servers refuse the
      // newer default (a CRC trailer on every upload) that AWS's own service accepts.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      // The SDK's own remarks (it otherwise prints them on the console) as JSON lines like the rest.
      logger: sdkLogger,
    });
    clients.set(id, client);
  }
  return client;
}

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);

export function s3Storage(target: S3Target): AttachmentStorage {
  const client = clientFor(target);
  const Bucket = target.bucket;
  const objectKey = (key: string) => {
    assertStorageKey(key);
    return target.prefix + key;
  };

  const putCommand = (key: string, Body: Uint8Array | Readable, ContentLength: number) =>
    new PutObjectCommand({ Bucket, Key: objectKey(key), Body, ContentLength, ContentType: "application/octet-stream" });

  const open = async (key: string): Promise<StoredFile | null> => {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
      if (!object.Body || object.ContentLength === undefined) throw new Error("object store sent no body");
      return { size: object.ContentLength, body: object.Body.transformToWebStream() };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };

  return {
    async put(key, content) {
      if (content instanceof Uint8Array) {
        // Bytes in memory go as they are, without a copy.
        await client.send(putCommand(key, content, content.byteLength));
        return;
      }
      // A stream goes through without being gathered first. The SDK pipes it into the request and
      // does not watch it for errors, so a failing stream aborts the request here instead.
      const body = exactSizeStream(content);
      const abort = new AbortController();
      body.on("error", (error) => abort.abort(error));
      try {
        await client.send(putCommand(key, body, content.size), { abortSignal: abort.signal });
      } catch (error) {
        throw abort.signal.aborted ? abort.signal.reason : error;
      }
    },
    open,
    async read(key) {
      const file = await open(key);
      return file && readWhole(file);
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket, Prefix: target.prefix || undefined, ContinuationToken }),
        );
        for (const object of page.Contents ?? []) {
          const key = object.Key?.slice(target.prefix.length);
          if (!key || !isStorageKey(key)) continue;
          yield { key, size: object.Size ?? 0, modifiedAt: object.LastModified ?? new Date(0) };
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
