import { Button, CopyButton, Group, Popover, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCurrentUser } from '../../../lib/auth/useCurrentUser';
import { useCalendarLink, useRenewCalendarLink } from '../api/events';

/** The address of one's personal calendar feed, to paste into Thunderbird, Outlook or Google Calendar. */
export function CalendarLinkButton() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const created = useCalendarLink();
  const renewed = useRenewCalendarLink();
  const link = renewed.data ? renewed : created;
  if (!user.isAuthenticated || user.hasRole('integration-client')) return null;
  return (
    <Popover width={420} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" onClick={() => !link.data && created.mutate()}>
          {t('events.myCalendar')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" mb="xs">
          {t('events.myCalendarHint')}
        </Text>
        <ProblemAlert error={created.error ?? renewed.error} />
        {link.data && (
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('events.feedAddress')}
              readOnly
              value={link.data.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton value={link.data.url}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('events.copied') : t('events.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
        {link.data && (
          <Button mt="xs" size="xs" variant="subtle" loading={renewed.isPending} onClick={() => renewed.mutate()}>
            {t('events.renewFeed')}
          </Button>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
