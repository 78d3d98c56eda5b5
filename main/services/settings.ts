// Settings and the candidate's profile (the reference sheet's header).
import type { Profile, Settings } from '../../shared/schema/settings';
import type { RekindleDocument } from '../../shared/schema/document';

export function updateSettings(document: RekindleDocument, patch: Partial<Settings>): RekindleDocument {
  const settings = { ...document.settings };
  // An absent key leaves the setting as it is; `language: null` means "follow the system".
  if (patch.language !== undefined) settings.language = patch.language;
  if (patch.paperSize !== undefined) settings.paperSize = patch.paperSize;
  if (patch.callThreshold !== undefined) settings.callThreshold = patch.callThreshold;
  if (patch.reminders !== undefined) settings.reminders = { ...patch.reminders };
  return { ...document, settings };
}

export function updateProfile(document: RekindleDocument, profile: Profile): RekindleDocument {
  return { ...document, profile: { ...profile, links: profile.links.filter((link) => link !== '') } };
}
