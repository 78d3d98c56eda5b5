// What arrived from the user's other computers through the synced folder: the patch that
// brings the window up to date, and who sent how many changes (for "3 changes from your
// laptop").
import type { DocumentPatch } from '../patch';

export interface ExternalSource {
  deviceId: string;
  /** The name the other computer gave itself (its host name), for the window to show. */
  deviceName: string;
  /** How many saved changes of that computer were new here. */
  changes: number;
}

export interface ExternalChanges {
  patch: DocumentPatch;
  from: ExternalSource[];
}
