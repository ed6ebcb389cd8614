/**
 * Every interface string, in Bokmål. One flat dictionary with dotted keys, so a missing or
 * misspelt key is a type error, and a second interface language is one more file.
 */
export const nb = {
  'site.name': 'Boligveiviser',
  'site.tagline': 'Veiviser for helhetlig boligpolitisk planlegging og boligsosialt arbeid i kommunen',
  'site.skipLink': 'Hopp til hovedinnholdet',
  'nav.label': 'Hovedmeny',
  'nav.home': 'Forside',
  'nav.process': 'Prosessen',
  'nav.factors': 'Suksessfaktorer',
  'nav.examples': 'Eksempler',
  'nav.roles': 'Roller',
  'nav.guidance': 'Veiledning',
  'nav.progress': 'Min fremdrift',
  'nav.about': 'Om nettstedet',
  'nav.glossary': 'Ordliste',
  'nav.accessibility': 'Tilgjengelighetserklæring',
  'breadcrumbs.label': 'Brødsmulesti',
  'source.label': 'Kilde',
  'source.reviewed': 'Sist gjennomgått',
  'source.original': 'Originalside',
  'language.label': 'Språk',
  'titleOnly.heading': 'Husbankens veiledning for dette steget er ikke publisert ennå',
  'titleOnly.body':
    'Husbanken har foreløpig bare publisert tittelen på dette steget. Siden samler det kildene ellers sier om det, der de sier noe: avsnitt fra Husbankens veiledning for andre steg, fra kommunenes eksempler og fra Boverket, og suksessfaktorene som gjelder.',
  'titleOnly.withAddition': 'Teksten «Om trinnet» er lagt til av redaksjonen, med kilde for hvert faktum.',
  'sources.heading.process': 'Fra Husbankens veiledning for andre steg',
  'sources.heading.examples': 'Slik gjorde kommunene det',
  'sources.heading.guidance': 'Fra Boverkets veiledning',
  'sources.readInContext': 'Les i sammenheng',
  'addition.heading': 'Om trinnet',
  'addition.marker':
    'Lagt til av redaksjonen. Dette er ikke Husbankens tekst; hvert faktum er kontrollert mot kilden som er oppgitt.',
  'addition.sources': 'Kilder',
  'addition.reviewed': 'Sist kontrollert',
  'factorPoint.label': 'Det som gjelder her',
  'search.label': 'Søk i veiviseren',
  'search.title': 'Søk',
  'search.description': 'Søk i veiledning, suksessfaktorer og eksempler på bokmål, nynorsk og svensk.',
  'search.needsScript': 'Søket krever JavaScript.',
  'search.needsScriptHelp': 'Slå på JavaScript for å søke, eller finn fram fra oversiktene:',
  'search.pageFormLabel': 'Søk på siden',
  'search.queryLabel': 'Søkeord',
  'search.pageHelp':
    'Søket finner tekst på bokmål, nynorsk og svensk. Du kan også bare velge filtre for å se alle sider av en type.',
  'search.filters': 'Filtre',
  'search.clearFilters': 'Fjern alle filtre',
  'search.results': 'Treff',
  'notFound.title': 'Fant ikke siden',
  'notFound.text': 'Siden du lette etter finnes ikke, eller den har fått en ny adresse.',
  'notFound.home': 'Til forsiden',
  'overview.process': 'Prosessen trinn for trinn',
  'overview.examples': 'Eksempler fra kommuner',
  'search.placeholder': 'Søk',
  'search.submit': 'Søk',
  'search.seeAll': 'Se alle treff og filtrer',
  'search.filtersCleared': 'Alle filtre er fjernet.',
  'search.skipToResults': 'Hopp til treffene',
  'search.partial': 'Ingen sider har alle ordene. Viser sider med flest av dem.',
  'search.didYouMean': 'Mente du {suggestion}?',
  'search.showingSuggestion': 'Ingen treff for «{query}». Viser {count} treff for «{suggestion}».',
  'search.nothingFound': 'Fant ingen sider. Prøv andre ord, velg et filter, eller finn fram fra oversiktene.',
  'glossary.title': 'Ordliste',
  'glossary.intro':
    'Begreper som kildene selv forklarer. Hver forklaring er sitert ordrett fra kilden, på språket den er skrevet på.',
  'glossary.source': 'Kilde',
  'glossary.linkTitle': 'Se forklaringen i ordlisten',
  'process.overview': 'Helhetlig boligpolitisk planlegging',
  'process.circleLabel': 'Den sirkulære prosessen: seks trinn',
  'process.circleCentreTop': 'Helhetlig boligpolitisk',
  'process.circleCentreBottom': 'planlegging',
  'process.children.underprosess': 'Underprosesser',
  'process.children.fase': 'Faser',
  'process.navLabel': 'Prosessen',
  'process.previous': 'Forrige',
  'process.next': 'Neste',
  'process.prevNextLabel': 'Forrige og neste i prosessen',
  'process.roles': 'Hvem gjør hva',
  'process.examples': 'Eksempler fra kommuner',
  'process.factors': 'Suksessfaktorer',
  'process.related': 'Henger sammen med',
  'process.guidance': 'Veiledning',
  'process.linkedFrom': 'Lenker hit',
  'checklist.heading': 'Sjekkliste',
  'checklist.noScript': 'Avkryssing av punktene krever JavaScript. Listen kan leses og skrives ut uten.',
  'checklist.progress': '{done} av {total} {total|punkt er ferdig|punkter er ferdige}',
  'checklist.lastChanged': 'Sist endret {date}',
  'checklist.neverChanged': 'Ingen punkter er krysset av ennå',
  'checklist.note': 'Notat',
  'checklist.noteLabel': 'Notat til punktet (hvem, når, saksnummer)',
  'checklist.print': 'Skriv ut fasen',
  'checklist.myProgress': 'Min fremdrift i alle faser',
  'checklist.reset': 'Nullstill fasen',
  'checklist.resetAll': 'Nullstill alt',
  'checklist.resetConfirmTitle': 'Nullstille?',
  'checklist.resetConfirmPhase': 'Alle avkryssinger og notater i denne fasen fjernes. Du kan angre rett etterpå.',
  'checklist.resetConfirmAll': 'Alle avkryssinger og notater i alle faser fjernes. Du kan angre rett etterpå.',
  'checklist.resetDone': '{count} {count|punkt er nullstilt|punkter er nullstilt}.',
  'checklist.undo': 'Angre',
  'checklist.undone': 'Nullstillingen er angret.',
  'checklist.undonePartly':
    'Nullstillingen er angret, unntatt {count} {count|punkt|punkter} som er endret i en annen fane etter nullstillingen. De er som de ble endret der.',
  'checklist.cancel': 'Avbryt',
  'checklist.confirm': 'Nullstill',
  'checklist.printUnreadable': 'Lagret fremdrift kunne ikke leses, så tabellene under viser ikke avkryssingene.',
  'checklist.problem.unavailable':
    'Nettleseren lar ikke dette nettstedet lagre noe (for eksempel i privat modus). Du kan krysse av, men avkryssingene forsvinner når du lukker siden.',
  'checklist.problem.full':
    'Lagringsplassen i nettleseren er full, så de siste endringene er ikke lagret. De gjelder til du lukker siden. Last ned fremdriften som fil for å ta vare på den.',
  'checklist.problem.corrupt':
    'Vi fant lagret fremdrift som ikke kunne leses. Den er lagt til side uendret, og nye avkryssinger lagres som vanlig.',
  'checklist.problem.foreign':
    'Vi fant lagrede data som ikke hører til sjekklistene. De er lagt til side uendret, og nye avkryssinger lagres som vanlig.',
  'checklist.problem.unreadable-full':
    'Vi fant lagret fremdrift som ikke kunne leses, og lagringsplassen i nettleseren er full, så den kan ikke legges til side. For ikke å slette den lagrer vi ingenting: avkryssinger du gjør nå, forsvinner når du lukker siden. Last ned fremdriften som fil for å ta vare på dem.',
  'checklist.problem.newer':
    'Fremdriften din er lagret av en nyere versjon av nettstedet. For ikke å ødelegge den lagrer vi ingenting nå. Last siden på nytt for å få den nyeste versjonen.',
  'transfer.heading': 'Ta vare på og del fremdriften',
  'transfer.download': 'Last ned',
  'transfer.downloadHelp': 'En fil kan importeres igjen her; tabellen åpnes i et regneark.',
  'transfer.downloadJson': 'Last ned som fil (JSON)',
  'transfer.downloadCsv': 'Last ned som tabell (CSV)',
  'transfer.printAll': 'Skriv ut alle faser',
  'transfer.import': 'Importer',
  'transfer.chooseFile': 'Velg en fil du har lastet ned fra Boligveiviser',
  'transfer.share': 'Del med prosjektgruppen',
  'transfer.shareHelp':
    'Lenken inneholder avkryssingene og notatene dine. Den som åpner den, får velge om de vil ta dem inn.',
  'transfer.makeLink': 'Lag delingslenke',
  'transfer.link': 'Delingslenke',
  'transfer.startOver': 'Begynne på nytt',
  'import.title': 'Ta inn fremdrift?',
  'import.explain':
    '«Slå sammen» beholder det du har, og tar inn det som er endret senere i den andre. «Erstatt» setter alt likt den andre.',
  'import.merge': 'Slå sammen',
  'import.replace': 'Erstatt',
  'import.fromFile': 'filen',
  'import.fromLink': 'lenken',
  'import.same': 'Innholdet i {from} er det samme som du har nå.',
  'import.preview':
    'Dette endres hvis du erstatter med {from} ({replace} {replace|punkt|punkter}; {merge} hvis du slår sammen):',
  'import.change.ticked': '«{item}» blir krysset av',
  'import.change.unticked': '«{item}» blir ikke lenger krysset av',
  'import.change.note': '«{item}» får et annet notat',
  'import.nothingChanged': 'Ingenting er endret.',
  'import.merged': 'Fremdriften fra {from} er slått sammen med din.',
  'import.replaced': 'Fremdriften er erstattet med den fra {from}.',
  'share.copied': 'Delingslenken er kopiert. Lim den inn i en e-post eller melding.',
  'share.copyYourself': 'Kopier delingslenken fra feltet.',
  'share.noClipboard': 'Nettleseren lar ikke siden kopiere. Kopier delingslenken fra feltet.',
  'progress.description': 'Din fremdrift i sjekklistene for alle faser, lagret i nettleseren.',
  'progress.intro':
    'Her ser du sjekklistene for alle faser samlet. Avkryssinger og notater lagres bare i denne nettleseren, på denne maskinen. Last ned fremdriften som fil eller del en lenke for å ta den med til prosjektgruppen eller en annen maskin.',
  'progress.roleFilter': 'Vis punkter for',
  'progress.allRoles': 'Alle roller',
  'progress.filterStatus': 'Viser {shown} av {total} {total|punkt|punkter}',
  'print.title': 'Utskrift av fremdrift',
  'print.description': 'Utskrift av fremdriften i sjekklistene.',
  'print.instructions': 'Fyll inn kommunens navn og skriv ut. Siden er laget for A4.',
  'print.print': 'Skriv ut',
  'print.needsScript':
    'Avkryssingene vises bare når JavaScript er slått på; uten vises tomme sjekklister til utfylling for hånd.',
  'print.heading': 'Fremdrift i arbeidet med boligplanen',
  'print.municipality': 'Kommune',
  'print.date': 'Dato',
  'print.changed': 'Endret',
  'print.footer': 'Sjekklistene bygger på veiledning fra Husbanken. Utskrift fra Boligveiviser.',
  'print.checked': '☑ Ja',
  'print.unchecked': '☐ Nei',
  'csv.phase': 'Fase',
  'csv.item': 'Punkt',
  'csv.role': 'Ansvar',
  'csv.status': 'Status',
  'csv.note': 'Notat',
  'csv.changed': 'Sist endret',
  'csv.done': 'Ferdig',
  'csv.notDone': 'Ikke ferdig',
  'examples.description': 'Eksempler på hvordan kommuner har arbeidet med boligplaner og boligsosialt arbeid.',
  'examples.intro': 'Slik har kommuner i Norge og Sverige arbeidet med planer for boligfeltet.',
  'examples.filterHeading': 'Filtrer eksemplene',
  'examples.filterStatus': 'Viser {shown} av {total} {total|eksempel|eksempler}',
  'badge.progress': '({done} av {total})',
  'search.loadFailed': 'Søket kunne ikke lastes. Prøv å laste siden på nytt, eller bruk oversiktssidene.',
  'search.prompt': 'Skriv et søkeord, eller velg et filter.',
  'search.count': '{count} treff',
  'search.countFor': '{count} treff for «{query}»',
  'import.problem.corrupt':
    'Filen kunne ikke leses. Den er ødelagt eller ikke en eksport fra Boligveiviser. Ingenting er endret.',
  'import.problem.foreign': 'Filen er ikke en eksport av fremdrift fra Boligveiviser. Ingenting er endret.',
  'import.problem.newer':
    'Filen er laget av en nyere versjon av nettstedet og kan ikke leses her. Ingenting er endret.',
  'import.problem.csv':
    'Filen er en tabell (CSV) for regneark. Den kan åpnes i et regneark, men ikke importeres. Importer JSON-filen («Last ned som fil») i stedet. Ingenting er endret.',
  'import.problem.too-large': 'Filen er for stor til å være en eksport av fremdrift. Ingenting er endret.',
  'checklist.role': 'Ansvar',
  'checklist.basis': 'Grunnlag i kilden',
  'checklist.changed':
    'Teksten i dette punktet er endret etter at du krysset av. Se over at avkryssingen fortsatt stemmer.',
  'checklist.changedConfirm': 'Avkryssingen stemmer',
  'checklist.factor': 'Suksessfaktor',
  'example.kicker': 'Eksempel',
  'example.facts': 'Fakta om eksempelet',
  'example.municipality': 'Kommune',
  'example.county': 'Fylke / län',
  'example.country': 'Land',
  'example.size': 'Kommunestørrelse',
  'example.targetGroup': 'Målgruppe',
  'example.offer': 'Tilbud',
  'example.responsible': 'Ansvarlig aktør',
  'example.planPeriod': 'Planperiode',
  'example.phases': 'Faser i prosessen',
  'example.factors': 'Suksessfaktorer',
  'example.guidance': 'Omtalt i veiledning',
  'example.countyNote': 'Fylke eller län er ikke oppgitt i kilden; lagt til fra',
  'factor.aim': 'Mål',
  'factor.phases': 'Faser og trinn som bygger på faktoren',
  'factor.examples': 'Eksempler som viser faktoren',
  'factor.checklist': 'Sjekklistepunkter som tjener faktoren',
  'role.tasks': 'Hva rollen gjør i hver fase',
  'role.noTasks': 'Kildene beskriver ennå ingen oppgaver for denne rollen i en bestemt fase.',
  'role.alsoKnownAs': 'Også kalt',
  'footer.sources': 'Innholdet er hentet fra veiledning publisert av Husbanken og Boverket.',
} as const;

export type UiKey = keyof typeof nb;

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
} as const satisfies Record<string, readonly UiKey[]>;
export type ClientGroup = keyof typeof CLIENT_STRINGS;
export type ClientKey = (typeof CLIENT_STRINGS)[ClientGroup][number];

/**
 * What a checklist says when browser storage fails: needed only then, so fetched then
 * (/sjekkliste/meldinger.json) instead of weighing on every checklist page.
 */
export const STORAGE_PROBLEM_STRINGS = [
  'checklist.problem.unavailable',
  'checklist.problem.full',
  'checklist.problem.unreadable-full',
  'checklist.problem.corrupt',
  'checklist.problem.foreign',
  'checklist.problem.newer',
] as const satisfies readonly UiKey[];
export type StorageProblemKey = (typeof STORAGE_PROBLEM_STRINGS)[number];

/**
 * The strings of Min fremdrift's export, import and sharing: served with the item catalog
 * (/min-fremdrift/punkter.json) when first needed, so the page itself stays within one round trip.
 */
export const PROGRESS_STRINGS = [
  'import.problem.corrupt',
  'import.problem.foreign',
  'import.problem.newer',
  'import.problem.csv',
  'import.problem.too-large',
  'import.fromFile',
  'import.fromLink',
  'import.same',
  'import.preview',
  'import.change.ticked',
  'import.change.unticked',
  'import.change.note',
  'import.nothingChanged',
  'import.merged',
  'import.replaced',
  'share.copied',
  'share.copyYourself',
  'share.noClipboard',
  'progress.filterStatus',
] as const satisfies readonly UiKey[];
export type ProgressKey = (typeof PROGRESS_STRINGS)[number];

/** The strings the search scripts need, handed to them by the search components. */
export const searchStrings = () => ({
  partial: nb['search.partial'],
  didYouMean: nb['search.didYouMean'],
  nothingFound: nb['search.nothingFound'],
  showingSuggestion: nb['search.showingSuggestion'],
  count: nb['search.count'],
  countFor: nb['search.countFor'],
});
export type SearchStrings = ReturnType<typeof searchStrings>;

const plural = new Intl.PluralRules('nb');

/**
 * Fills `{name}` placeholders and chooses between the singular and the plural of
 * `{name|one|other}` by the number `name` (Intl.PluralRules); shared by server and browser.
 */
export const fill = (template: string, values: Record<string, string | number> = {}): string =>
  template
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (_, name: string, one: string, other: string) =>
      plural.select(Number(values[name])) === 'one' ? one : other,
    )
    .replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));

/** The interface text for a key, with `{name}` placeholders filled in. */
export const t = (key: UiKey, values: Record<string, string | number> = {}): string => fill(nb[key], values);
