// Renders the composer in jsdom over main's real core: window.api is the real bridge and
// main answers with its patches, so "Mark as sent" changes the document as it would in the app.
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, vi } from 'vitest';
import { Composer } from '../../../../renderer/features/board/composer/Composer';
import { setSnapshot } from '../../../../renderer/state/app-state';
import { createI18n } from '../../../../shared/i18n';
import type { Language } from '../../../../shared/schema/fields';
import type { RekindleDocument } from '../../../../shared/schema/document';
import { answerWithCore, type Call, type CoreBridge } from '../../bridge/bridge';

export const NOW = new Date('2026-11-28T09:30:00+01:00');
export const TODAY = '2026-11-28';

export interface ComposerHarness {
  calls: Call[];
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

const opened: CoreBridge[] = [];
afterEach(() => opened.splice(0).forEach((bridge) => bridge.dispose()));

export function renderComposer(
  initial: RekindleDocument,
  requestId: string,
  { uiLanguage = 'en', onPrintNotePrompt }: { uiLanguage?: Language; onPrintNotePrompt?: () => void } = {},
): ComposerHarness {
  const clipboard: string[] = [];
  const bridge = answerWithCore(initial, { now: () => NOW, systemLanguage: uiLanguage });
  opened.push(bridge);
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => Promise.resolve(void clipboard.push(text)) },
  });

  // The window starts from what main loaded, as the app does.
  setSnapshot({ document: bridge.document(), notice: null, readOnly: false, systemLanguage: uiLanguage, dataFile: '/data/rekindle-data.json' });
  const onClose = vi.fn();
  const i18n = createI18n(uiLanguage);
  render(
    <I18nextProvider i18n={i18n}>
      <Composer requestId={requestId} onClose={onClose} {...(onPrintNotePrompt ? { onPrintNotePrompt } : {})} />
    </I18nextProvider>,
  );
  return { calls: bridge.calls, clipboard, document: bridge.document, onClose };
}
