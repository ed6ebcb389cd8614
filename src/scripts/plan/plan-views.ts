/**
 * The plan's read-only views, made from the stored plan: the plan document (areas, goals and
 * a table of measures), the follow-up list by deadline with status counts, and the cost per
 * budget year. Tables keep explicit roles, so they stay tables to screen readers when
 * narrow screens stack their cells.
 */
import { planTree, type MeasureInPlan } from '../../lib/plan/plan';
import type { Plan } from '../../lib/plan/schema';
import { costsByYear, followUp, localDay, parseCost } from '../../lib/plan/views';
import type { ClientKey } from '../../i18n/client-groups';
import { columnKey, MEASURE_FIELDS, type MeasureField } from '../../lib/plan/columns';
import { text } from '../client-strings';
import { numbered } from './plan-editor';

type Cell = string | Node;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, content: Cell[] = [], className = '') => {
  const made = document.createElement(tag);
  made.append(...content);
  if (className) made.className = className;
  return made;
};

const amount = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const titled = (title: string) => title.trim() || text('plan.untitled');

/** A table with a header row; `stacks` lets narrow screens show each row as labelled lines. */
interface TableOptions {
  stacks?: boolean;
  rowClass?: (index: number) => string;
}

function table(headers: ClientKey[], rows: Cell[][], { stacks = true, rowClass = () => '' }: TableOptions = {}) {
  const labels = headers.map((key) => text(key));
  const head = element('thead', [
    element(
      'tr',
      labels.map((label) => element('th', [label])),
    ),
  ]);
  for (const th of head.querySelectorAll('th'))
    Object.assign(th, { scope: 'col' }).setAttribute('role', 'columnheader');
  const body = element(
    'tbody',
    rows.map((row, index) => {
      const tr = element(
        'tr',
        row.map((cell, column) => {
          const td = element('td', [cell]);
          td.dataset.label = labels[column];
          td.setAttribute('role', 'cell');
          return td;
        }),
        rowClass(index),
      );
      tr.setAttribute('role', 'row');
      return tr;
    }),
  );
  head.querySelector('tr')!.setAttribute('role', 'row');
  const made = element('table', [head, body], `plan-table mt-3 w-full ${stacks ? 'stacks' : ''}`);
  made.setAttribute('role', 'table');
  return made;
}

const statusText = (entry: MeasureInPlan) => text(`plan.status.${entry.measure.status}`);
const costText = (typed: string) => {
  const cost = parseCost(typed);
  return cost === 'invalid' ? `${typed} (${text('plan.unreadable')})` : cost === undefined ? '' : amount.format(cost);
};

/** A measure's field as the plan document shows it: amounts formatted, status in words. */
function documentCell(entry: MeasureInPlan, field: MeasureField): string {
  if (field === 'description') return titled(entry.measure.description);
  if (field === 'cost') return costText(entry.measure.cost);
  if (field === 'status') return statusText(entry);
  return entry.measure[field];
}

/** Areas → goals → a table of each goal's measures. */
export function planDocument(plan: Plan | undefined): Node[] {
  return planTree(plan).flatMap((area) => [
    element(
      'h3',
      [text('plan.areaHeading', { number: area.number, title: titled(area.area.title) })],
      'mt-6 text-lg font-semibold',
    ),
    ...area.goals.flatMap((goal) => [
      element(
        'h4',
        [text('plan.goalHeading', { name: numbered('goal', goal.number), title: titled(goal.goal.title) })],
        'mt-4 font-semibold',
      ),
      goal.measures.length === 0
        ? element('p', [text('plan.noMeasures')], 'text-slate-700')
        : table(
            ['plan.number', ...MEASURE_FIELDS.map(columnKey)],
            goal.measures.map((entry) => [entry.number, ...MEASURE_FIELDS.map((field) => documentCell(entry, field))]),
          ),
    ]),
  ]);
}

/** The status counts, and the measures by deadline with the overdue ones marked in words. */
export function followUpView(plan: Plan | undefined, now = new Date()) {
  const { measures, counts, overdue } = followUp(plan, localDay(now));
  const summary = text('plan.counts', counts);
  const nodes: Node[] = [];
  if (overdue > 0) nodes.push(element('p', [text('plan.overdueCount', { overdue })], 'mt-2'));
  if (counts.total > 0)
    nodes.push(
      table(
        ['plan.deadline', 'plan.number', 'plan.measure', 'plan.unit', 'plan.status'],
        measures.map((entry) => [
          entry.overdue
            ? element('span', [entry.measure.deadline, ' ', element('strong', [text('plan.overdue')], 'overdue-mark')])
            : entry.measure.deadline || text('plan.noDeadline'),
          entry.number,
          titled(entry.measure.description),
          entry.measure.unit,
          statusText(entry),
        ]),
        { rowClass: (index) => (measures[index]!.overdue ? 'bg-amber-50' : '') },
      ),
    );
  return { summary, nodes };
}

/** Cost per budget year, measures without a year apart, and the total. */
export function costsView(plan: Plan | undefined): Node[] {
  const { rows, unplaced, unreadable, total } = costsByYear(plan);
  const warning = unreadable > 0 ? [element('p', [text('plan.costsUnreadable', { count: unreadable })], 'mt-3')] : [];
  if (rows.length === 0 && unplaced.measures === 0)
    return [element('p', [text('plan.noCosts')], 'mt-3 text-slate-700'), ...warning];
  const lines: Cell[][] = rows.map((row) => [String(row.year), String(row.measures), amount.format(row.sum)]);
  if (unplaced.measures > 0)
    lines.push([text('plan.withoutYear'), String(unplaced.measures), amount.format(unplaced.sum)]);
  lines.push([element('strong', [text('plan.total')]), '', element('strong', [amount.format(total)])]);
  return [table(['plan.year', 'plan.measuresCounted', 'plan.sum'], lines, { stacks: false }), ...warning];
}
