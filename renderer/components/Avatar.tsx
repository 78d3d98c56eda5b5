import { initialsOf } from '../../shared/format';
import styles from './Avatar.module.css';

const HUES = [18, 42, 150, 200, 230, 270, 320, 350];

function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return HUES[hash % HUES.length] ?? 18;
}

/** A person's initials on a colour derived from their name; decorative, so hidden from readers. */
export function Avatar({ name, size = 32 }: { name: string; size?: number }) {
  return (
    <span
      className={styles.avatar}
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size * 0.4, ['--hue' as string]: hueOf(name) }}
    >
      {initialsOf(name)}
    </span>
  );
}
