/**
 * Decodes the multiplexed output of a container without a TTY: frames of an 8-byte header
 * (stream type, 3 zero bytes, big-endian length) and a payload. Anything that does not look
 * like a frame is taken as plain text (a TTY container's raw output).
 */
export function demuxDockerLog(buffer: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= buffer.length) {
    const type = buffer[offset];
    if (
      (type !== 0 && type !== 1 && type !== 2) ||
      buffer[offset + 1] !== 0 ||
      buffer[offset + 2] !== 0 ||
      buffer[offset + 3] !== 0
    ) {
      return offset === 0
        ? buffer.toString('utf8')
        : Buffer.concat([...parts, buffer.subarray(offset)]).toString('utf8');
    }
    const size = buffer.readUInt32BE(offset + 4);
    parts.push(buffer.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  if (offset < buffer.length) parts.push(buffer.subarray(offset));
  return Buffer.concat(parts).toString('utf8');
}
