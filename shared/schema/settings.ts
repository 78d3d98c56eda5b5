// The user's own details and the app's settings.
import { z } from 'zod';
import { emailSchema, languageSchema, phoneSchema, shortText, webUrlSchema } from './fields';

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const profileSchema = z.object({
  name: shortText,
  email: emailSchema,
  phone: phoneSchema,
  city: shortText,
  links: z.array(webUrlSchema).max(10),
});
export type Profile = z.infer<typeof profileSchema>;

/** How many employer calls in 30 days make a person "leaned on" (the bench warns past it). */
export const CALL_THRESHOLD_LIMITS = { min: 1, max: 20, default: 3 } as const;

/** A time of day on the 24-hour clock, "09:00". */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const reminderSettingsSchema = z.object({ enabled: z.boolean(), time: timeOfDaySchema });
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
export const DEFAULT_REMINDERS: ReminderSettings = { enabled: true, time: '09:00' };

export const settingsSchema = z.object({
  /** null follows the operating system's language. */
  language: languageSchema.nullable(),
  paperSize: z.enum(PAPER_SIZES),
  /** Optional: files written before it existed use the default of three. */
  callThreshold: z.number().int().min(CALL_THRESHOLD_LIMITS.min).max(CALL_THRESHOLD_LIMITS.max).optional(),
  /** Optional: files written before it existed remind at 9:00. */
  reminders: reminderSettingsSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
