// The bench's changes, one small function each: `api` applies main's patch to the window's
// copy itself, so these only ask and report.
import type { IsoDate } from '../../../shared/dates';
import { api } from '../../api';

/** The person told you their title, email and phone are current. */
export function confirmDetails(referenceId: string, on: IsoDate) {
  return api.references.confirmDetails({ referenceId, on });
}

/** How many employer calls in 30 days make the bench suggest a rest. */
export function saveCallThreshold(callThreshold: number) {
  return api.settings.update({ callThreshold });
}
