import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { INPUT_RULES, type FieldRule, type InputSchemaName, type ObjectRules } from '../api/inputRules';
import { formatEuroCents, formatNumber } from '../format';

/**
 * Where a form edits a value of the input when not at the same path, e.g. `{ capPerSiteCents: 'capEuro' }`. A mapped
 * list or object takes its entries' errors too (`partnerKeys.2` → `partners`): they have no fields of their own.
 */
export type FieldPaths = Readonly<Record<string, string>>;

/** Patterns whose generic "unexpected form" would leave the user guessing what is expected. */
const PATTERN_MESSAGES: Readonly<Record<string, string>> = { '^[a-z0-9-]{1,40}$': 'forms.slug' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Not given: absent, blank, or a number field left empty (see {@link numberOf}). */
const isMissing = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (typeof value === 'number' && Number.isNaN(value));

function isAbsoluteUrl(value: string) {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function formatViolation(format: NonNullable<FieldRule['format']>, value: string, t: TFunction) {
  switch (format) {
    case 'email':
      return EMAIL.test(value) ? undefined : t('forms.email');
    case 'uri':
      return isAbsoluteUrl(value) ? undefined : t('forms.uri');
    case 'date':
      return DATE.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : t('forms.date');
    case 'date-time':
      return Number.isNaN(Date.parse(value)) ? t('forms.dateTime') : undefined;
  }
}

/** What is wrong with one given value, if anything; money (the contract's *Cents) is named in euros. */
function violation(rule: FieldRule, value: unknown, money: boolean, t: TFunction): string | undefined {
  if (typeof value === 'string') {
    if (rule.minLength !== undefined && value.length < rule.minLength)
      return t('forms.minLength', { min: rule.minLength });
    if (rule.maxLength !== undefined && value.length > rule.maxLength)
      return t('forms.maxLength', { max: rule.maxLength });
    if (rule.pattern !== undefined && !new RegExp(rule.pattern, 'u').test(value))
      return t(PATTERN_MESSAGES[rule.pattern] ?? 'forms.pattern');
    if (rule.format !== undefined) return formatViolation(rule.format, value, t);
  }
  if (rule.type !== undefined) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return t('forms.number');
    if (rule.type === 'integer' && !Number.isInteger(value)) return t('forms.integer');
    const bound = (limit: number) => (money ? formatEuroCents(limit) : formatNumber(limit));
    if (rule.minimum !== undefined && value < rule.minimum) return t('forms.minimum', { min: bound(rule.minimum) });
    if (rule.maximum !== undefined && value > rule.maximum) return t('forms.maximum', { max: bound(rule.maximum) });
  }
  if (Array.isArray(value)) {
    if (rule.minItems !== undefined && value.length < rule.minItems)
      return t('forms.minItems', { count: rule.minItems });
    if (rule.maxItems !== undefined && value.length > rule.maxItems)
      return t('forms.maxItems', { count: rule.maxItems });
  }
  return undefined;
}

function checkValue(rule: FieldRule, value: unknown, path: string, money: boolean, t: TFunction, errors: FormErrors) {
  if (isMissing(value)) {
    if (rule.required) errors[path] = t('common.required');
    return;
  }
  const message = violation(rule, value, money, t);
  if (message) {
    errors[path] = message;
    return;
  }
  if (rule.items && Array.isArray(value)) {
    const items = rule.items;
    value.forEach((item, index) => checkValue(items, item, `${path}.${index}`, money, t, errors));
  }
  if (rule.properties && typeof value === 'object' && value !== null)
    checkObject(rule.properties, value, path, t, errors);
}

function checkObject(rules: ObjectRules, value: object, path: string, t: TFunction, errors: FormErrors) {
  for (const [name, rule] of Object.entries(rules)) {
    const field = (value as Record<string, unknown>)[name];
    checkValue(rule, field, path ? `${path}.${name}` : name, name.endsWith('Cents'), t, errors);
  }
}

/** The input's violations of the contract, keyed by path as @mantine/form spells it ("processModules.0.title"). */
export function inputErrors(schema: InputSchemaName, input: object, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  checkObject(INPUT_RULES[schema], input, '', t, errors);
  return errors;
}

/** A path of the input (the server's "criteria[0].key" or "criteria.0.key") → the form field that edits it. */
export function formPath(inputPath: string, fieldPaths: FieldPaths = {}): string {
  const segments = inputPath.replace(/\[(\d+)\]/g, '.$1').split('.');
  for (let length = segments.length; length > 0; length--) {
    const mapped = fieldPaths[segments.slice(0, length).join('.')];
    if (mapped !== undefined) return mapped;
  }
  return segments.join('.');
}

/** Errors keyed by input path → keyed by form field; the first error of a field wins. */
export function toFormErrors(errors: Readonly<Record<string, unknown>>, fieldPaths?: FieldPaths): FormErrors {
  const result: FormErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = formPath(path, fieldPaths);
    if (!(field in result)) result[field] = message as FormErrors[string];
  }
  return result;
}

/**
 * A `validate` function for @mantine/form: checks what the form will send against the contract's constraints and
 * shows each violation at the field that edits the value.
 */
export function contractValidation<Values>(
  schema: InputSchemaName,
  t: TFunction,
  { toInput, fieldPaths }: { toInput?: (values: Values) => object; fieldPaths?: FieldPaths } = {},
): (values: Values) => FormErrors {
  return (values) => toFormErrors(inputErrors(schema, toInput ? toInput(values) : (values as object), t), fieldPaths);
}

/**
 * A number input's value as the input's number; left empty it is NaN, which the contract check reports as missing,
 * so the input keeps its type.
 */
export const numberOf = (value: number | string): number => (value === '' ? Number.NaN : Number(value));

/** An amount entered in euros as the contract's cents (NaN when left empty, like {@link numberOf}). */
export const centsOf = (euros: number | string): number => Math.round(numberOf(euros) * 100);
