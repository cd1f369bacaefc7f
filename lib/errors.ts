/** Typed errors thrown by the data layer; mapped to Dutch messages / HTTP status in one place. */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID"
  | "RATE_LIMITED";

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Log eerst in om dit te doen.",
  FORBIDDEN: "U heeft geen toestemming om dit te doen.",
  NOT_FOUND: "Dit hebben we niet gevonden.",
  CONFLICT: "Iemand anders heeft dit net gewijzigd. Laad de pagina opnieuw en probeer het nog eens.",
  INVALID: "Er klopt iets niet in wat u invulde.",
  RATE_LIMITED: "U heeft dit te vaak achter elkaar gedaan. Probeer het over een tijdje opnieuw.",
};

const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Errors that belong next to a form field (field name -> Dutch messages). */
  readonly fieldErrors?: Record<string, string[]>;
  /** The message at the top of the error summary when there are field errors. */
  readonly samenvatting?: string;
  constructor(code: AppErrorCode, message?: string, opties: { fieldErrors?: Record<string, string[]>; samenvatting?: string } = {}) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.code = code;
    this.name = "AppError";
    this.fieldErrors = opties.fieldErrors;
    this.samenvatting = opties.samenvatting;
  }

  /** An INVALID error for one field, shown next to that field. */
  static veld(field: string, message: string): AppError {
    return new AppError("INVALID", message, { fieldErrors: { [field]: [message] } });
  }
  get status() {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export function userMessage(e: unknown): string {
  return isAppError(e) ? e.message : "Er ging iets mis aan onze kant. Probeer het later opnieuw.";
}
