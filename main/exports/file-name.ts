// Suggested names for the save dialog, e.g. "References – Acme – Jane Doe.pdf". The name
// is built from user data, so it must be valid on Windows, macOS and Linux alike.
import { cleanText } from './clean-text';

// Characters Windows forbids in names, plus controls; "/" and "\" would also make a path.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F]/g;
// Names Windows reserves for devices, with or without an extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_BASE_LENGTH = 120;
const FALLBACK = 'Rekindle';

function cleanPart(part: string): string {
  return cleanText(part)
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    // Windows drops trailing dots and spaces; a leading dot hides the file on macOS and Linux.
    .replace(/^[.\s]+|[.\s]+$/g, '');
}

export function safeFileName(parts: readonly string[], extension: string): string {
  const ext = extension.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  let base = parts.map(cleanPart).filter(Boolean).join(' – ');
  const characters = Array.from(base);
  if (characters.length > MAX_BASE_LENGTH) {
    base = cleanPart(characters.slice(0, MAX_BASE_LENGTH).join('').replace(/[\s–]+$/u, ''));
  }
  if (!base) base = FALLBACK;
  // Windows reserves "AUX" and "AUX.anything": lead with a name it does not reserve.
  if (RESERVED.test(base)) base = `${FALLBACK} – ${base}`;
  return ext ? `${base}.${ext}` : base;
}
