import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { berlinDay } from '../../../lib/format';

export interface CalendarEntry {
  id: string;
  title: string;
  startsAt: string;
  cancelled: boolean;
  href: string;
}

/** A month as a table (weeks × Monday…Sunday); each day lists its events as links. Keyboard users tab through the links. */
export function MonthCalendar({
  month,
  onMonth,
  entries,
}: {
  month: string;
  onMonth: (month: string) => void;
  entries: CalendarEntry[];
}) {
  const { t, i18n } = useTranslation();
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, m - 1, 1));
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const offset = (first.getUTCDay() + 6) % 7; // Monday first
  const cells: (number | null)[] = [
    ...Array<null>(offset).fill(null),
    ...Array.from({ length: days }, (_, i) => i + 1),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const byDay = new Map<string, CalendarEntry[]>();
  entries.forEach((e) => byDay.set(berlinDay(e.startsAt), [...(byDay.get(berlinDay(e.startsAt)) ?? []), e]));
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first);
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)));
  const shift = (delta: number) => {
    const d = new Date(Date.UTC(year, m - 1 + delta, 1));
    onMonth(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  };
  return (
    <div>
      <Group justify="space-between" mb="xs">
        <Button variant="default" size="xs" onClick={() => shift(-1)}>
          {t('events.previousMonth')}
        </Button>
        <Text fw={700} aria-live="polite">
          {title}
        </Text>
        <Button variant="default" size="xs" onClick={() => shift(1)}>
          {t('events.nextMonth')}
        </Button>
      </Group>
      <Table withTableBorder withColumnBorders layout="fixed">
        <Table.Caption>{t('events.calendarCaption', { month: title })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {weekdays.map((d) => (
              <Table.Th key={d.toISOString()} scope="col">
                <abbr title={new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(d)}>
                  {new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(d)}
                </abbr>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week, w) => (
            <Table.Tr key={w}>
              {week.map((day, i) => {
                const key = day ? `${month}-${String(day).padStart(2, '0')}` : '';
                return (
                  <Table.Td key={i} style={{ verticalAlign: 'top', height: 72 }}>
                    {day && (
                      <Text size="xs" c="dimmed">
                        {day}
                      </Text>
                    )}
                    {(byDay.get(key) ?? []).map((e) => (
                      <Anchor
                        key={e.id}
                        component={Link}
                        to={e.href}
                        size="xs"
                        display="block"
                        td={e.cancelled ? 'line-through' : undefined}
                      >
                        {e.title}
                      </Anchor>
                    ))}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
