import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../../lib/api/client';
import { config } from '../../../config';
import { body } from '../../../lib/api/queries';

export type PublicSite = Schemas['PublicSite'];
export type PublicMeasure = Schemas['PublicMeasure'];
export type PublicEvent = Schemas['PublicEvent'];

// The portal is read by the public: reference-like data, cached for five minutes.
const FIVE_MINUTES = 5 * 60 * 1000;

export function usePublicSites(programId?: string) {
  return useQuery({
    queryKey: ['public', 'sites', programId],
    staleTime: FIVE_MINUTES,
    queryFn: () => body(api.GET('/api/v1/public/sites', { params: { query: programId ? { programId } : {} } })),
  });
}

export interface MeasureFilters {
  topicId?: string;
  regionKey?: string;
  districtKey?: string;
  programId?: string;
  q?: string;
  page: number;
}

export function usePublicMeasures(filters: MeasureFilters) {
  return useQuery({
    queryKey: ['public', 'measures', filters],
    staleTime: FIVE_MINUTES,
    placeholderData: keepPreviousData,
    queryFn: () => body(api.GET('/api/v1/public/measures', { params: { query: { ...filters, size: 20 } } })),
  });
}

export function usePublicEvents() {
  return useQuery({
    queryKey: ['public', 'events'],
    staleTime: FIVE_MINUTES,
    queryFn: () => body(api.GET('/api/v1/public/events')),
  });
}

export function usePublicGoodPractices(topicId?: string) {
  return useQuery({
    queryKey: ['public', 'good-practices', topicId],
    staleTime: FIVE_MINUTES,
    queryFn: () => body(api.GET('/api/v1/public/good-practices', { params: { query: topicId ? { topicId } : {} } })),
  });
}

/** The public calendar feed's address (https and webcal), for calendar programs to subscribe to. */
export function calendarFeedUrl(): { https: string; webcal: string } {
  const https = new URL('/api/v1/calendar/events.ics', config.apiBaseUrl).toString();
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}
