import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { body, tagged, useApiMutation, type Tagged } from '../../../lib/api/queries';

export type Event = Schemas['Event'];
export type EventInput = Schemas['EventInput'];
export type EventKind = Schemas['EventKind'];
export type EventStatus = Schemas['EventStatus'];
export type Registration = Schemas['Registration'];
export type RegistrationInput = Schemas['RegistrationInput'];

type EventFilters = { status?: EventStatus; kind?: EventKind; from?: string; page: number };

const eventKeys = {
  lists: ['events', 'list'] as const,
  list: (filters: EventFilters) => [...eventKeys.lists, filters] as const,
  detail: (id: string) => ['events', 'detail', id] as const,
  registrations: (id: string) => [...eventKeys.detail(id), 'registrations'] as const,
};

const loaded = ({ body, etag }: Tagged<Event>) => ({ ...body, etag });

export function useEvents(filters: EventFilters) {
  return useQuery({
    queryKey: eventKeys.list(filters),
    placeholderData: keepPreviousData,
    queryFn: () => body(api.GET('/api/v1/events', { params: { query: { ...filters, size: 200 } } })),
  });
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: eventKeys.detail(id),
    queryFn: async () =>
      loaded(await tagged(api.GET('/api/v1/events/{eventId}', { params: { path: { eventId: id } } }))),
  });
}

export function useRegistrations(eventId: string) {
  return useQuery({
    queryKey: eventKeys.registrations(eventId),
    queryFn: () => body(api.GET('/api/v1/events/{eventId}/registrations', { params: { path: { eventId } } })),
  });
}

export function useCreateEvent() {
  const client = useQueryClient();
  return useApiMutation(
    (input: EventInput) => api.POST('/api/v1/events', { body: input }),
    (answer) => {
      client.setQueryData(eventKeys.detail(answer.body.id), loaded(answer));
      // Where the new event belongs in the filtered lists is the server's to say.
      return client.invalidateQueries({ queryKey: eventKeys.lists });
    },
  );
}

export type EventStep = 'opening' | 'closing' | 'completion';

export function useEventMutations(eventId: string) {
  const client = useQueryClient();
  const params = (etag: string) => ({ path: { eventId }, header: { 'If-Match': etag } });
  const refreshLists = () => client.invalidateQueries({ queryKey: eventKeys.lists });
  // The answer is the event with its new ETag; the lists filter and show its status, so they are fetched again.
  const store = (answer: Tagged<Event>) => {
    client.setQueryData(eventKeys.detail(eventId), loaded(answer));
    return refreshLists();
  };
  // The answer is one registration; the places taken and left, the waitlist's moves and the caller's own status
  // are the server's to count: the event with its registrations and the lists are fetched again.
  const refreshPlaces = () =>
    Promise.all([client.invalidateQueries({ queryKey: eventKeys.detail(eventId) }), refreshLists()]);
  return {
    step: useApiMutation(({ step, etag }: { step: EventStep; etag: string }) => {
      if (step === 'opening') return api.POST('/api/v1/events/{eventId}/opening', { params: params(etag) });
      if (step === 'closing') return api.POST('/api/v1/events/{eventId}/closing', { params: params(etag) });
      return api.POST('/api/v1/events/{eventId}/completion', { params: params(etag) });
    }, store),
    cancel: useApiMutation(
      ({ reason, etag }: { reason: string; etag: string }) =>
        api.POST('/api/v1/events/{eventId}/cancellation', { params: params(etag), body: { reason } }),
      store,
    ),
    document: useApiMutation(
      ({ etag, ...body }: { etag: string; outcomes?: string; minutes?: string; lessonsLearned?: string }) =>
        api.PUT('/api/v1/events/{eventId}/documentation', { params: params(etag), body }),
      store,
    ),
    register: useApiMutation(
      (input: RegistrationInput) =>
        api.POST('/api/v1/events/{eventId}/registrations', { params: { path: { eventId } }, body: input }),
      refreshPlaces,
    ),
    cancelRegistration: useApiMutation(
      (registrationId: string) =>
        api.POST('/api/v1/registrations/{registrationId}/cancellation', { params: { path: { registrationId } } }),
      refreshPlaces,
    ),
    attendance: useApiMutation(
      ({ registrationId, status }: { registrationId: string; status: 'ATTENDED' | 'NO_SHOW' }) =>
        api.PUT('/api/v1/registrations/{registrationId}/attendance', {
          params: { path: { registrationId } },
          body: { status },
        }),
      // Attended or not, the registration keeps its place: only the registration itself changes.
      ({ body: saved }) =>
        client.setQueryData<Registration[]>(eventKeys.registrations(eventId), (list) =>
          list?.map((r) => (r.id === saved.id ? saved : r)),
        ),
    ),
  };
}

export function useCalendarLink() {
  return useApiMutation(() => api.POST('/api/v1/me/calendar-link'));
}

/** Revokes the current feed address and creates a new one (for an address shared by mistake). */
export function useRenewCalendarLink() {
  return useApiMutation(async () => {
    await api.DELETE('/api/v1/me/calendar-link');
    return api.POST('/api/v1/me/calendar-link');
  });
}
