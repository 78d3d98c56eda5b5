import { useTranslation } from 'react-i18next';
import type { View } from '../../shared/ipc/channels';
import styles from './AppFrame.module.css';
import { VIEW_PARTS } from './lazy-parts';
import { NavIcon } from './NavIcon';

interface SidebarProps {
  current: View;
  onNavigate: (view: View) => void;
  badges: Partial<Record<View, number>>;
}

const MAIN_VIEWS: View[] = ['board', 'today', 'applications', 'people'];

export function Sidebar({ current, onNavigate, badges }: SidebarProps) {
  const { t } = useTranslation();
  const item = (view: View) => (
    <li key={view}>
      <button
        type="button"
        className={styles.navItem}
        aria-current={current === view ? 'page' : undefined}
        data-view={view}
        // In a narrow window only the icons show; the name appears on hover.
        title={t(`nav.${view}`)}
        onClick={() => onNavigate(view)}
        // A pointer on its way or focus on the button: the screen's code is fetched before the click.
        onPointerEnter={() => void VIEW_PARTS[view].preload().catch(() => undefined)}
        onFocus={() => void VIEW_PARTS[view].preload().catch(() => undefined)}
      >
        <NavIcon view={view} />
        <span className={styles.navLabel}>{t(`nav.${view}`)}</span>
        {badges[view] ? (
          <span className={styles.badge}>
            {badges[view]}
            <span className="visually-hidden"> {t('sidebar.overdue')}</span>
          </span>
        ) : null}
      </button>
    </li>
  );
  return (
    <nav className={styles.sidebar} aria-label={t('app.mainNavigation')}>
      <div className={styles.brand}>
        <span className={styles.logo} aria-hidden="true" />
        <div className={styles.brandText}>
          <div className={styles.brandName}>{t('app.name')}</div>
          <div className={styles.tagline}>{t('app.tagline')}</div>
        </div>
      </div>
      <ul className={styles.navList}>{MAIN_VIEWS.map(item)}</ul>
      <ul className={`${styles.navList} ${styles.navBottom}`}>{item('settings')}</ul>
    </nav>
  );
}
