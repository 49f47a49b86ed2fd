import { BadRequestException, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/**
 * A rule that wants the client to react to *which* rule failed (not only show the words) names
 * it: `@MinLength(12, { message, context: { reason: 'PASSWORD_TOO_SHORT' } })`. The reasons go
 * back in `extensions.reasons`, next to the joined messages.
 */
export interface ReasonContext {
  reason: string;
}

/** As Nest's own pipe reports them: a nested field's message is prefixed with its parent's path. */
function collect(errors: ValidationError[], messages: string[], reasons: string[], parent = ''): void {
  for (const error of errors) {
    for (const [name, message] of Object.entries(error.constraints ?? {})) {
      messages.push(parent ? `${parent}.${message}` : message);
      const reason = (error.contexts?.[name] as Partial<ReasonContext> | undefined)?.reason;
      if (reason && !reasons.includes(reason)) reasons.push(reason);
    }
    if (error.children?.length)
      collect(error.children, messages, reasons, parent ? `${parent}.${error.property}` : error.property);
  }
}

/** The one validation pipe for every input: transforms, refuses unknown fields, reports every failed rule. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const messages: string[] = [];
      const reasons: string[] = [];
      collect(errors, messages, reasons);
      return new BadRequestException({ message: messages, ...(reasons.length ? { reasons } : {}) });
    },
  });
}
