// Uploaded images (R-QUA-1, R-SIG-2): JPG or PNG, at most 5 MB, recognised by content.

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/** The image type read from the file's first bytes, or null when it is neither JPEG nor PNG. */
export function sniffImage(bytes: Uint8Array): 'image/jpeg' | 'image/png' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

/** A message for a file that may not be uploaded, or null when it may. */
export function imageProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'The file is empty.';
  if (bytes.length > MAX_IMAGE_BYTES) return 'The image is larger than 5 MB.';
  if (!sniffImage(bytes)) return 'Upload a JPG or PNG image (the file content is neither).';
  return null;
}
