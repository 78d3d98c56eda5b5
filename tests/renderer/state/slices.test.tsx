// Components read slices of the one store: a change elsewhere in the document must not
// re-render them, so a heavy user's board does not redraw every card for one tick.
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyDocumentPatch, setSnapshot, useApplications, usePerson, useSettings } from '../../../renderer/state/app-state';
import { showToast, clearToasts } from '../../../renderer/state/toasts';
import { makeApplication, makeDocument, makeReference, makeRequest } from '../../fixtures/documents';

function start() {
  const maria = makeReference({ id: 'maria', name: 'Maria Schäfer' });
  const kofi = makeReference({ id: 'kofi', name: 'Kofi Mensah' });
  const document = makeDocument({
    applications: [makeApplication({ id: 'acme', company: 'Acme' })],
    references: [maria, kofi],
    requests: [makeRequest({ id: 'req-1', referenceId: 'maria', applicationId: 'acme' })],
  });
  setSnapshot({ document, notice: null, readOnly: false, systemLanguage: 'en', dataFile: '/data/rekindle-data.json' });
  return { maria, kofi };
}

function counting() {
  const renders = { applications: 0, maria: 0, settings: 0 };
  function Applications() {
    renders.applications += 1;
    return <p>{useApplications().length} applications</p>;
  }
  function Maria() {
    renders.maria += 1;
    return <p>{usePerson('maria')?.name}</p>;
  }
  function Settings() {
    renders.settings += 1;
    return <p>{useSettings().paperSize}</p>;
  }
  const view = render(
    <>
      <Applications />
      <Maria />
      <Settings />
    </>,
  );
  return { renders, view };
}

describe('slices of the renderer store', () => {
  it('re-renders only the component whose slice a patch changed', () => {
    const { maria, kofi } = start();
    const { renders, view } = counting();
    expect(renders).toEqual({ applications: 1, maria: 1, settings: 1 });

    // Another person changes: the list of applications, Maria and the settings stay as they were.
    act(() => void applyDocumentPatch({ references: { upsert: [{ ...kofi, notes: 'Met at the conference' }], remove: [] } }));
    expect(renders).toEqual({ applications: 1, maria: 1, settings: 1 });

    // A request moves: no reference, application or setting changed.
    act(() => void applyDocumentPatch({ requests: { upsert: [makeRequest({ id: 'req-1', referenceId: 'maria', applicationId: 'acme', stage: 'prep' })], remove: [] } }));
    expect(renders).toEqual({ applications: 1, maria: 1, settings: 1 });

    // Maria herself changes: only her component redraws, and shows the new name.
    act(() => void applyDocumentPatch({ references: { upsert: [{ ...maria, name: 'Maria Schäfer-Lind' }], remove: [] } }));
    expect(renders).toEqual({ applications: 1, maria: 2, settings: 1 });
    expect(view.getByText('Maria Schäfer-Lind')).toBeTruthy();

    act(() => void applyDocumentPatch({ applications: { upsert: [makeApplication({ id: 'globex', company: 'Globex' })], remove: [] } }));
    expect(renders).toEqual({ applications: 2, maria: 2, settings: 1 });
    expect(view.getByText('2 applications')).toBeTruthy();
  });

  it('does not re-render document slices when a toast comes and goes', () => {
    start();
    const { renders } = counting();
    act(() => void showToast({ message: 'Saved.' }));
    act(() => clearToasts());
    expect(renders).toEqual({ applications: 1, maria: 1, settings: 1 });
  });
});
