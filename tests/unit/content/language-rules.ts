/**
 * The forms Pust's texts must not use, each with the reason and the fix, so a reviewer can judge
 * every entry and a failure says what to write instead. Nynorsk: bokmål-only words, bokmål verb
 * endings, nouns given the wrong gender, and the two house choices (blir, not vert; òg, not også).
 * English: American words and the phrasings that a Norwegian writer's English tends to slip into;
 * spelling itself is checked against the en-GB Hunspell dictionary (npm `dictionary-en-gb`), not
 * against a list here.
 *
 * Patterns match whole words (letters on neither side), case-insensitively unless `caseSensitive`.
 */

export interface FormRule {
  /** What is wrong, in a few words (the failure names it). */
  name: string;
  /** The words or phrase to catch, as a regular-expression source. */
  pattern: string;
  /** Why it is wrong and what to write instead. */
  why: string;
  caseSensitive?: boolean;
}

/** `(?<!letter)(?:…)(?!letter)`: a whole-word match that also works for æ, ø, å and ò. */
export function wholeWords(rule: FormRule): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${rule.pattern})(?![\\p{L}\\p{N}])`,
    rule.caseSensitive ? 'u' : 'iu',
  );
}

export const NYNORSK_RULES: readonly FormRule[] = [
  // Words that exist only in bokmål.
  {
    name: 'bokmål pronoun or question word',
    pattern: 'jeg|hva|hvordan|hvem|hvor|hvilken|hvilket|hvilke|hvis|hver|hvert|dere|deres',
    why: 'nynorsk: eg, kva, korleis, kven, kvar/kor, kva for ein, viss/dersom, kvar/kvart, de/dykk, dykkar',
  },
  {
    name: 'bokmål negation or quantifier',
    pattern: 'ikke|noe|noen|mye|bare|fortsatt',
    why: 'nynorsk: ikkje, noko, nokon/nokre, mykje, berre, framleis',
  },
  {
    name: 'bokmål preposition or adverb',
    pattern: 'fra|uten|utenfor|sammen|hjemme|hjemmefra|selv',
    why: 'nynorsk: frå, utan, utanfor, saman, heime, heimanfrå, sjølv',
  },
  {
    name: 'bokmål adjective',
    pattern: 'egen|eget|egne|lav|lave|høy|høye',
    why: 'nynorsk: eigen/eige/eigne, låg/låge, høg/høge',
  },
  {
    name: 'bokmål noun',
    pattern:
      'leder|lederen|ledere|lederne|ledelse|medarbeider|medarbeideren|medarbeidere|medarbeiderne|uke|uka|uken|uker|ukene',
    why: 'nynorsk: leiar, leiaren, leiarar, leiarane, leiing, medarbeidar(ar), veke, veka, veker, vekene',
  },
  {
    name: 'bokmål day name',
    pattern: 'mandag|tirsdag|lørdag|søndag',
    why: 'nynorsk: måndag, tysdag, laurdag, sundag',
  },
  {
    name: 'bokmål verb form',
    pattern: 'være|gjøre|gjør|ble|fikk|gikk|tar|spørre',
    why: 'nynorsk: vere, gjere, gjer, vart/blei, fekk, gjekk, tek, spørje',
  },
  {
    // a-verbs take -ar in the present tense in nynorsk (klarar, stolar); -er is bokmål.
    name: 'bokmål present tense of an a-verb',
    pattern:
      'klarer|stoler|snakker|jobber|prater|bruker|lagrer|henter|starter|slutter|sjekker|planlegger|merker|logger|hopper|tapper|sletter|endrer|svarer|passer|spiser',
    why: 'a-verbs end in -ar in the present tense: klarar, stolar, snakkar, jobbar, pratar, brukar, lagrar, hentar, startar, sluttar, sjekkar, planlegg, merkar, loggar, hoppar, tappar, slettar, endrar, svarar, passar, et',
  },
  {
    name: 'bokmål past tense of an a-verb',
    pattern:
      'klarte|jobbet|snakket|pratet|lagret|hentet|startet|sluttet|sjekket|endret|slettet|flyttet|svarte',
    why: 'a-verbs end in -a in the past tense: klara, jobba, snakka, prata, lagra, henta, starta, slutta, sjekka, endra, sletta, flytta, svara',
  },
  {
    // "Vi flytte henne": the infinitive where the past tense belongs (flytte, flyttar, flytta).
    name: 'infinitive used as past tense',
    pattern: '(?:eg|du|han|ho|vi|de|dei|det|den|pust)\\s+flytte',
    why: 'the past tense of flytte is flytta: «Vi flytta henne»',
  },
  // Nouns given the wrong gender.
  {
    name: '-heit noun with a masculine article',
    pattern: 'ein\\s+\\p{L}+heit',
    why: 'nouns in -heit are feminine: ei ferdigheit, ei sanning; refer back with «ho», not «han»',
  },
  {
    name: 'masculine pronoun after a feminine -heit noun',
    pattern: '\\p{L}+heit[.!?]\\s+Han',
    why: 'a -heit noun is feminine, so the next sentence refers to it as «Ho»: «ei ferdigheit. Ho kan øvast»',
    caseSensitive: true,
  },
  {
    name: 'definite -heit noun in -en',
    pattern: '\\p{L}+heiten',
    why: 'the definite form of a feminine -heit noun is -heita: ferdigheita',
  },
  {
    // Verbal nouns in -ing are feminine (ei melding, ei lagring); ting and ring are masculine.
    name: '-ing noun with a masculine article',
    pattern: 'ein\\s+(?!ting(?![\\p{L}])|ring(?![\\p{L}]))\\p{L}{2,}ing',
    why: 'verbal nouns in -ing are feminine: ei melding, ei lagring, ei samtaleføring',
  },
  {
    name: 'feminine noun with a masculine article',
    pattern:
      'ein\\s+(?:liste|sjekkliste|fil|nøkkelfil|JSON-fil|tid|veke|stund|side|bok|dagbok|natt|helg|evne)',
    why: 'these nouns are feminine in nynorsk: ei liste, ei fil, ei tid, ei veke, ei stund, ei side, ei bok, ei natt, ei helg, ei evne',
  },
  {
    name: 'bokmål definite form of a feminine noun',
    pattern: '(?:dag)?boken|filen|nøkkelfilen|listen|sjekklisten|tiden|siden|natten|helgen|evnen',
    why: 'feminine nouns end in -a in the definite form: dagboka, fila, lista, tida, sida, natta, helga, evna',
  },
  // House choices: nynorsk allows both forms; Pust keeps to one so the texts read as one voice.
  {
    name: 'vert/verte (Pust writes blir)',
    pattern: 'vert|verte',
    why: 'Pust uses bli in the present tense: «blir lagra», not «vert lagra» (past tense: vart)',
  },
  {
    name: 'også (Pust writes òg)',
    pattern: 'også',
    why: 'Pust uses òg: «òg når vi er usamde»',
  },
];

export const ENGLISH_RULES: readonly FormRule[] = [
  {
    name: 'American word',
    pattern: 'vacations?',
    why: 'the app speaks en-GB: «annual leave» or «holiday»',
  },
  {
    name: '«lately» with the present simple',
    pattern: '(?:is|are|am|do|does)\\s[^.?!]*\\blately',
    why: '«lately» takes the present perfect: «What have you been pleased with lately?»',
  },
  {
    name: 'relative clause without its «it»',
    pattern: 'that would help me to know',
    why: 'the clause needs a subject: «that it would help me to know about»',
  },
  {
    name: 'vague follow-up',
    pattern: 'Ask more:',
    why: 'say what to ask: «Ask follow-up questions:»',
  },
  {
    name: 'metaphor that does not carry over',
    pattern: 'keeps? the team warm',
    why: 'say what daily contact keeps good: «the working environment»',
  },
  {
    name: 'vague hours',
    pattern: 'past your hours',
    why: 'say which hours: «past your normal hours»',
  },
  {
    name: 'not an English idiom',
    pattern: 'a way on',
    why: '«you can always carry on»',
  },
  {
    name: '«does good» without an object',
    pattern: 'does good[.!]',
    why: '«does you good»',
  },
  {
    name: 'reflexive left dangling at the end',
    pattern: 'apart myself',
    why: 'put the person first: «I set the team an example by keeping work and free time apart»',
  },
];

/**
 * Words the en-GB dictionary does not know that are right in Pust's English: names, the guidance's
 * Norwegian title, the Act's Norwegian name in legal citations, file formats, file names and
 * operating systems the policy page names (policy.json, macOS), the two written standards (proper
 * nouns or codes), and
 * «flexitime», the British word for flexible working hours, which this dictionary lacks.
 */
export const ENGLISH_NAMES: readonly string[] = [
  'Pust',
  'DFØ',
  'Fjernledelse',
  'Bokmål',
  'Nynorsk',
  'JSON',
  'json',
  'macOS',
  'CSV',
  'Markdown',
  'IT',
  'arbeidsmiljøloven',
  'flexitime',
];
