import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';

export type Event = Schemas['Event'];
export type EventInput = Schemas['EventInput'];
export type EventKind = Schemas['EventKind'];
export type EventStatus = Schemas['EventStatus'];
export type Registration = Schemas['Registration'];
export type RegistrationInput = Schemas['RegistrationInput'];

export const EVENT_KINDS: EventKind[] = [
  'KICKOFF',
  'NETWORK_MEETING',
  'REGIONAL_CONFERENCE',
  'WORKSHOP',
  'EXPERT_WORKSHOP',
  'FINAL_PRESENTATION',
];
export const EVENT_STATUSES: EventStatus[] = ['PLANNED', 'OPEN', 'CLOSED', 'HELD', 'CANCELLED'];

export function useEvents(filters: { status?: EventStatus; kind?: EventKind; from?: string; page: number }) {
  return useQuery({
    queryKey: ['events', filters],
    placeholderData: keepPreviousData,
    queryFn: async () => (await api.GET('/api/v1/events', { params: { query: { ...filters, size: 200 } } })).data!,
  });
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: ['events', id],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/events/{eventId}', { params: { path: { eventId: id } } });
      return { ...data!, etag: response.headers.get('ETag') ?? '' };
    },
  });
}

export function useRegistrations(eventId: string) {
  return useQuery({
    queryKey: ['events', eventId, 'registrations'],
    queryFn: async () =>
      (await api.GET('/api/v1/events/{eventId}/registrations', { params: { path: { eventId } } })).data!,
  });
}

export function useCreateEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: EventInput) => (await api.POST('/api/v1/events', { body: input })).data!,
    onSuccess: () => client.invalidateQueries({ queryKey: ['events'] }),
  });
}

export type EventStep = 'opening' | 'closing' | 'completion';

export function useEventMutations(eventId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['events'] });
  const params = (etag: string) => ({ path: { eventId }, header: { 'If-Match': etag } });
  return {
    step: useMutation({
      mutationFn: async ({ step, etag }: { step: EventStep; etag: string }) => {
        if (step === 'opening')
          return (await api.POST('/api/v1/events/{eventId}/opening', { params: params(etag) })).data!;
        if (step === 'closing')
          return (await api.POST('/api/v1/events/{eventId}/closing', { params: params(etag) })).data!;
        return (await api.POST('/api/v1/events/{eventId}/completion', { params: params(etag) })).data!;
      },
      onSuccess: refresh,
    }),
    cancel: useMutation({
      mutationFn: async ({ reason, etag }: { reason: string; etag: string }) =>
        (await api.POST('/api/v1/events/{eventId}/cancellation', { params: params(etag), body: { reason } })).data!,
      onSuccess: refresh,
    }),
    document: useMutation({
      mutationFn: async ({
        etag,
        ...body
      }: {
        etag: string;
        outcomes?: string;
        minutes?: string;
        lessonsLearned?: string;
      }) => (await api.PUT('/api/v1/events/{eventId}/documentation', { params: params(etag), body })).data!,
      onSuccess: refresh,
    }),
    register: useMutation({
      mutationFn: async (input: RegistrationInput) =>
        (await api.POST('/api/v1/events/{eventId}/registrations', { params: { path: { eventId } }, body: input }))
          .data!,
      onSuccess: refresh,
    }),
    cancelRegistration: useMutation({
      mutationFn: async (registrationId: string) =>
        (
          await api.POST('/api/v1/registrations/{registrationId}/cancellation', {
            params: { path: { registrationId } },
          })
        ).data!,
      onSuccess: refresh,
    }),
    attendance: useMutation({
      mutationFn: async ({ registrationId, status }: { registrationId: string; status: 'ATTENDED' | 'NO_SHOW' }) =>
        (
          await api.PUT('/api/v1/registrations/{registrationId}/attendance', {
            params: { path: { registrationId } },
            body: { status },
          })
        ).data!,
      onSuccess: refresh,
    }),
  };
}

export function useCalendarLink() {
  return useMutation({ mutationFn: async () => (await api.POST('/api/v1/me/calendar-link')).data! });
}

/** Revokes the current feed address and creates a new one (for an address shared by mistake). */
export function useRenewCalendarLink() {
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/v1/me/calendar-link');
      return (await api.POST('/api/v1/me/calendar-link')).data!;
    },
  });
}
