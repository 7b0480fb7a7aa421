import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ProblemError } from '../../../lib/api/client';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { formatDate } from '../../../lib/format';
import { useDeleteProgram, useProgram } from '../api/programs';

export function ProgramDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const query = useProgram(id);
  const remove = useDeleteProgram(id);

  if (query.isPending) return <Text>{t('common.loading')}</Text>;
  if (query.error) {
    const notFound = query.error instanceof ProblemError && query.error.status === 404;
    return notFound ? (
      <Alert color="pakt" role="alert">
        {t('programs.notFound')}
      </Alert>
    ) : (
      <ProblemAlert error={query.error} />
    );
  }
  const { program, etag } = query.data;

  const onDelete = () => {
    if (window.confirm(t('programs.confirmDelete', { title: program.title }))) {
      remove.mutate(etag, { onSuccess: () => navigate('/programme', { state: { message: t('programs.deleted') } }) });
    }
  };

  return (
    <Stack gap="md" maw={900}>
      <PageTitle text={program.title} />
      <Group gap="xs">
        <Badge variant="light" color={program.published ? 'green' : 'gray'} c="dark">
          {program.published ? t('programs.published') : t('programs.draft')}
        </Badge>
        <Text size="sm">
          {t('programs.createdAt')} {formatDate(program.createdAt)} · {t('programs.updatedAt')}{' '}
          {formatDate(program.updatedAt)}
        </Text>
      </Group>
      <dl>
        <Text component="dt" fw={700}>
          {t('programs.fields.funder')}
        </Text>
        <Text component="dd" mb="xs">
          {program.funder}
        </Text>
        <Text component="dt" fw={700}>
          {t('programs.fields.coordinatingBody')}
        </Text>
        <Text component="dd" mb="xs">
          {program.coordinatingBody}
        </Text>
        {program.umbrella && (
          <>
            <Text component="dt" fw={700}>
              {t('programs.fields.umbrella')}
            </Text>
            <Text component="dd" mb="xs">
              {program.umbrella}
            </Text>
          </>
        )}
      </dl>
      {program.description && <Text style={{ whiteSpace: 'pre-line' }}>{program.description}</Text>}
      <Title order={2} size="h3">
        {t('programs.fields.processModules')}
      </Title>
      {program.processModules.length === 0 ? (
        <Text>{t('programs.noModules')}</Text>
      ) : (
        <List type="ordered" spacing="xs">
          {program.processModules.map((m, i) => (
            <List.Item key={i}>
              <Text fw={600} span>
                {m.title}
              </Text>
              {m.description && <Text size="sm">{m.description}</Text>}
            </List.Item>
          ))}
        </List>
      )}
      {program.internalNotes && (
        <Alert color="gray" title={t('programs.fields.internalNotes')}>
          {program.internalNotes}
        </Alert>
      )}
      <ProblemAlert error={remove.error} />
      <Group>
        <Button variant="default" component={Link} to="/programme">
          {t('common.back')}
        </Button>
        {user.hasRole('program-office') && (
          <>
            <Button component={Link} to={`/programme/${program.id}/bearbeiten`}>
              {t('common.edit')}
            </Button>
            <Button color="red.9" variant="outline" onClick={onDelete} loading={remove.isPending}>
              {t('common.delete')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
