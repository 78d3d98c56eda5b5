import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(cleanup);

// Only Electron's own module is replaced: the real preload builds window.api over it.
vi.mock('electron', () => import('./bridge/electron-fake'));
