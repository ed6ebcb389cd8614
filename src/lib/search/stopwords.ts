/**
 * Words that do not help find a page: question words and filler words in Bokmål, Nynorsk and
 * Swedish. Started from Snowball's Norwegian and Swedish stop lists (snowballstem.org), then
 * checked by hand: content words those lists hold for other purposes are left out ("sitta",
 * "arbeid", "tid" are not here), and the build keeps any word that is in a page title
 * (`usableStopWords`), so "Hvem gjør hva" and "Hvordan lage en god prosessplan?" stay findable.
 */
export const STOP_WORDS = [
  // Bokmål and Nynorsk (Snowball's Norwegian list, which holds both)
  'og', 'i', 'jeg', 'det', 'at', 'en', 'et', 'ei', 'den', 'til', 'er', 'som', 'på', 'de', 'med', 'han', 'av', 'ikke',
  'ikkje', 'der', 'så', 'var', 'meg', 'seg', 'men', 'ett', 'har', 'om', 'vi', 'min', 'mitt', 'ha', 'hadde', 'hun', 'nå',
  'da', 'ved', 'fra', 'frå', 'du', 'ut', 'sin', 'dem', 'oss', 'opp', 'man', 'kan', 'hans', 'hvor', 'eller', 'hva', 'skal',
  'selv', 'sjøl', 'her', 'vil', 'bli', 'ble', 'blei', 'blitt', 'kunne', 'inn', 'når', 'være', 'noen', 'noe', 'ville',
  'dere', 'deres', 'kun', 'ja', 'etter', 'ned', 'skulle', 'denne', 'for', 'deg', 'si', 'sine', 'sitt', 'mot', 'å', 'meget',
  'hvorfor', 'dette', 'disse', 'uten', 'hvordan', 'ingen', 'din', 'ditt', 'blir', 'hvilken', 'hvilke', 'sånn', 'hver',
  'hvem', 'hvis', 'både', 'bare', 'enn', 'fordi', 'før', 'også', 'slik', 'vært', 'begge', 'siden', 'dykk', 'dykkar', 'dei',
  'deira', 'deim', 'di', 'då', 'eg', 'ein', 'eit', 'eitt', 'elles', 'honom', 'hjå', 'ho', 'henne', 'hennar', 'hennes',
  'ingi', 'inkje', 'korleis', 'korso', 'kva', 'kvar', 'kven', 'kvi', 'kvifor', 'me', 'medan', 'mi', 'mine', 'mykje', 'no',
  'nokon', 'noka', 'nokor', 'noko', 'nokre', 'sia', 'sidan', 'so', 'um', 'upp', 'vere', 'vore', 'verte', 'vort', 'vart',
  // Question and filler words staff type, checked against the texts
  'må', 'bør', 'får', 'få', 'gjøre', 'gjør', 'lage', 'finne', 'finnes', 'best', 'beste', 'hjelp', 'bruke', 'egen',
  // Swedish (Snowball's Swedish list, without "sitta")
  'och', 'jag', 'hon', 'för', 'är', 'icke', 'mig', 'nu', 'inte', 'där', 'ej', 'kunde', 'något', 'från', 'när', 'efter',
  'vara', 'vad', 'över', 'än', 'dig', 'sina', 'här', 'alla', 'under', 'någon', 'allt', 'mycket', 'sedan', 'ju', 'denna',
  'själv', 'detta', 'åt', 'utan', 'varit', 'hur', 'mitt', 'ni', 'blev', 'dessa', 'några', 'deras', 'mina', 'vilken', 'er',
  'sådan', 'vår', 'blivit', 'dess', 'inom', 'mellan', 'sådant', 'varför', 'varje', 'vilka', 'ditt', 'vem', 'vilket',
  'sådana', 'dina', 'vars', 'vårt', 'våra', 'ert', 'era', 'vilkas',
] as const;

/** The words of a text as search compares them: lower case, letters and digits only. */
export const searchWords = (text: string): string[] => text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? [];

/** The stop words that may be dropped: never one that is a word of a page title. */
export function usableStopWords(titles: readonly string[]): string[] {
  const inTitles = new Set(titles.flatMap(searchWords));
  return [...new Set(STOP_WORDS)].filter((word) => !inTitles.has(word));
}
