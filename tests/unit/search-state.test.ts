import { describe, expect, it } from 'vitest';
import { expandQuery, MAX_ALTERNATIVES } from '../../src/lib/search/variants';
import { readSearchState, writeSearchState } from '../../src/lib/search/url-state';

const groups = [
  ['brukermedvirkning', 'brukarmedverknad'],
  ['eierskap', 'eigarskap'],
  ['bolig', 'bustad', 'bostad'],
];

describe('query expansion across Bokmål, Nynorsk and Swedish', () => {
  it('adds the Nynorsk form of a Bokmål word, keeping the original first', () => {
    expect(expandQuery('brukermedvirkning', groups)).toEqual(['brukermedvirkning', 'brukarmedverknad']);
  });

  it('works from either form and ignores case', () => {
    expect(expandQuery('Eigarskap', groups)).toEqual(['Eigarskap', 'eierskap']);
  });

  it('swaps each word of a longer query', () => {
    expect(expandQuery('bolig eierskap', groups)).toEqual([
      'bolig eierskap',
      'bolig eigarskap',
      'bustad eierskap',
      'bustad eigarskap',
      'bostad eierskap',
      'bostad eigarskap',
    ]);
  });

  it('leaves words without variants alone and never runs too many searches', () => {
    expect(expandQuery('  kartlegging  ', groups)).toEqual(['kartlegging']);
    expect(expandQuery('', groups)).toEqual([]);
    expect(expandQuery('bolig bolig bolig bolig', groups).length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
  });
});

describe('search state in the URL', () => {
  it('reads the query and repeated facet parameters, ignoring unknown ones', () => {
    const state = readSearchState(new URLSearchParams('q=+bolig+&fylke=Rogaland&fylke=Nordland&type=Eksempel&foo=bar'));
    expect(state).toEqual({ query: 'bolig', filters: { fylke: ['Rogaland', 'Nordland'], type: ['Eksempel'] } });
  });

  it('writes what it reads', () => {
    const state = { query: 'eierskap', filters: { faktor: ['Kompetanse'], land: ['Sverige'] } };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
    expect(writeSearchState({ query: '', filters: {} }).toString()).toBe('');
  });
});
