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

/** The SQLSTATE of a database error, also when Drizzle wraps it. */
function sqlState(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** Database errors a client's input caused: bad data (class 22) and a duplicate that raced past the checks. */
function fromDatabase(error: unknown): AppError | undefined {
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
  return reply.status(error.status).send({ error: body });
}

async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, "request failed");
    return sendError(reply, appError);
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, commonErrors.routeNotFound()));
}

/** Registers the error handler and the not-found handler for the whole app. */
export default fp(errorsPlugin, { name: "luoshi-errors" });
