import type { ReactNode } from 'react';
import styles from './ViewHeader.module.css';

interface ViewHeaderProps {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
}

export function ViewHeader({ title, subtitle, actions }: ViewHeaderProps) {
  return (
    <header className={styles.header}>
      <div>
        <h1 id="view-title" tabIndex={-1}>
          {title}
        </h1>
        {subtitle ? <p className={styles.subtitle}>{subtitle}</p> : null}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </header>
  );
}
