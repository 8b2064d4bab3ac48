// Domain errors carry a stable `code`; the bot turns it into the Fluent key `error-<code>`.
// They know nothing of Telegram or locales.
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super("not-found", `${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(action: string) {
    super("forbidden", `not allowed: ${action}`);
  }
}

export class ValidationError extends DomainError {
  constructor(what: string) {
    super("invalid-input", `invalid ${what}`);
  }
}
