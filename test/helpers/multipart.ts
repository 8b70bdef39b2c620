/** Builds a multipart/form-data request body with one file field, for upload tests through app.inject. */

/** `{ payload, headers }` to spread into app.inject (add the session headers). */
export function multipartFile(fileName: string, bytes: Buffer | string, field = "file") {
  const boundary = `----luoshi${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      "Content-Type: application/octet-stream\r\n\r\n",
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
