import { fullDate, relativeDay } from '../../shared/format';
import type { IsoDate } from '../../shared/dates';
import { useLanguage, useToday } from '../state/app-state';

/** "in 3 days", with the full date on hover and for screen readers' context. */
export function RelativeDate({ date }: { date: IsoDate }) {
  const language = useLanguage();
  const today = useToday();
  return (
    <time dateTime={date} title={fullDate(date, language)}>
      {relativeDay(date, today, language)}
    </time>
  );
}
