import { createBrowserRouter } from 'react-router';
import { NotFound } from '../components/AccessStates';
import { PORTAL_PAGES } from '../features/portal/pages';
import { Layout } from './Layout';
import { StartPage } from './StartPage';
import { gated } from './states/Gate';
import { RouteError } from './states/RouteError';

// German paths: the users are German, and links get shared by e-mail. Feature pages load on first use, so the
// first screen stays small on a slow connection.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        // Errors of any page show inside the app shell, with a support id.
        errorElement: <RouteError />,
        children: [
          { path: '/', element: <StartPage /> },
          {
            path: '/meine-arbeit',
            lazy: async () => ({
              Component: gated('getMyOverview', (await import('../features/me/routes/MyWorkPage')).MyWorkPage),
            }),
          },
          {
            path: '/dashboard',
            lazy: async () => ({
              Component: gated(
                'getDashboard',
                (await import('../features/dashboard/routes/DashboardPage')).DashboardPage,
              ),
            }),
          },
          {
            path: '/dashboard/liste/:list',
            lazy: async () => ({
              Component: gated(
                'getDashboardList',
                (await import('../features/dashboard/routes/DashboardListPage')).DashboardListPage,
              ),
            }),
          },
          {
            path: '/gemeinden',
            lazy: async () => ({ Component: (await import('../features/registry/routes/RegistryPage')).RegistryPage }),
          },
          {
            path: '/programme',
            lazy: async () => ({
              Component: (await import('../features/programs/routes/ProgramListPage')).ProgramListPage,
            }),
          },
          {
            path: '/programme/neu',
            lazy: async () => ({
              Component: gated(
                'createProgram',
                (await import('../features/programs/routes/ProgramEditPage')).ProgramCreatePage,
              ),
            }),
          },
          {
            path: '/programme/:id',
            lazy: async () => ({
              Component: (await import('../features/programs/routes/ProgramDetailPage')).ProgramDetailPage,
            }),
          },
          {
            path: '/programme/:id/bearbeiten',
            lazy: async () => ({
              Component: gated(
                'updateProgram',
                (await import('../features/programs/routes/ProgramEditPage')).ProgramEditPage,
              ),
            }),
          },
          {
            path: '/runden',
            lazy: async () => ({ Component: (await import('../features/rounds/routes/RoundListPage')).RoundListPage }),
          },
          {
            path: '/runden/neu',
            lazy: async () => ({
              Component: gated(
                'createRound',
                (await import('../features/rounds/routes/RoundCreatePage')).RoundCreatePage,
              ),
            }),
          },
          {
            path: '/runden/:id',
            lazy: async () => ({
              Component: (await import('../features/rounds/routes/RoundDetailPage')).RoundDetailPage,
            }),
          },
          {
            path: '/runden/:roundId/bewerbung',
            lazy: async () => ({
              Component: gated(
                'createApplication',
                (await import('../features/applications/routes/ApplicationPage')).ApplicationPage,
              ),
            }),
          },
          {
            path: '/runden/:roundId/bewertung',
            lazy: async () => ({
              Component: gated('saveMyReview', (await import('../features/selection/routes/ReviewPage')).ReviewPage),
            }),
          },
          {
            path: '/runden/:roundId/auswahl',
            lazy: async () => ({
              Component: gated(
                'getRoundRanking',
                (await import('../features/selection/routes/SelectionPage')).SelectionPage,
              ),
            }),
          },
          {
            path: '/standorte/:id',
            lazy: async () => ({ Component: (await import('./SiteRoute')).SiteRoute }),
          },
          {
            path: '/prozessbegleitung',
            lazy: async () => ({
              Component: gated(
                'listFacilitators',
                (await import('../features/facilitators/routes/FacilitatorPoolPage')).FacilitatorPoolPage,
              ),
            }),
          },
          {
            path: '/veranstaltungen',
            lazy: async () => ({ Component: (await import('../features/network/routes/EventListPage')).EventListPage }),
          },
          {
            path: '/veranstaltungen/neu',
            lazy: async () => ({
              Component: gated(
                'createEvent',
                (await import('../features/network/routes/EventCreatePage')).EventCreatePage,
              ),
            }),
          },
          {
            path: '/veranstaltungen/:id',
            lazy: async () => ({ Component: (await import('../features/network/routes/EventPage')).EventPage }),
          },
          {
            path: '/integration/webhooks',
            lazy: async () => ({
              Component: gated(
                'listWebhookSubscriptions',
                (await import('../features/integration/routes/WebhooksPage')).WebhooksPage,
              ),
            }),
          },
          {
            path: '/benachrichtigungen',
            lazy: async () => ({
              Component: gated(
                'getMyNotificationSettings',
                (await import('../features/notifications/routes/NotificationSettingsPage')).NotificationSettingsPage,
              ),
            }),
          },
          {
            path: '/benachrichtigungen/protokoll',
            lazy: async () => ({
              Component: gated(
                'listNotifications',
                (await import('../features/notifications/routes/NotificationLogPage')).NotificationLogPage,
              ),
            }),
          },
          {
            path: '/datenschutz',
            lazy: async () => ({
              Component: (await import('../features/privacy/routes/PrivacyNoticePage')).PrivacyNoticePage,
            }),
          },
          {
            path: '/meine-daten',
            lazy: async () => ({
              Component: gated(
                'exportMyPersonalData',
                (await import('../features/privacy/routes/MyDataPage')).MyDataPage,
              ),
            }),
          },
          {
            path: '/datenschutz/anfragen',
            lazy: async () => ({
              Component: gated(
                'exportPersonalData',
                (await import('../features/privacy/routes/PrivacyRequestsPage')).PrivacyRequestsPage,
              ),
            }),
          },
          {
            path: '/lernnetzwerk/austausch',
            lazy: async () => ({
              Component: gated(
                'getExchangeMatrix',
                (await import('../features/network/routes/ExchangePage')).ExchangePage,
              ),
            }),
          },
          ...PORTAL_PAGES.map((page) => ({
            path: page.to,
            lazy: async () => ({
              Component: (await import('../features/portal/portalPages')).PORTAL_PAGE_COMPONENTS[page.to],
            }),
          })),
          {
            path: '/barrierefreiheit',
            lazy: async () => ({
              Component: (await import('../features/legal/routes/AccessibilityPage')).AccessibilityPage,
            }),
          },
          {
            path: '/impressum',
            lazy: async () => ({ Component: (await import('../features/legal/routes/ImprintPage')).ImprintPage }),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
