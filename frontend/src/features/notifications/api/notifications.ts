import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, tagged, useApiMutation } from '../../../lib/api/queries';

export type NotificationSettings = Schemas['NotificationSettings'];
export type NotificationSettingsInput = Schemas['NotificationSettingsInput'];
export type NotificationCategory = Schemas['NotificationCategory'];
export type NotificationStatus = Schemas['NotificationStatus'];

const notificationKeys = {
  settings: ['notification-settings'] as const,
  log: (query: LogQuery) => ['notifications', query] as const,
};

/** The caller's choices with their ETag (the If-Match of the next save). */
export function useNotificationSettings() {
  return useQuery({
    queryKey: notificationKeys.settings,
    queryFn: () => tagged(api.GET('/api/v1/me/notification-settings')),
    // 409 (no verified address) is an answer to show, not a failure to retry.
    retry: false,
  });
}

export function useSaveNotificationSettings() {
  const client = useQueryClient();
  return useApiMutation(
    ({ input, etag }: { input: NotificationSettingsInput; etag: string }) =>
      api.PUT('/api/v1/me/notification-settings', { params: { header: { 'If-Match': etag } }, body: input }),
    (answer) => client.setQueryData(notificationKeys.settings, answer),
  );
}

export interface LogQuery {
  page: number;
  status?: NotificationStatus;
  recipient?: string;
}

/** The programme office's log of e-mails, newest first, 50 a page. */
export function useNotificationLog(query: LogQuery) {
  return useQuery({
    queryKey: notificationKeys.log(query),
    queryFn: () =>
      body(
        api.GET('/api/v1/notifications', {
          params: {
            query: {
              page: query.page,
              size: 50,
              status: query.status,
              recipient: query.recipient || undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
