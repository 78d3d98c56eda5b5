import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// In this order: tokens first, plain elements, shared helpers, then the form controls.
import './styles/tokens.css';
import './styles/base.css';
import './styles/utilities.css';
import './styles/controls.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
