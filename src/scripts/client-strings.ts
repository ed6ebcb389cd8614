/** Interface strings handed over by the page (see ClientStrings.astro). */
import { fill } from '../i18n/nb';
import type { ClientKey } from '../i18n/client-groups';

let strings: Record<string, string> | undefined;

export function text(key: ClientKey, values?: Record<string, string | number>): string {
  strings ??= JSON.parse(document.getElementById('client-strings')?.textContent ?? '{}') as Record<string, string>;
  return fill(strings[key] ?? key, values);
}
