import './app/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';

import { App } from './app/App';
import { startLiveUpdates } from './app/live-updates';
import { createQueryClient } from './app/query-client';
import { routes } from './app/routes';
import { initialTheme } from './shared/lib/theme';

// Apply the theme before the first paint so a dark-theme reload does not flash white.
document.documentElement.classList.toggle('dark', initialTheme() === 'dark');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const queryClient = createQueryClient();
// Live data: the SSE stream writes into this cache for as long as the page is open.
startLiveUpdates(queryClient);
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} router={createBrowserRouter(routes)} />
  </StrictMode>,
);
