/**
 * The groups of interface strings the browser scripts are given (ClientStrings.astro). A module
 * of its own, read only when pages are built: browser code imports its types, never its values.
 */
import { MEASURE_COLUMN_KEYS } from '../lib/plan/columns';
import type { UiKey } from './nb';

/**
 * The strings each group of browser scripts uses. Only these are sent to the browser, and only
 * to pages with those scripts (ClientStrings.astro): every byte counts on a checklist page.
 */
export const CLIENT_STRINGS = {
  checklist: [
    'checklist.progress',
    'checklist.lastChanged',
    'checklist.neverChanged',
    'checklist.resetDone',
    'checklist.undo',
    'checklist.undone',
    'checklist.undonePartly',
  ],
  print: ['checklist.printUnreadable', 'print.checked', 'print.unchecked'],
  plan: [
    'plan.area',
    'plan.goal',
    'plan.measure',
    'plan.numbered',
    'plan.added',
    'plan.moved',
    'plan.deleted',
    'plan.undo',
    'plan.undone',
    'plan.undoStale',
    'plan.counts',
    'plan.overdueCount',
    'plan.overdue',
    'plan.noDeadline',
    'plan.year',
    'plan.sum',
    'plan.measuresCounted',
    'plan.withoutYear',
    'plan.total',
    'plan.noCosts',
    'plan.unreadable',
    'plan.number',
    ...MEASURE_COLUMN_KEYS,
    'plan.status.ikke-startet',
    'plan.status.startet',
    'plan.status.gjennomfort',
    'plan.noMeasures',
    'plan.untitled',
    'plan.moveUp',
    'plan.moveDown',
    'plan.delete',
    'plan.actionLabel',
    'plan.addLabel',
    'plan.areaHeading',
    'plan.goalHeading',
    'plan.costsUnreadable',
    'plan.atEdge',
  ],
} as const satisfies Record<string, readonly UiKey[]>;
export type ClientGroup = keyof typeof CLIENT_STRINGS;
export type ClientKey = (typeof CLIENT_STRINGS)[ClientGroup][number];
