import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';

import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { routes } from './app/routes';
import { initialTheme } from './shared/lib/theme';
import './app/styles.css';

// Apply the theme before the first paint so a dark-theme reload does not flash white.
document.documentElement.classList.toggle('dark', initialTheme() === 'dark');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} router={createBrowserRouter(routes)} />
  </StrictMode>,
);
