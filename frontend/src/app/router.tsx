import { createBrowserRouter } from 'react-router';
import { HomePage } from '../features/home/routes/HomePage';
import { AccessibilityPage } from '../features/legal/routes/AccessibilityPage';
import { ImprintPage } from '../features/legal/routes/ImprintPage';
import { ProgramDetailPage } from '../features/programs/routes/ProgramDetailPage';
import { ProgramCreatePage, ProgramEditPage } from '../features/programs/routes/ProgramEditPage';
import { ProgramListPage } from '../features/programs/routes/ProgramListPage';
import { RegistryPage } from '../features/registry/routes/RegistryPage';
import { Layout } from './Layout';

// German paths: the users are German, and links get shared by e-mail.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/gemeinden', element: <RegistryPage /> },
      { path: '/programme', element: <ProgramListPage /> },
      { path: '/programme/neu', element: <ProgramCreatePage /> },
      { path: '/programme/:id', element: <ProgramDetailPage /> },
      { path: '/programme/:id/bearbeiten', element: <ProgramEditPage /> },
      { path: '/barrierefreiheit', element: <AccessibilityPage /> },
      { path: '/impressum', element: <ImprintPage /> },
    ],
  },
]);
