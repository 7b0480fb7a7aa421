/** German formats, as users of public administration in Baden-Württemberg expect them. */
const TIME_ZONE = 'Europe/Berlin';

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const euroFormat = new Intl.NumberFormat('de-DE', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const numberFormat = new Intl.NumberFormat('de-DE');

/** "2026-11-21T09:00:00Z" or "2026-11-21" → "21.11.2026" (calendar day in Europe/Berlin). */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}.${m}.${y}`;
  }
  return dateFormat.format(typeof value === 'string' ? new Date(value) : value);
}

/** An instant → "21.11.2026, 10:00" in Europe/Berlin. */
export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(typeof value === 'string' ? new Date(value) : value);
}

/** Money travels as integer euro cents: 4000000 → "40.000 €". */
export function formatEuroCents(cents: number): string {
  return euroFormat.format(cents / 100);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A decimal with a fixed number of fraction digits: formatDecimal(4.8, 2) → "4,80". */
export function formatDecimal(value: number, fractionDigits: number): string {
  return new Intl.NumberFormat('de-DE', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

const weekdayDateFormat = new Intl.DateTimeFormat('de-DE', {
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const timeFormat = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });

/** The calendar day of an instant in Europe/Berlin as "2026-11-21" (to group events by day). */
export function berlinDay(value: string | Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: TIME_ZONE,
  }).format(typeof value === 'string' ? new Date(value) : value);
  return parts;
}

/** An event's time: "Sa., 12.10.2030, 10:00–16:00 Uhr", or with both days when it spans several. */
export function formatTimeRange(start: string, end: string): string {
  const s = new Date(start);
  const e = new Date(end);
  if (berlinDay(s) === berlinDay(e)) {
    return `${weekdayDateFormat.format(s)}, ${timeFormat.format(s)}–${timeFormat.format(e)} Uhr`;
  }
  return `${weekdayDateFormat.format(s)}, ${timeFormat.format(s)} Uhr – ${weekdayDateFormat.format(e)}, ${timeFormat.format(e)} Uhr`;
}
