// The log stores stable codes for system entries; these turn them into sentences.
import type { TFunction } from 'i18next';
import { isMessageKey } from '../../../shared/i18n';
import type { Language } from '../../../shared/schema/fields';
import type { LogEntry } from '../../../shared/schema/request';
import { checklistItem, parseMoveLogText, stageOfChecklistKey } from '../../../shared/stages';

export function activityText(entry: LogEntry, t: TFunction, language: Language): { title: string; body: string } {
  const known = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const stage = (code: string) => known(`records.stage.${code}`, code);
  switch (entry.kind) {
    case 'created':
      return { title: t('board.log.created', { stage: stage(entry.text) }), body: '' };
    case 'moved': {
      const move = parseMoveLogText(entry.text);
      return { title: move ? t('board.log.moved', { from: stage(move.from), to: stage(move.to) }) : t('board.log.unknown'), body: '' };
    }
    case 'reply':
      return { title: entry.text === 'declined' ? t('board.log.reply_declined') : t('board.log.reply_agreed'), body: '' };
    case 'outcome':
      if (entry.text === 'search_closed') return { title: t('closeSearch.logEntry'), body: '' };
      return { title: t('board.log.outcome', { status: known(`records.status.${entry.text}`, entry.text) }), body: '' };
    case 'message_sent': {
      if (entry.text === 'heads_up_sent') return { title: t('board.log.heads_up_sent'), body: '' };
      const owner = stageOfChecklistKey(entry.text);
      const label = owner ? checklistItem(owner, entry.text)?.label[language] : entry.text;
      return { title: t('board.log.message_sent', { item: label ?? entry.text }), body: '' };
    }
    case 'check_announced':
      return { title: entry.text ? t('board.log.check_announced', { caller: entry.text }) : t('board.log.check_announced_unnamed'), body: '' };
    case 'employer_call':
      return { title: entry.text ? t('board.log.employer_call', { caller: entry.text }) : t('board.log.employer_call_unnamed'), body: '' };
    case 'email':
    case 'call':
    case 'meeting':
    case 'note':
      return { title: t(`board.log.${entry.kind}`), body: entry.text };
  }
}

/** Newest first; entries of the same instant keep the order they were written in, reversed. */
export function newestFirst(log: readonly LogEntry[]): LogEntry[] {
  return log
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Date.parse(b.entry.at) - Date.parse(a.entry.at) || b.index - a.index)
    .map(({ entry }) => entry);
}
