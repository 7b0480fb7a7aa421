/**
 * Dates, times and money as users read them: German by default (dd.mm.yyyy, "40.000 €"), English when the UI is
 * switched to English. Times are always shown in Europe/Berlin, whatever the browser's zone: the programme runs there.
 */
import i18n from 'i18next';

const TIME_ZONE = 'Europe/Berlin';

type Locale = 'de-DE' | 'en-GB';

/** The formatting locale of the UI language at the time of the call (components re-render on a switch). */
function locale(): Locale {
  return i18n.language === 'en' ? 'en-GB' : 'de-DE';
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateTimeFormatter(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}:${name}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale(), { ...options, timeZone: TIME_ZONE });
    cache.set(key, format);
  }
  return format;
}

function numberFormatter(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale()}:${name}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale(), options);
    cache.set(key, format);
  }
  return format;
}

const DATE: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** "2026-11-21T09:00:00Z" or "2026-11-21" → "21.11.2026" / "21/11/2026" (calendar day in Europe/Berlin). */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return locale() === 'de-DE' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
  }
  return dateTimeFormatter('date', DATE).format(toDate(value));
}

/** An instant → "21.11.2026, 10:00" in Europe/Berlin. */
export function formatDateTime(value: string | Date): string {
  return dateTimeFormatter('dateTime', { ...DATE, ...TIME }).format(toDate(value));
}

/** Money travels as integer euro cents: 4000000 → "40.000 €", 125050 → "1.250,50 €" (cents only when there are some). */
export function formatEuroCents(cents: number): string {
  const digits = cents % 100 === 0 ? 0 : 2;
  return numberFormatter(`euro${digits}`, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(cents / 100);
}

export function formatNumber(value: number): string {
  return numberFormatter('number', {}).format(value);
}

/** A decimal with a fixed number of fraction digits: formatDecimal(4.8, 2) → "4,80". */
export function formatDecimal(value: number, fractionDigits: number): string {
  return numberFormatter(`decimal${fractionDigits}`, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** The calendar day of an instant in Europe/Berlin as "2026-11-21" (to group events by day). */
export function berlinDay(value: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: TIME_ZONE,
  }).format(toDate(value));
}

/** An event's time: "Sa., 12.10.2030, 10:00–16:00 Uhr", or with both days when it spans several. */
export function formatTimeRange(start: string, end: string): string {
  const s = new Date(start);
  const e = new Date(end);
  const day = dateTimeFormatter('weekdayDate', { weekday: 'short', ...DATE });
  const time = dateTimeFormatter('time', TIME);
  const suffix = locale() === 'de-DE' ? ' Uhr' : '';
  if (berlinDay(s) === berlinDay(e)) {
    return `${day.format(s)}, ${time.format(s)}–${time.format(e)}${suffix}`;
  }
  return `${day.format(s)}, ${time.format(s)}${suffix} – ${day.format(e)}, ${time.format(e)}${suffix}`;
}

/** Minutes Europe/Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - instant) / 60_000);
}

/**
 * A date and time entered in a form ("2027-01-15T09:00", as datetime-local inputs give it) read as Berlin time,
 * whatever the browser's zone → the RFC 3339 instant the API takes. The programme's times are Berlin times.
 */
export function berlinLocalToInstant(local: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return '';
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let instant = wall - berlinOffsetMinutes(wall) * 60_000;
  // Near a change of the clocks the first guess can use the other side's offset: correct it once.
  instant = wall - berlinOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** Today's date in Berlin as "2026-11-21" (not the UTC date, which differs after midnight). */
export function berlinToday(): string {
  return berlinDay(new Date());
}
