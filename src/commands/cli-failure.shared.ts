/**
 * How a command reports a failure: one line on stderr in Chinese and English with the stable code, never a
 * stack trace, and an exit code that says whose fault it was (2: the input, 1: anything else).
 */
import { AppError, defineError, isAppError } from "../server/errors.ts";

export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** Errors about the command line's own paths (an input that is not a readable file, an output that is not a folder). */
export const cliErrors = {
  notFound: defineError("files.not_found", 404, "找不到该文件", "No such file"),
  notAFile: defineError("files.not_a_file", 400, "这是一个目录,不是文件", "This is a directory, not a file"),
  permissionDenied: defineError("files.permission_denied", 403, "没有权限读写该文件或目录", "Permission denied on this file or folder"),
  notADirectory: defineError("files.not_a_directory", 400, "输出位置已存在且不是目录", "The output path exists and is not a folder"),
};

/** A node file-system error as the user-facing error it means, or null when it is not one of those. */
export function fileSystemError(error: unknown): AppError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return cliErrors.notFound();
  if (code === "EISDIR") return cliErrors.notAFile();
  if (code === "EACCES" || code === "EPERM") return cliErrors.permissionDenied();
  if (code === "ENOTDIR" || code === "EEXIST") return cliErrors.notADirectory();
  return null;
}

export interface Failure {
  /** one line: "中文 / English (code)" */
  message: string;
  exitCode: number;
}

/** The one line and exit code for anything a command caught; set LUOSHI_DEBUG=1 to see the stack as well. */
export function describeFailure(error: unknown): Failure {
  const known = isAppError(error) ? error : fileSystemError(error);
  if (known) return { message: `${known.message} / ${known.messageEn} (${known.code})`, exitCode: EXIT.badInput };
  if (process.env.LUOSHI_DEBUG) console.error(error);
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split("\n")[0] ?? "";
  return { message: `内部错误 / Internal error: ${firstLine}`, exitCode: EXIT.failure };
}

/** When the reader of our output goes away (`luoshi extract … | head`), stop quietly instead of crashing on EPIPE. */
export function stopQuietlyWhenOutputCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? EXIT.ok);
  });
}
