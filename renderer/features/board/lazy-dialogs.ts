// The board's dialogs load on first use: launch shows the cards, not the forms behind them.
import { lazyPart } from '../../components/lazy-part';

export const CardDetail = lazyPart(() => import('./CardDetail').then((module) => module.CardDetail));
export const NewRequestDialog = lazyPart(() => import('./NewRequestDialog').then((module) => module.NewRequestDialog));
export const ContactForm = lazyPart(() => import('./ContactForm').then((module) => module.ContactForm));

/** Every dialog the board opens, for warming once the first cards show. */
export const BOARD_DIALOGS = [CardDetail, NewRequestDialog, ContactForm] as const;
