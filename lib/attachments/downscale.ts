// Phone cameras write 3–12 MB photos; a few hundred KB show the same scene at screen size, upload
// over a weak mobile signal in seconds and stay under the server's limit.

/** Types a browser can decode and re-encode. GIF would lose its animation, and HEIC rarely decodes. */
export const DOWNSCALE_TYPES: readonly string[] = ["image/jpeg", "image/png", "image/webp"];

/** Smaller photos go up untouched: re-encoding them would cost quality for little gain. */
export const DOWNSCALE_ABOVE_BYTES = 1024 * 1024;

/** The longest edge after downscaling: sharp on any screen, still readable for a document photo. */
export const DOWNSCALE_MAX_EDGE = 2560;

/** What the encoder aims at; a photo it cannot bring this low still ends up far smaller. */
export const DOWNSCALE_TARGET_MB = 1;

type FileFacts = { type: string; size: number };

/** Whether a chosen file is downscaled in the browser before upload. PDFs and small files never are. */
export function shouldDownscale(file: FileFacts): boolean {
  return DOWNSCALE_TYPES.includes(file.type) && file.size > DOWNSCALE_ABOVE_BYTES;
}

/**
 * The file to send: the downscaled one only when it is a real, smaller image; otherwise the original,
 * which the server then checks like any other (it may still refuse one that is too large).
 */
export function pickUpload<F extends FileFacts>(original: F, downscaled: F | null): F {
  if (!downscaled || downscaled.size === 0 || !DOWNSCALE_TYPES.includes(downscaled.type)) return original;
  return downscaled.size < original.size ? downscaled : original;
}
