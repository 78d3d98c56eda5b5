// The window's frame and the words every view shares, keyed by namespace (= file name).
import { app } from './app';
import { common } from './common';
import { dataFolder } from './data-folder';
import { contextMenu } from './context-menu';
import { empty } from './empty';
import { errors } from './errors';
import { help } from './help';
import { menu } from './menu';
import { nav } from './nav';
import { notice } from './notice';
import { overdue } from './overdue';
import { reminders } from './reminders';
import { settings } from './settings';
import { sidebar } from './sidebar';
import { sync } from './sync';

export const APP_CATALOGUES = { app, common, contextMenu, dataFolder, empty, errors, help, menu, nav, notice, overdue, reminders, settings, sidebar, sync } as const;
