// The profile as the form edits it: links as one text area, one link per line.
import { z } from 'zod';
import { isHttpUrl } from '../../../shared/schema/fields';
import { profileSchema, type Profile } from '../../../shared/schema/settings';

export const profileFormSchema = profileSchema.omit({ links: true }).extend({
  links: z
    .string()
    .max(5_000, { message: 'too_long' })
    .refine((text) => linesOf(text).every(isHttpUrl), { message: 'invalid_url' })
    .refine((text) => linesOf(text).length <= 10, { message: 'too_long' }),
});
export type ProfileFormValues = z.infer<typeof profileFormSchema>;

function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function toFormValues(profile: Profile): ProfileFormValues {
  return { ...profile, links: profile.links.join('\n') };
}

export function fromFormValues(values: ProfileFormValues): Profile {
  return { ...values, links: linesOf(values.links) };
}
