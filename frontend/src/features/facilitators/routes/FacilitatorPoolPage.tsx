import { Button, NumberInput, Paper, Progress, Select, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/TableScroll';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { REGION_NAMES } from '../../../lib/regions';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { numberOf } from '../../../lib/forms/contractValidation';
import { fieldErrorsOf, unlessShownAtFields, useContractForm } from '../../../lib/forms/useContractForm';
import { useCreateFacilitator, useFacilitatorPool, type FacilitatorInput } from '../api/facilitators';
import { PrivacyHint } from '../../../components/PrivacyHint';

/** The pool and everybody's workload; the programme office adds people. */
export function FacilitatorPoolPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const pool = useFacilitatorPool();
  const create = useCreateFacilitator();
  const form = useContractForm({
    schema: 'FacilitatorInput',
    initialValues: {
      name: '',
      email: '',
      expertise: '',
      homeRegionKey: '081' as string | null,
      capacity: 3 as number | string,
    },
    toInput: (v) => ({
      name: v.name,
      ...(v.email ? { email: v.email } : {}),
      expertise: v.expertise
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      homeRegionKey: v.homeRegionKey ?? '',
      capacity: numberOf(v.capacity),
    }),
    // One text field holds the whole list.
    fieldPaths: { expertise: 'expertise' },
    serverErrors: fieldErrorsOf(create.error),
  });
  // Region and capacity stay for the next person; the personal fields start again.
  const submit = (input: FacilitatorInput) =>
    create.mutate(input, { onSuccess: () => form.setValues({ name: '', email: '', expertise: '' }) });
  return (
    <>
      <PageTitle text={t('facilitators.title')} />
      <ProblemAlert error={pool.error} />
      {pool.data && (
        <TableScroll label={t('facilitators.title')}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('facilitators.name')}</Table.Th>
                <Table.Th scope="col">{t('facilitators.expertise')}</Table.Th>
                <Table.Th scope="col">{t('facilitators.homeRegion')}</Table.Th>
                <Table.Th scope="col">{t('facilitators.workload')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pool.data.map((f) => {
                const label = t('facilitators.workloadOf', { assigned: f.assignedSites, capacity: f.capacity });
                return (
                  <Table.Tr key={f.id}>
                    <Table.Td>{f.name}</Table.Td>
                    <Table.Td>{f.expertise.join(', ')}</Table.Td>
                    <Table.Td>{REGION_NAMES[f.homeRegionKey] ?? f.homeRegionKey}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{label}</Text>
                      <Progress
                        value={f.capacity === 0 ? 100 : (100 * f.assignedSites) / f.capacity}
                        aria-label={`${f.name}: ${label}`}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {user.hasRole('program-office') && (
        <Paper withBorder p="md" mt="md" maw={900}>
          <Title order={2} size="h3" mb="sm">
            {t('facilitators.add')}
          </Title>
          <form onSubmit={form.onSubmit(submit)} noValidate>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('facilitators.name')} required {...form.getInputProps('name')} />
              <TextInput type="email" label={t('facilitators.email')} {...form.getInputProps('email')} />
              <TextInput label={t('facilitators.expertise')} {...form.getInputProps('expertise')} />
              <Select
                label={t('facilitators.homeRegion')}
                allowDeselect={false}
                data={Object.entries(REGION_NAMES).map(([value, label]) => ({ value, label }))}
                {...form.getInputProps('homeRegionKey')}
              />
              <NumberInput label={t('facilitators.capacity')} min={0} {...form.getInputProps('capacity')} />
            </SimpleGrid>
            <PrivacyHint />
            <ProblemAlert error={unlessShownAtFields(create.error)} />
            <Button type="submit" mt="sm" loading={create.isPending}>
              {t('facilitators.add')}
            </Button>
          </form>
        </Paper>
      )}
    </>
  );
}
