import { Button, NumberInput, Paper, Progress, Select, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableScroll } from '../../../components/TableScroll';
import { bookingKindValues } from '../../../lib/api/schema';
import { berlinToday, formatDate, formatEuroCents } from '../../../lib/format';
import { centsOf } from '../../../lib/forms/contractValidation';
import { fieldErrorsOf, unlessShownAtFields, useContractForm } from '../../../lib/forms/useContractForm';
import { useBookingMutations, useLedger, type BookingInput } from '../api/budget';

type Kind = BookingInput['kind'];
// A reversal is booked by reversing a booking, never chosen by hand.
const BOOKABLE_KINDS = bookingKindValues.filter((kind) => kind !== 'REVERSAL');

/** The site's budget: what is booked of the grant, the ledger, and for the programme office booking and reversing. */
export function BudgetPanel({ siteId, editable }: { siteId: string; editable: boolean }) {
  const { t } = useTranslation();
  const ledger = useLedger(siteId);
  const m = useBookingMutations(siteId);
  if (!ledger.data) return null;
  const l = ledger.data;
  const percent = l.grantedCents === 0 ? 0 : Math.min(100, (100 * l.bookedCents) / l.grantedCents);
  const summary = t('budget.summary', {
    booked: formatEuroCents(l.bookedCents),
    granted: formatEuroCents(l.grantedCents),
    remaining: formatEuroCents(l.remainingCents),
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('budget.title')}
      </Title>
      <Text mb={4}>{summary}</Text>
      <Progress value={percent} size="lg" aria-label={summary} mb="md" />
      <Title order={3} size="h4">
        {t('budget.ledger')}
      </Title>
      {l.bookings.length === 0 ? (
        <Text>{t('budget.noBookings')}</Text>
      ) : (
        <TableScroll label={t('budget.ledger')}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('budget.date')}</Table.Th>
                <Table.Th scope="col">{t('budget.kind')}</Table.Th>
                <Table.Th scope="col">{t('budget.description')}</Table.Th>
                <Table.Th scope="col">{t('budget.days')}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('budget.amount')}
                </Table.Th>
                {editable && (
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('budget.reverse')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {l.bookings.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{formatDate(b.bookingDate)}</Table.Td>
                  <Table.Td>{t(`budget.kinds.${b.kind}`)}</Table.Td>
                  <Table.Td>{b.description}</Table.Td>
                  <Table.Td>{b.days ?? ''}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatEuroCents(b.amountCents)}</Table.Td>
                  {editable && (
                    <Table.Td>
                      {b.kind !== 'REVERSAL' && !b.reversedByBookingId && (
                        <ConfirmButton
                          size="xs"
                          variant="subtle"
                          aria-label={t('budget.reverseOf', { description: b.description })}
                          title={t('budget.confirmReverse')}
                          message={t('budget.confirmReverseText', {
                            description: b.description,
                            amount: formatEuroCents(b.amountCents),
                          })}
                          irreversible
                          onConfirm={() => m.reverse.mutate(b.id)}
                        >
                          {t('budget.reverse')}
                        </ConfirmButton>
                      )}
                      {b.reversedByBookingId && <Text size="xs">{t('budget.reversed')}</Text>}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ProblemAlert error={m.reverse.error} />
      {editable && <BookingForm book={m.book} />}
    </Paper>
  );
}

function BookingForm({ book }: { book: ReturnType<typeof useBookingMutations>['book'] }) {
  const { t } = useTranslation();
  const form = useContractForm({
    schema: 'BookingInput',
    initialValues: {
      kind: 'FACILITATION_DAYS' as Kind,
      description: '',
      amountEuro: '' as number | string,
      days: '' as number | string,
      bookingDate: berlinToday(),
    },
    toInput: (v) => ({
      kind: v.kind,
      description: v.description,
      amountCents: centsOf(v.amountEuro),
      bookingDate: v.bookingDate,
      ...(v.days !== '' ? { days: Number(v.days) } : {}),
    }),
    fieldPaths: { amountCents: 'amountEuro' },
    serverErrors: fieldErrorsOf(book.error),
  });
  // Kind and date stay for the next booking; what was booked starts again.
  const submit = (input: BookingInput) =>
    book.mutate(input, { onSuccess: () => form.setValues({ description: '', amountEuro: '', days: '' }) });
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 5 }} mt="md">
        <Select
          label={t('budget.kind')}
          allowDeselect={false}
          data={BOOKABLE_KINDS.map((k) => ({ value: k, label: t(`budget.kinds.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('budget.description')} {...form.getInputProps('description')} />
        <NumberInput
          label={t('budget.amount')}
          min={0}
          thousandSeparator="."
          decimalSeparator=","
          {...form.getInputProps('amountEuro')}
        />
        <NumberInput label={t('budget.days')} min={0} decimalSeparator="," {...form.getInputProps('days')} />
        <TextInput type="date" label={t('budget.date')} {...form.getInputProps('bookingDate')} />
      </SimpleGrid>
      <ProblemAlert error={unlessShownAtFields(book.error)} />
      <Button type="submit" mt="sm" loading={book.isPending}>
        {t('budget.book')}
      </Button>
    </form>
  );
}
