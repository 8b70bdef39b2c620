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

function toAppError(error: FastifyError): AppError {
  if (isAppError(error)) return error;
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
