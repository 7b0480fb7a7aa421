import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/client';
import type { InputSchemaName } from '../api/inputRules';
import type { components } from '../api/schema';
import { focusFirstInvalidFieldWhenShown } from '../invalidFieldFocus';
import { contractValidation, toFormErrors, type FieldPaths } from './contractValidation';

type Input<Name extends InputSchemaName> = components['schemas'][Name];

interface ContractFormOptions<Name extends InputSchemaName, Values> {
  /** The contract's schema of what the form sends: its constraints are checked before sending. */
  schema: Name;
  initialValues: Values;
  /** What the form sends, from what it shows (euros → cents, blanks left out). */
  toInput: (values: Values) => Input<Name>;
  /** Where the form edits a value of the input when not at the same path (from the values, if it depends on them). */
  fieldPaths?: FieldPaths | ((values: Values) => FieldPaths);
  /** Rules across fields the contract cannot state (end after start), keyed by form field. */
  validate?: (values: Values) => FormErrors;
  /** The server's field errors of the last save, keyed by its field paths ("processModules[0].title"). */
  serverErrors?: Readonly<Record<string, string>>;
}

/** The field errors of a failed save (none for any other failure). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ProblemError ? error.fieldErrors() : {};
}

/**
 * What the alert beside a form shows of a failed save: nothing for a problem with field errors, which the form shows
 * at its fields (and moves the focus to), so they are not said twice; any other failure as it is.
 */
export function unlessShownAtFields(error: unknown): unknown {
  return Object.keys(fieldErrorsOf(error)).length > 0 ? null : error;
}

/**
 * A @mantine/form form validated from the contract: a submit checks the input against the schema's constraints (and
 * the form's own cross-field rules) and hands the valid input to the handler; a refusal, the form's or the server's,
 * shows each error at its field. The focus goes to the first one (WCAG 3.3.1): here after the form's own refusal,
 * after the server's in the query client, which watches every refused save.
 */
export function useContractForm<Name extends InputSchemaName, Values extends object>({
  schema,
  initialValues,
  toInput,
  fieldPaths,
  validate,
  serverErrors,
}: ContractFormOptions<Name, Values>): UseFormReturnType<Values, (values: Values) => Input<Name>> {
  const { t } = useTranslation();
  const pathsFor = (values: Values) => (typeof fieldPaths === 'function' ? fieldPaths(values) : fieldPaths);
  const form = useForm<Values, (values: Values) => Input<Name>>({
    initialValues,
    transformValues: toInput,
    validate: (values) => ({
      ...contractValidation(schema, t, { toInput, fieldPaths: pathsFor(values) })(values),
      ...validate?.(values),
    }),
  });

  // Keyed by content: callers pass a fresh object on every render, but the errors change only with a new answer.
  const shownServerErrors = JSON.stringify(toFormErrors(serverErrors ?? {}, pathsFor(form.values)));
  const { setErrors } = form;
  useEffect(() => {
    const errors = JSON.parse(shownServerErrors) as FormErrors;
    if (Object.keys(errors).length === 0) return;
    setErrors(errors);
  }, [shownServerErrors, setErrors]);

  return {
    ...form,
    onSubmit: (handleSubmit) => form.onSubmit(handleSubmit, () => void focusFirstInvalidFieldWhenShown()),
  };
}
