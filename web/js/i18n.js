// The page's own texts, Dutch first. The ruling's texts come from the engine itself.

export const UI = {
  skip: ['Naar de uitspraak', 'Skip to the ruling'],
  h1: ['Kantonrechter: vervangende toestemming (art. 27 lid 4 WOR)', 'Kantonrechter: substitute consent (art. 27(4) WOR)'],
  notice: ['Dit is een simulatie en geen juridisch advies. De feiten die u invult blijven op deze computer: de pagina verstuurt niets.',
    'This is a simulation, not legal advice. The facts you enter stay on this computer: the page sends nothing.'],
  barLabel: ['Scenario', 'Scenario'],
  example: ['Begin met', 'Start from'],
  langBtn: ['English', 'Nederlands'],
  share: ['Deellink', 'Share link'],
  export: ['JSON opslaan', 'Save JSON'],
  import: ['JSON openen', 'Open JSON'],
  print: ['Afdrukken', 'Print'],
  shareLabel: ['Link met het hele scenario (alleen in het #-deel; dat deel gaat nooit naar een server):',
    'Link with the whole scenario (only in the # part, which is never sent to a server):'],
  copy: ['Kopiëren', 'Copy'],
  copied: ['Gekopieerd', 'Copied'],
  shareWarn: ['Iedereen met deze link ziet alle ingevulde feiten. Deel hem alleen met wie ze mag zien.',
    'Anyone with this link sees all the facts entered. Share it only with those allowed to see them.'],
  loading: ['Rekenmodel laden…', 'Loading the model…'],
  ready: ['Klaar. De uitspraak volgt uw invoer direct.', 'Ready. The ruling follows your input as you type.'],
  formH: ['De feiten', 'The facts'],
  rulingH: ['Uitspraak (simulatie)', 'Ruling (simulation)'],
  whatifH: ['Wat als?', 'What if?'],
  whatifHelp: ['De kleinste combinaties van wijzigingen van één partij die de uitkomst in haar voordeel veranderen; de concessies van de andere partij apart.', 'The smallest sets of one side’s changes that turn the outcome in its favour; the other side’s concessions apart.'],
  similarH: ['Vergelijkbare uitspraken', 'Similar decisions'],
  foot: ['Een model van de toets van de kantonrechter. Bronnen linken naar wetten.overheid.nl, EUR-Lex, rechtspraak.nl en HUDOC.',
    'A model of the kantonrechter’s test. Sources link to wetten.overheid.nl, EUR-Lex, rechtspraak.nl and HUDOC.'],
  empty: ['Leeg scenario', 'Empty scenario'],
  own: ['Eigen scenario', 'Own scenario'],
  examplesGroup: ['Voorbeelden', 'Examples'],
  add: ['Toevoegen', 'Add'],
  remove: ['Verwijderen', 'Remove'],
  present: ['Van toepassing', 'Applies'],
  none: ['(geen)', '(none)'],
  sources: ['Bronnen', 'Sources'],
  noElements: ['Nog geen onderdelen.', 'No elements yet.'],
  calKey: ['Sleutel', 'Key'],
  calDefault: ['standaard', 'default'],
  calDocNote: ['Toelichting van het rekenmodel (Engels):', 'The model’s documentation:'],
  json: ['Het verzoek als JSON', 'The request as JSON'],
  jsonHelp: ['Bewerk de JSON en kies Toepassen. Onbekende velden worden geweigerd, met het pad van de fout.',
    'Edit the JSON and choose Apply. Unknown fields are rejected, with the path of the error.'],
  apply: ['Toepassen', 'Apply'],
  error: ['Het verzoek is nog niet compleet of klopt niet:', 'The request is not complete or not valid yet:'],
  goField: ['Naar het veld', 'Go to the field'],
  badJson: ['Geen geldige JSON', 'Not valid JSON'],
  fatal: ['Interne fout in het rekenmodel: herlaad de pagina. Uw invoer staat nog in het JSON-venster.', 'Internal error in the model: reload the page. Your input is still in the JSON box.'],
  badLink: ['De link bevat geen leesbaar scenario.', 'The link holds no readable scenario.'],
  // ruling
  outcome: ['Uitkomst', 'Outcome'],
  ground: ['Grond', 'Ground'],
  stage: ['Beslist in', 'Decided in'],
  balanceH: ['De weegschaal', 'The balance'],
  employerSide: ['Werkgever', 'Employer'],
  orSide: ['OR', 'Works council'],
  notWeighed: ['Niet gewogen: de zaak is eerder beslist.', 'Not weighed: the case was decided earlier.'],
  partsH: ['Per onderdeel', 'Per element'],
  elements: ['Onderdelen', 'Elements'],
  traceH: ['De redenering, stap voor stap', 'The reasoning, step by step'],
  flagsH: ['Parallelle sporen', 'Parallel tracks'],
  warningsH: ['Waarschuwingen', 'Warnings'],
  overridesH: ['Overschreven gewichten', 'Overridden weights'],
  lawH: ['Toegepast recht', 'Law applied'],
  receipt: ['Kwitantie', 'Receipt'],
  element: ['onderdeel', 'element'],
  whatifRun: ['Zoek wijzigingen', 'Find changes'],
  whatifNone: ['Geen combinatie van hoogstens drie eigen wijzigingen verandert de uitkomst in het voordeel van deze partij.', 'No combination of at most three of its own changes turns the outcome in this side’s favour.'],
  whatifSide: ['Voor', 'For'],
  whatifLoser: ['de partij die verloor', 'the side that lost'],
  whatifConcessions: ['Apart: concessies van de andere partij (niet de eigen hefbomen)', 'Apart: the other side’s concessions (not this side’s own levers)'],
  whatifCut: ['De zoektocht stopte bij het budget van de pagina; er kunnen kleinere of meer combinaties bestaan.', 'The search stopped at the page’s budget; smaller or more sets may exist.'],
  whatifMore: ['Verder zoeken', 'Search further'],
  whatifCutFull: ['Ook het volle budget was niet genoeg; de opdrachtregel (kantonrechter whatif --budget) zoekt verder.', 'Even the full budget was not enough; the command line (kantonrechter whatif --budget) searches further.'],
  whatifApply: ['Dit scenario laden', 'Load this scenario'],
  whatifThen: ['Dan', 'Then'],
  whatifBusy: ['Bezig met zoeken…', 'Searching…'],
  by: ['door', 'by'],
  similarNone: ['Geen vergelijkbare uitspraken gevonden.', 'No similar decisions found.'],
  similarHelp: ['De dichtstbijzijnde beslechte zaken naar de feiten: om te lezen, geen juridische toets.', 'The closest decided cases by their facts: to read, not a legal test.'],
  distance: ['afstand', 'distance'],
  differsIn: ['verschilt in', 'differs in'],
  deliberate: ['de bibliotheek wijkt hier bewust van af', 'the library departs from it on purpose'],
  courtOutcome: { consent_required: ['instemming vereist', 'consent required'] },
  printFacts: ['De ingevoerde feiten', 'The facts entered'],
  printed: ['Afgedrukt', 'Printed'],
  yes: ['ja', 'yes'],
  no: ['nee', 'no'],
};

export const OUTCOMES = {
  granted: ['Vervangende toestemming verleend', 'Substitute consent granted'],
  partly_granted: ['Gedeeltelijk verleend', 'Partly granted'],
  refused: ['Verzoek afgewezen', 'Request refused'],
  inadmissible: ['Niet-ontvankelijk', 'Inadmissible'],
  no_consent_required: ['Niet instemmingsplichtig', 'No consent required'],
};

export const GROUNDS = {
  unreasonable_refusal: ['de weigering van de OR is onredelijk (grond 1)', 'the OR’s refusal is unreasonable (ground 1)'],
  weighty_reasons: ['het besluit is gevergd door zwaarwegende redenen (grond 2)', 'the decision is required by weighty reasons (ground 2)'],
};

export const RELATIONS = {
  supports_a_fortiori: ['steunt deze uitkomst a fortiori', 'supports this outcome a fortiori'],
  contradicts_a_fortiori: ['in strijd met deze uitkomst a fortiori', 'contradicts this outcome a fortiori'],
  distinguishable: ['te onderscheiden', 'distinguishable'],
};

/** The features the distance to a decided case is measured on (precedent::FEATURES). */
export const FEATURES = {
  subjects: ['onderwerpen', 'subjects'], 'gate facts': ['feiten van de poorten', 'gate facts'], technology: ['techniek', 'technology'],
  'pro-employer factors': ['factoren voor de werkgever', 'pro-employer factors'],
  'pro-works-council factors': ['factoren voor de OR', 'pro-works-council factors'], purpose: ['doel', 'purpose'],
  identifiability: ['herleidbaarheid', 'identifiability'], 'employer interests': ['belangen van de werkgever', 'employer interests'],
  'works-council interests': ['belangen van de OR', 'works-council interests'], 'data-protection law': ['AVG-feiten', 'data-protection facts'],
};

export const STAGES = {
  gates: ['de poorten', 'the gates'], legality: ['de rechtmatigheidstoets', 'the legality check'],
  stage1: ['stap 1: onredelijke weigering', 'stage 1: unreasonable refusal'], stage2: ['stap 2: zwaarwegende redenen', 'stage 2: weighty reasons'],
};

export const STATUS = {
  verified: ['geverifieerd', 'verified'], partial: ['deels geverifieerd', 'partly verified'], memory: ['uit het geheugen', 'from memory'],
  unverified: ['niet geverifieerd', 'unverified'], inference: ['afleiding', 'inference'],
};

/** English titles of the example scenarios (their own titles are Dutch). */
export const EXAMPLE_TITLES_EN = {
  'ai-emotion-recognition': 'An AI system that infers emotions of staff',
  'anonymous-counting-alternative': 'Anonymous counting as the less intrusive means',
  'automatic-warnings': 'Automatic warning for too few office days, without human intervention',
  'badge-repurposed': 'Security badges, now also used to check office days',
  'camera-theft': 'Cameras against theft in a warehouse',
  'desk-sensors-anonymous': 'Desk motion sensors that identify no one',
  'home-monitoring-more-intensive': 'Home workers checked more intensively than office workers',
  'productivity-unsubstantiated': '“Staff are more productive at the office”, unsubstantiated',
  'roster-change': 'New rosters with split shifts',
  'separable-elements': 'Two separable elements: anonymous counting and individual warnings',
};
