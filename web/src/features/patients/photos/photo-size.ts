const BYTES_PER_MB = 1024 * 1024;

/**
 * Whether a chosen photo is over the server's limit (Me `limits.photoMaxMb`), checked before
 * uploading so a large file is not sent only to be refused. The server counts MiB the same way.
 */
export const isTooLargePhoto = (byteSize: number, maxMb: number): boolean => byteSize > maxMb * BYTES_PER_MB;
