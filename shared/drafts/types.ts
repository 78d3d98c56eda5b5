import type { Profile } from '../schema/settings';
import type { Application } from '../schema/application';
import type { Reference } from '../schema/person';
import type { IsoDate } from '../dates';
export type DraftKind = 'reconnect_ask' | 'follow_up' | 'prep_brief' | 'thanks_offer' | 'thanks_no' | 'note_prompt';
export interface DraftInput {
  profile: Profile;            // the candidate (sender)
  reference: Reference;        // the recipient
  application: Application | null; // null: a request for the job search in general
  today: IsoDate;
  /** Optional, typed by the user in the composer: why they fit the role. */
  pitch?: string;
}
export interface Draft { subject: string; body: string; }
export interface NotePromptSection { key: 'outcome' | 'thanks' | 'project' | 'ask' | 'closing'; label: string; text: string; }
export interface NotePrompt { recipient: string; title: string; sections: NotePromptSection[]; }
