// Renders the composer in jsdom over an in-memory document. window.api answers with the
// real request services and main's schema, and with a patch as main does, so "Mark as
// sent" changes the document as main would and the window applies it as it does.
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { markDraftSent } from '../../../../main/services/requests/sent';
import { Composer } from '../../../../renderer/features/board/composer/Composer';
import { setSnapshot } from '../../../../renderer/state/app-state';
import { createI18n } from '../../../../shared/i18n';
import type { RekindleApi } from '../../../../shared/ipc/api';
import { contract } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import { diffDocuments } from '../../../../shared/patch';
import type { Language } from '../../../../shared/schema/fields';
import type { RekindleDocument } from '../../../../shared/schema/document';
import { makeServiceContext } from '../../../fixtures/documents';

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
  const answer = <T,>(channel: string, payload: unknown, run: () => T): Promise<Result<T>> => {
    calls.push({ channel, payload });
    try {
      return Promise.resolve({ ok: true, value: run() });
    } catch (error) {
      return Promise.resolve({ ok: false, error: { code: 'conflict', message: (error as Error).message } });
    }
  };
  // The part of the bridge the composer uses, typed against the real one.
  const bridge = {
    links: { open: (payload) => answer('links:open', payload, () => ({ opened: true })) },
    requests: {
      markDraftSent: (payload) =>
        answer('requests:markDraftSent', payload, () => {
          const input = contract['requests:markDraftSent'].request.parse(payload);
          const { document, recorded } = markDraftSent(current, input, ctx);
          const patch = diffDocuments(current, document);
          current = document;
          return { patch, recorded };
        }),
    },
  } satisfies { links: Pick<RekindleApi['links'], 'open'>; requests: Pick<RekindleApi['requests'], 'markDraftSent'> };
  Object.defineProperty(window, 'api', { configurable: true, value: bridge });
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
