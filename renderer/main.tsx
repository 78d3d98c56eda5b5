// First, before any module that could build a schema.
import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './app/App';
import { followSpellcheckLanguage } from './app/spellcheck-language';
import { LAUNCH_MARKS, markLaunch } from './launch-marks';
// In this order: tokens first, plain elements, shared helpers, then the form controls.
import './styles/tokens.css';
import './styles/base.css';
import './styles/utilities.css';
import './styles/controls.css';

markLaunch(LAUNCH_MARKS.scriptRun);

followSpellcheckLanguage(document, (language) => api.app.setSpellcheckLanguage({ language }));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
