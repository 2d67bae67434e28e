import { DOWNSCALE_MAX_EDGE, DOWNSCALE_TARGET_MB, pickUpload, shouldDownscale } from "@/lib/attachments/downscale";

/**
 * A large photo re-encoded smaller in the browser; anything else, or a photo the browser cannot
 * decode, comes back as it was (the server's checks still decide). The library is loaded only when
 * a large photo is chosen, from this site's own bundle.
 */
export async function downscaleForUpload(file: File): Promise<File> {
  if (!shouldDownscale(file)) return file;
  try {
    const { default: imageCompression } = await import("browser-image-compression");
    const blob = await imageCompression(file, {
      maxSizeMB: DOWNSCALE_TARGET_MB,
      maxWidthOrHeight: DOWNSCALE_MAX_EDGE,
      // Its worker would fetch the library again from a public CDN, which the page policy forbids
      // and a police network may not reach; a few photos on the main thread take a second or two.
      useWebWorker: false,
      // Location and device details stay on the phone; the orientation is applied to the pixels.
      preserveExif: false,
    });
    return pickUpload(file, new File([blob], file.name, { type: blob.type, lastModified: file.lastModified }));
  } catch {
    return file;
  }
}
