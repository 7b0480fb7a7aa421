import { deApp } from './de-app';
import { dePortal } from './de-portal';
import { mergeTexts } from './texts';

/**
 * German: the language of Pakt's users, in two parts (the light portal's and the rest, ADR 0018), here as one: the
 * whole app's texts (i18n/app.ts), the tests' and the type of the other languages. Every key here must exist in en.ts
 * too (a test checks it).
 */
export const de = mergeTexts(dePortal, deApp);

/** The shape every translation must have: same keys, any strings. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof de>;
