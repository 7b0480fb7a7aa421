import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimal, formatEuroCents } from './format';

const NBSP = '\u00a0';

describe('German formats', () => {
  it('shows dates as dd.mm.yyyy', () => {
    expect(formatDate('2026-11-21T09:00:00Z')).toBe('21.11.2026');
    expect(formatDate('2018-07-05')).toBe('05.07.2018');
  });

  it('uses the calendar day in Berlin, not in UTC', () => {
    expect(formatDate('2026-11-20T23:30:00Z')).toBe('21.11.2026');
    expect(formatDateTime('2026-06-30T22:15:00Z')).toBe('01.07.2026, 00:15');
  });

  it('shows euro amounts from cents with a thousands dot and the sign after the number', () => {
    expect(formatEuroCents(4_000_000)).toBe(`40.000${NBSP}€`);
    expect(formatEuroCents(123_456)).toBe(`1.234,56${NBSP}€`);
    expect(formatEuroCents(125_050)).toBe(`1.250,50${NBSP}€`);
    expect(formatEuroCents(0)).toBe(`0${NBSP}€`);
  });

  it('shows scores and percentages with a decimal comma', () => {
    expect(formatDecimal(4.8, 2)).toBe('4,80');
    expect(formatDecimal(66.666, 0)).toBe('67');
    expect(formatDecimal(1234.5, 1)).toBe('1.234,5');
  });
});

describe('event times', () => {
  it('shows one day with its weekday and the time span in Berlin time', async () => {
    const { formatTimeRange, berlinDay } = await import('./format');
    expect(formatTimeRange('2030-10-12T08:00:00Z', '2030-10-12T14:00:00Z')).toBe('Sa., 12.10.2030, 10:00–16:00 Uhr');
    expect(formatTimeRange('2030-01-31T22:30:00Z', '2030-02-01T10:00:00Z')).toBe(
      'Do., 31.01.2030, 23:30 Uhr – Fr., 01.02.2030, 11:00 Uhr',
    );
    expect(berlinDay('2030-03-30T23:30:00Z')).toBe('2030-03-31');
  });
});

describe('English formats', () => {
  it('follows the UI language, still in Berlin time', async () => {
    const i18n = (await import('../i18n')).default;
    await i18n.changeLanguage('en');
    try {
      expect(formatDate('2018-07-05')).toBe('05/07/2018');
      expect(formatEuroCents(125_050)).toBe('€1,250.50');
      expect(formatDecimal(1234.5, 1)).toBe('1,234.5');
      const { formatTimeRange } = await import('./format');
      expect(formatTimeRange('2030-10-12T08:00:00Z', '2030-10-12T14:00:00Z')).toBe('Sat, 12/10/2030, 10:00–16:00');
    } finally {
      await i18n.changeLanguage('de');
    }
  });
});

describe('entering times', () => {
  it('reads a datetime-local value as Berlin time, in winter and in summer, whatever the browser zone', async () => {
    const { berlinLocalToInstant } = await import('./format');
    expect(berlinLocalToInstant('2027-01-15T09:00')).toBe('2027-01-15T08:00:00.000Z');
    expect(berlinLocalToInstant('2027-07-15T09:00')).toBe('2027-07-15T07:00:00.000Z');
    expect(berlinLocalToInstant('2027-03-28T03:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(berlinLocalToInstant('')).toBe('');
  });
});
