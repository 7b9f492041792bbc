import { ApiError } from './http';

/** One problem with a form, linked from the error summary to where it can be fixed. */
export interface FormProblem {
  /** The id of the input on this page that it is about. */
  field?: string;
  /** Or where to fix it on another page of the app (check your answers → `/observations/…#item-2`). */
  to?: string;
  message: string;
}

export interface FieldSpec {
  /** The API's name for the field, as it begins the API's messages (`email must be an email address`). */
  apiName: string;
  /** The id of the input (or the first checkbox or radio) on the page. */
  inputId: string;
  /** How the page names the field, replacing the API's name in its messages. */
  label: string;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Turns an API message that names its field at the start into one for this
 * form: `password must be at least 12 characters` → `Password must be at least
 * 12 characters`, linked to the password input. Messages naming no field of the
 * form stay as they are, for the top of the error summary.
 */
export function problemFromMessage(message: string, fields: readonly FieldSpec[]): FormProblem {
  const field = fields.find(({ apiName }) => message === apiName || message.startsWith(`${apiName} `));
  if (!field) return { message: capitalise(message) };
  return { field: field.inputId, message: capitalise(`${field.label}${message.slice(field.apiName.length)}`) };
}

/** The problems to show for a failed request: each field error in the API's answer, else its message. */
export function problemsFromError(error: unknown, fields: readonly FieldSpec[]): FormProblem[] {
  if (!(error instanceof ApiError)) {
    return [{ message: 'Sorry, something went wrong. Check your connection and try again.' }];
  }
  if (error.status >= 500) {
    return [{ message: 'Sorry, there is a problem with the service. Try again later.' }];
  }
  const messages = error.errors.length > 0 ? error.errors : [error.message];
  return messages.map((message) => problemFromMessage(message, fields));
}

/** The first problem about this input, for its field-level error message. */
export function errorFor(problems: readonly FormProblem[], inputId: string): string | undefined {
  return problems.find((problem) => problem.field === inputId)?.message;
}
