import type { View } from '../../shared/ipc/channels';

const PATHS: Record<View, string> = {
  board: 'M3 4h5v16H3zM10 4h5v10h-5zM17 4h4v7h-4z',
  today: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  applications: 'M4 7h16v12H4zM9 7V5h6v2',
  people: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 11a3 3 0 1 0 0-6M18 14c2 .6 3 2.8 3 6',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1',
};

export function NavIcon({ view }: { view: View }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinejoin="round" strokeLinecap="round">
      <path d={PATHS[view]} />
    </svg>
  );
}
