import type { ReactNode } from 'react';
import styles from './EmptyState.module.css';

interface EmptyStateProps {
  title: string;
  body: string;
  action?: ReactNode;
}

/** What a screen shows before it has content: what goes here and the next step. */
export function EmptyState({ title, body, action }: EmptyStateProps) {
  return (
    <section className={styles.empty} aria-labelledby="empty-title">
      <div className={styles.mark} aria-hidden="true">
        <svg viewBox="0 0 48 48" width="48" height="48">
          <circle cx="18" cy="20" r="8" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <circle cx="32" cy="28" r="8" fill="none" stroke="currentColor" strokeWidth="2.5" />
        </svg>
      </div>
      <h2 id="empty-title">{title}</h2>
      <p className={styles.body}>{body}</p>
      {action}
    </section>
  );
}
