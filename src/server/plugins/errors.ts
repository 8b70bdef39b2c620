/** One handler that maps every error to `{ error: { code, message, messageEn, details? } }`; a 5xx never leaks internals. */
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type AppError, commonErrors, isAppError } from "../errors.ts";

/** Fastify's own 4xx errors mapped to ours, by Fastify error code. */
const fastifyCodes: Record<string, () => AppError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => commonErrors.tooLarge(),
  FST_REQ_FILE_TOO_LARGE: () => commonErrors.tooLarge(),
  FST_FILES_LIMIT: () => commonErrors.tooLarge(),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => commonErrors.unsupportedMedia(),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => commonErrors.unsupportedMedia(),
};

/** The error and the causes it wraps (Drizzle wraps the driver's error), at most four deep. */
function* causeChain(error: unknown): Generator<{ code?: unknown; message?: unknown }> {
  for (let current = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth += 1) {
    yield current as { code?: unknown; message?: unknown };
  }
}

/** The SQLSTATE of a database error, also when Drizzle wraps it. */
function sqlState(error: unknown): string | undefined {
  for (const { code } of causeChain(error)) if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  return undefined;
}

/** How long a client should wait before retrying when the database is unreachable (Retry-After). */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

/** Node's socket errors and node-postgres's messages when a connection is refused, reset or cut. */
const LOST_CONNECTION = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$|Connection terminated|connection error|terminating connection/i;

/**
 * True when the database could not be reached or dropped the connection: SQLSTATE class 08 (connection
 * exception), 57P01–57P03 (shut down, crashed, not accepting), 53300 (too many connections), or a lost socket.
 */
function databaseUnreachable(error: unknown): boolean {
  const state = sqlState(error);
  if (state && (state.startsWith("08") || /^57P0[1-3]$/.test(state) || state === "53300")) return true;
  for (const { code, message } of causeChain(error)) {
    if ((typeof code === "string" && LOST_CONNECTION.test(code)) || (typeof message === "string" && LOST_CONNECTION.test(message))) return true;
  }
  return false;
}

/** Database errors a client's input caused (bad data, class 22; a duplicate that raced past the checks), or an outage. */
function fromDatabase(error: unknown): AppError | undefined {
  if (databaseUnreachable(error)) return commonErrors.databaseUnavailable({ retryAfterMs: DATABASE_RETRY_AFTER_SECONDS * 1000 });
  const state = sqlState(error);
  if (!state) return undefined;
  if (state.startsWith("22")) return commonErrors.validation({ reason: "value out of range or not storable" });
  if (state === "23505" || state === "40001") return commonErrors.conflict();
  return undefined;
}

function toAppError(error: FastifyError): AppError {
  if (isAppError(error)) return error;
  const database = fromDatabase(error);
  if (database) return database;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return commonErrors.validation({
      issues: error.validation.map((issue) => ({
        path: `${error.validationContext ?? "body"}${issue.instancePath}`,
        message: issue.message,
      })),
    });
  }
  const mapped = error.code ? fastifyCodes[error.code] : undefined;
  if (mapped) return mapped();
  const status = error.statusCode ?? 500;
  if (status === 429) return commonErrors.rateLimited();
  if (status === 413) return commonErrors.tooLarge();
  if (status === 415) return commonErrors.unsupportedMedia();
  if (status >= 400 && status < 500) {
    return commonErrors.validation({ reason: error.message });
  }
  return commonErrors.internal();
}

/** Writes an AppError as the JSON body the web app expects. */
export function sendError(reply: FastifyReply, error: AppError) {
  const body = { code: error.code, message: error.message, messageEn: error.messageEn, details: error.details };
  if (error.status === 503) reply.header("retry-after", String(DATABASE_RETRY_AFTER_SECONDS));
  return reply.status(error.status).send({ error: body });
}

async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status === 503) request.log.warn({ err: error }, "database unavailable");
    else if (appError.status >= 500) request.log.error({ err: error }, "request failed");
    return sendError(reply, appError);
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, commonErrors.routeNotFound()));
}

/** Registers the error handler and the not-found handler for the whole app. */
export default fp(errorsPlugin, { name: "luoshi-errors" });
