// Renders the composer in jsdom over an in-memory document. window.api answers with the
// real request services and a patch, so "Mark as sent" changes the document as main would.
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import {
  logContact,
  markAskSent,
  markMessageSent,
  setChecklistItem,
} from '../../../main/services/requests';
import { Composer } from '../../../renderer/features/composer/Composer';
import { setSnapshot } from '../../../renderer/state/app-state';
import { createI18n } from '../../../shared/i18n';
import { diffDocuments } from '../../../shared/patch';
import type { Language, RekindleDocument } from '../../../shared/schema';
import { makeServiceContext } from '../../fixtures/documents';
import { fakeBridge } from '../../fixtures/fake-bridge';

export const NOW = new Date('2026-11-28T09:30:00+01:00');
export const TODAY = '2026-11-28';

export interface ComposerHarness {
  calls: { channel: string; payload: unknown }[];
  clipboard: string[];
  document: () => RekindleDocument;
  onClose: ReturnType<typeof vi.fn>;
}

// jsdom has no modal dialogs; opening is all the composer needs from it.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

export function renderComposer(
  initial: RekindleDocument,
  requestId: string,
  { uiLanguage = 'en', onPrintNotePrompt }: { uiLanguage?: Language; onPrintNotePrompt?: () => void } = {},
): ComposerHarness {
  let current = initial;
  const calls: ComposerHarness['calls'] = [];
  const clipboard: string[] = [];
  const ctx = makeServiceContext(NOW);
  const answer = <T,>(channel: string, payload: unknown, run: () => T) => {
    calls.push({ channel, payload });
    try {
      return Promise.resolve({ ok: true as const, value: run() });
    } catch (error) {
      return Promise.resolve({ ok: false as const, error: { code: 'conflict' as const, message: (error as Error).message } });
    }
  };
  // Answered as main answers a change: the patch from the document before to the one after.
  const changed = (result: { document: RekindleDocument }) => {
    const before = current;
    current = result.document;
    return { patch: diffDocuments(before, current) };
  };
  window.api = fakeBridge({
    'links:open': (payload) => answer('links:open', payload, () => ({ opened: true })),
    'requests:markAskSent': (payload) => answer('requests:markAskSent', payload, () => changed(markAskSent(current, payload, ctx))),
    'requests:markMessageSent': (payload) =>
      answer('requests:markMessageSent', payload, () => changed(markMessageSent(current, payload, ctx))),
    'requests:setChecklistItem': (payload) =>
      answer('requests:setChecklistItem', payload, () => changed(setChecklistItem(current, payload, ctx))),
    'requests:logContact': (payload) => answer('requests:logContact', payload, () => changed(logContact(current, payload, ctx))),
  }).api;
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => Promise.resolve(void clipboard.push(text)) },
  });

  setSnapshot({ document: initial, notice: null, readOnly: false, systemLanguage: uiLanguage, dataFile: '/data/rekindle-data.json' });
  const onClose = vi.fn();
  const i18n = createI18n(uiLanguage);
  render(
    <I18nextProvider i18n={i18n}>
      <Composer requestId={requestId} onClose={onClose} {...(onPrintNotePrompt ? { onPrintNotePrompt } : {})} />
    </I18nextProvider>,
  );
  return { calls, clipboard, document: () => current, onClose };
}
