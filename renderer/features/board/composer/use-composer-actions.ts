// Copy, open in the mail app and mark as sent, with the one-line notice each leaves in
// the dialog (toasts sit behind a modal dialog, so the dialog speaks for itself).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftKind } from '../../../../shared/drafts';
import { buildMailtoLink, DEFAULT_MAILTO_LENGTH } from '../../../../shared/mailto';
import type { Language } from '../../../../shared/schema/fields';
import { api } from '../../../api';
import { describeError } from '../../../components/describe-error';
import { showToast } from '../../../state/toasts';
import { markDraftSent } from './mark-sent';

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface ActionInput {
  requestId: string;
  name: string;
  email: string;
  kind: DraftKind;
  language: Language;
  subject: string;
  body: string;
  today: string;
  onClose: () => void;
}

export function useComposerActions(input: ActionInput) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);

  const copy = async (text: string, confirmation: string) => {
    const ok = await copyText(text);
    setNotice(ok ? { tone: 'info', text: confirmation } : { tone: 'error', text: t('composer.copyFailed') });
  };

  const openMail = async () => {
    try {
      const link = buildMailtoLink(
        { to: input.email, subject: input.subject, body: input.body, language: input.language },
        DEFAULT_MAILTO_LENGTH,
      );
      // Copy first, while the click still counts as the user's gesture for the clipboard.
      let truncatedNotice: Notice | null = null;
      if (link.truncated) {
        const copied = await copyText(input.body);
        truncatedNotice = { tone: 'info', text: t(copied ? 'composer.truncated' : 'composer.truncatedNoCopy') };
      }
      const { opened } = await api.links.open({ url: link.href });
      setNotice(opened ? truncatedNotice : { tone: 'error', text: t('composer.mailFailed') });
    } catch {
      setNotice({ tone: 'error', text: t('composer.mailFailed') });
    }
  };

  const markSent = async () => {
    setSaving(true);
    try {
      const recorded = await markDraftSent({ requestId: input.requestId, draft: input.kind, today: input.today, subject: input.subject });
      const key = recorded === 'contact' ? 'other' : input.kind;
      showToast({ message: t(`composer.sent.${key}`, { name: input.name }) });
      input.onClose();
    } catch (error) {
      setNotice({ tone: 'error', text: t('composer.sendFailed', { reason: describeError(error, t) }) });
      setSaving(false);
    }
  };

  return { notice, setNotice, saving, copy, openMail, markSent };
}
