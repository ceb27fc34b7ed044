/**
 * What a careful reader expects the answer sentence to state, read from the question's opening: "wie viele Kinder"
 * → a number counting children; "wie alt" → an age; "wie viel kostet" → a sum of money; "wann" → a time expression.
 * An on-topic question the dossier cannot answer usually finds sentences about its topic that state none of that.
 */
import { ENGLISH_STOP_WORDS } from '../lexical/stop-words.js';
import { askedDimension } from './figure-roles.js';

/** The kinds of answer a question's opening asks for. */
export type AnswerKind = 'count' | 'amount' | 'share' | 'money' | 'age' | 'duration' | 'distance' | 'temperature' | 'time' | 'weight' | 'speed';

/**
 * The answer a question expects. `counted`: for a count, the interrogative with the words naming what it counts
 * ("wie viele Kinder", "how many science instruments"), so that it is analysed in the question's language; for a
 * sum, the noun naming its kind ("Gewerbesteuer", see MONEY_NOUN).
 */
export interface ExpectedAnswer {
  kind: AnswerKind;
  counted?: string;
  /** German "wie lang", English "how long": a length answers as well as a duration. */
  lengthToo?: boolean;
  /** "Wie weit fahren die Züge?", "how far do the trains go?": a place they go to answers as well as a distance. */
  placeToo?: boolean;
  /** "Wie hoch war die Durchfahrtshöhe …": the dimension asked for (figure-roles.ts DIMENSION); a length given as another one answers nothing. */
  dimension?: string;
  /** "In welchem Jahr …", "in what year …": a year answers, a weekday or a clock time does not. */
  year?: boolean;
  /** A count of a unit of measure ("wie viele Tonnen", "how many litres"): matched by the unit's own terms, not its synonyms. */
  unit?: boolean;
}

/**
 * Units of weight, volume, length, area and energy a "wie viele"/"how many" question may count (general vocabulary, 12
 * German and 9 English stems). Their synonyms name other things ("Tonne": "Fass", "Koloss"), so the figure must stand
 * beside the unit itself. Round 18, nineteen tuning dossiers, lexical: unanswerable declined +1 (carola), answerable
 * unchanged.
 */
const UNIT =
  /^(?:tonne|kilo|kilogramm|gramm|liter|kubikmeter|meter|kilometer|hektar|quadratmeter|megawatt|kilowatt|ton|kilogram|gram|lit(?:er|re)|cubic\s+met(?:er|re)|met(?:er|re)|kilomet(?:er|re)|hectare|gallon)(?:s|e|en|n|es)?$/iu;

const open = (pattern: string) => new RegExp(`^\\s*(?:${pattern})(?![\\p{L}])`, 'iu');
const AGE = open('wie\\s+alt|how\\s+old');
const TEMPERATURE = open('wie\\s+(?:heiß|heiss|warm|kalt)|how\\s+(?:hot|warm|cold)');
const DISTANCE = open('wie\\s+weit|how\\s+far');
/**
 * A verb of travel or reach in a "wie weit"/"how far" question (general vocabulary, 9 German and 9 English stems):
 * then "bis Salzburg", "enden in Salzburg" answer it as well as "40 Kilometer".
 */
const TRAVEL =
  /(?<!\p{L})(?:fahr|fähr|fuhr|geh|ging|komm|kam|reich|führ|flieg|flog|lauf|läuf|gelang|go|goes|went|gone|run|ran|travel|fly|flew|reach|drive|drove|get|got)\p{L}*/iu;
const DURATION = open('wie\\s+lange|wie\\s+viel\\s+zeit|how\\s+much\\s+time');
const LENGTH_OR_DURATION = open('wie\\s+lang|how\\s+long');
const EXPENSIVE = open('wie\\s+teuer|how\\s+expensive');
const HOW_MUCH = open('wie\\s+viel|how\\s+much');
/**
 * "Wie viel Prozent …", "Bei wie viel Prozent der Teilnehmer …", "Um wie viel Prozent …", "how many percent", "by what
 * percentage", "what percentage of …": a share, stated as a percentage or a fraction (states-answer.ts), which a count
 * or a sum does not state. A preposition may open the question (general grammar, 7 German and 5 English ones); without
 * this rule "Bei wie viel Prozent …" asked for nothing at all. Round 26, twenty-seven tuning dossiers, lexical:
 * unanswerable declined 78.0 → 78.4 % (+1, lecanemab: answered by the trial's size, "rund 1800 Teilnehmenden"),
 * answerable declined and R@3 unchanged.
 */
const SHARE_QUESTION = open(
  '(?:(?:bei|um|auf|mit|von|zu|in|by|at|to|of|in)\\s+)?(?:wie\\s+viel(?:e|en)?|how\\s+(?:many|much)|welche[nrms]?|what|which)\\s+(?:prozent|percent|prozentsatz|percentage)',
);
const HOW_MANY = /^\s*(wie\s+viele|how\s+many)\s+(.+)$/iu;
/** Counting people in general ("wie viele Leute", "how many people") names nothing a figure must stand next to (6 words). */
const PEOPLE = /^(?:menschen|leute|personen|people|persons|men)$/iu;
/** "Wie hoch ist die Strafe", "how high is the fee": a sum when the question names money. */
const HIGH = open('wie\\s+hoch|how\\s+high');
/**
 * "Wie schwer …", "how heavy …", "welches Gewicht", "what weight": a weight, which a figure of another measure ("auf den 96
 * Meter hohen Turm") does not state; "wie schnell", "how fast", "welche Geschwindigkeit", "top speed": a speed, or how
 * quickly (a time). General vocabulary, 3 German and 2 English words each. See units.ts WEIGHT_UNIT.
 */
const WEIGHT = new RegExp(`${open('wie\\s+schwer|how\\s+heavy').source}|^\\s*(?:welche[snm]?|what|which)\\b[^?]*?(?:gewicht|weight)(?!\\p{L})`, 'iu');
const SPEED = new RegExp(`${open('wie\\s+schnell|how\\s+fast').source}|^\\s*(?:(?:mit|at)\\s+)?(?:welche[rnms]?|what|which)\\b[^?]*?(?:geschwindigkeit|tempo|speed)(?!\\p{L})`, 'iu');
const OTHER_NUMBER = open('wie\\s+(?:oft|hoch|tief|groß|gross|schwer|schnell)|how\\s+(?:often|high|deep|big|large|heavy|fast)');
/*
 * Measured and NOT kept (round 21): "wann … geboren"/"when … born" expecting an age-like statement ("geboren",
 * "Jahrgang", "-jährig") rather than any time expression. Twenty-two tuning dossiers, lexical: no decision changed; the
 * one such question (nobel, unanswerable) was still answered from "die in Szolnok geborene Biochemikerin …", another
 * person's birth in a sentence naming the asked one.
 */
const TIME =
  open('(?:seit|bis|ab|von)\\s+wann|wann|an\\s+welchem\\s+(?:tag|datum)|in\\s+welchem\\s+jahr|since\\s+when|until\\s+when|when|(?:on|in)\\s+what\\s+(?:day|date|year)|what\\s+(?:day|date|year)');
/** A time question asking for the year (round 15): "in welchem Jahr", "in what year", "which year". */
const YEAR_QUESTION = open('in\\s+welchem\\s+jahr|(?:in\\s+)?(?:what|which)\\s+year');
/**
 * Words of a question that make "how much" or "how high" a question about money (general vocabulary, 30 stems: the
 * first 20 since round 5; round 9 added taxes, fees, rents, subsidies and funding; German ones also as the head of a compound, "Bußgeld"; round 17
 * the participle "gekostet", which "\bkost" cannot reach: "Wie viel hat … gekostet?" asked for any figure).
 * Round 23 added what a business or a person earns, owes or receives (general vocabulary, 10 German and 10 English
 * stems: revenue, proceeds, profit, severance, debts, loans, investment, income, wages, compensation): "Wie viel
 * Umsatz …", "how much severance …" ask for a sum, which "rund 1400 Arbeitsplätze" or "im Herbst 2023" does not state.
 * Twenty-four tuning dossiers, lexical: unanswerable declined +2 (galeria), answerable and R@3 unchanged.
 */
const MONEY_WORD =
  /\b(geld|kost|gekost|zahl|bezahl|gezahlt|verdien|spend|preis|euro|dollar|franken|gehalt|money|cost|pay|paid|earn|donat|price|salary|budget|tax|fee|rent|subsid|funding|umsatz|umsätz|erlös|gewinn|abfind|schulden|kredit|investition|einnahm|lohn|löhn|revenue|turnover|profit|severance|debt|loan|investment|income|wage|compensation)|(?:geld|steuer|gebühr|miete|zuschuss|förderung|umsatz|umsätze|erlös|gewinn|abfindung|schulden|kredit|lohn|löhne)(?:e?[ns])?\b/iu;
/**
 * "Was kostet …", "was hat … gekostet", "was verdient …", "what does … cost/earn/pay" (the verb; not "what is … on extra
 * costs"): a sum of money without "how much". Round 15 added the perfect tense and the verbs of earning and paying
 * (general grammar, 3 German and 3 English verbs), and "… in euros", a question naming the currency it asks in.
 */
const COSTS =
  /^\s*(?:was\s+(?:kost|verdien|zahl|bezahl)(?:e|t|et|en|te|ete|eten)?\b|was\s+(?:hat|haben|hatte|hatten|wird|werden|würde|würden)\b.*\b(?:gekostet|verdient|gezahlt|bezahlt|kosten|verdienen|zahlen|bezahlen)\b|what\s+(?:does|did|do|will|would|could)\b.*\b(?:cost|earn|pay|charge)\b)|\bin\s+(?:euros?|dollars?|franken|francs|pounds?)\s*\??\s*$/iu;
/**
 * "Welchen Anteil …", "Welche Summe …", "What THC limit …", "What is the population …": a measure noun after
 * "welche/what/which" (up to two words before it, also as a German compound's head: "Einwohnerzahl") asks for a
 * figure without a quantity interrogative (general vocabulary, 11 German and 12 English nouns); a possessive may stand before the noun ("the CSU's vote share").
 * Round 15 added the physical dimensions (general vocabulary, 7 German and 8 English nouns: speed, depth, length,
 * width, weight, area, temperature, size) and a preposition before the interrogative ("In welcher Tiefe …", "at what speed").
 */
const MEASURE = new RegExp(
  '^\\s*(?:(?:in|bei|auf|mit|at|to|by)\\s+)?(?:welche[rnms]?|what|which)\\s+(?:(?:is|was|are|were|ist|war)\\s+)?(?:(?:the|der|die|das|den)\\s+)?(?:[\\p{L}\u0027\u2019-]+\\s+){0,2}?' +
    '(?:\\p{L}*(?:anzahl|zahl|summe|betrag|anteil|höhe|grenzwert|quote|prozentsatz|preis|kosten|geschwindigkeit|tempo|tiefe|länge|breite|gewicht|fläche|temperatur)|number|amount|share|percentage|proportion|rate|price|sum|limit|population|figure|total|speed|depth|length|width|weight|area|temperature|size)(?!\\p{L})',
  'iu',
);
/**
 * An English verb in the past after the counted noun ("how many ships took part", "how many people died"): the counted
 * thing ends before it. Regular "-ed" forms and 30 common irregular ones (general grammar).
 */
const PAST_VERB =
  /^(?:\p{L}{4,}ed|took|made|went|came|got|gave|saw|left|ran|fled|fell|lost|won|kept|held|brought|bought|sent|spent|built|found|flew|drove|wrote|told|said|paid|became|began|stood|met)$/iu;
/** Words right after "how many" that name no counted thing ("how many more …"). */
const AUXILIARY = /^(did|does|do|is|was|are|were|will|would|has|have|had|can|could|should|more|less|extra|longer)$/iu;

/** The answer the question's opening asks for, or null when it asks for none of these kinds. */
export function expectedAnswer(question: string): ExpectedAnswer | null {
  if (AGE.test(question)) return { kind: 'age' };
  if (TEMPERATURE.test(question)) return { kind: 'temperature' };
  if (DISTANCE.test(question)) return TRAVEL.test(withoutInterrogative(question)) ? { kind: 'distance', placeToo: true } : { kind: 'distance' };
  if (EXPENSIVE.test(question) || COSTS.test(question) || ((HOW_MUCH.test(question) || HIGH.test(question)) && MONEY_WORD.test(question))) {
    const noun = question.match(/[\p{L}-]+/gu)?.find((w) => MONEY_NOUN.test(w));
    return noun ? { kind: 'money', counted: noun } : { kind: 'money' };
  }
  if (SHARE_QUESTION.test(question)) return { kind: 'share' };
  if (DURATION.test(question)) return { kind: 'duration', lengthToo: /^\s*how/iu.test(question) };
  if (LENGTH_OR_DURATION.test(question)) return { kind: 'duration', lengthToo: true };
  const counted = countedPhrase(question);
  if (counted && !counted.split(' ').every((w) => PEOPLE.test(w))) {
    const phrase = `${HOW_MANY.exec(question)![1]} ${counted}`;
    return UNIT.test(counted) ? { kind: 'count', counted: phrase, unit: true } : { kind: 'count', counted: phrase };
  }
  // "wie viel Vorrat", "how much power": a quantity of some unit, not a count of things.
  if (WEIGHT.test(question)) return { kind: 'weight' };
  if (SPEED.test(question)) return { kind: 'speed' };
  const dimension = OTHER_NUMBER.test(question) ? askedDimension(question) : undefined;
  if (dimension !== undefined) return { kind: 'distance', dimension };
  if (HOW_MUCH.test(question) || HOW_MANY.test(question) || OTHER_NUMBER.test(question)) return { kind: 'amount' };
  if (TIME.test(question)) return YEAR_QUESTION.test(question) ? { kind: 'time', year: true } : { kind: 'time' };
  if (MEASURE.test(question)) return MONEY_WORD.test(question) ? { kind: 'money' } : { kind: 'amount' };
  return null;
}

/**
 * A sum of a named kind ("Wie viel Gewerbesteuer …", "how much rent …"): the sentence stating the sum must name that
 * kind too (`counted`), as a count names what it counts — any sum in a sentence about the topic answered. General
 * vocabulary, 7 German heads (also of compounds) and 7 English nouns. Round 17, eighteen tuning dossiers: unanswerable
 * declined +1, answerable unchanged.
 */
const MONEY_NOUN = /^(?:\p{L}*(?:steuer|gebühr|miete|zuschuss|förderung|gehalt|lohn)(?:e?[ns])?|tax|taxes|fees?|rents?|subsid(?:y|ies)|funding|salary|salaries|wages?)$/iu;

/**
 * "Wie alt ist er geworden?", "how old did he become?": the verb belongs to the age idiom, and the answer says "wurde 95
 * Jahre alt" or "im Alter von 95 Jahren" (general grammar, 4 words; "wurde", "been" are stop words already).
 */
const BECOME = /(?<!\p{L})(?:geworden|become|became|becomes)(?!\p{L})/giu;

/** The interrogatives that ask for a kind of answer, in the order `expectedAnswer` tries them. */
/**
 * "Was kostet …", "was verdient …", "wie viel Geld …", "how much money …": the verb or noun of a money question asks for
 * a sum as "wie teuer" does, and the answer states the sum ("schätzt diese auf 1,7 Milliarden Dollar"), not that word
 * (general grammar: the 4 German verbs of COSTS, "Geld" and "money" after "wie viel"/"how much"). Kept, the sentences
 * of a dossier on the topic write "kosten" and "verdienen" everywhere. Round 30, thirty-one tuning dossiers, lexical:
 * unanswerable declined 78.8 → 79.5 % (bahnstreik "Was verdient ein Lokführer …", lecanemab "Was kostet eine einzelne
 * MRT-Kontrolle …", both tune half), R@3 and answerable declined unchanged.
 */
const MONEY_OPENING = open('was\\s+(?:kost|verdien|zahl|bezahl)(?:e|t|et|en|te|ete|eten)?|wie\\s+viel\\s+geld|how\\s+much\\s+money');
const OPENINGS = [AGE, TEMPERATURE, DISTANCE, EXPENSIVE, MONEY_OPENING, SHARE_QUESTION, DURATION, LENGTH_OR_DURATION, open('wie\\s+viele|how\\s+many'), HOW_MUCH, OTHER_NUMBER, TIME, MEASURE];

/**
 * The question without the interrogative that asks for the kind of answer ("Wie teuer ist die Mission?" → "ist die
 * Mission?", "In welchem Jahr …" → "…"): the words the answer sentence should share with it. An answer states a sum
 * for "teuer" and a year for "in welchem Jahr", not those words. The question itself when it opens otherwise.
 */
export function withoutInterrogative(question: string): string {
  for (const pattern of OPENINGS) {
    const match = pattern.exec(question);
    if (match) return pattern === AGE ? question.slice(match[0].length).replace(BECOME, ' ') : question.slice(match[0].length);
  }
  return question;
}

/**
 * What "wie viele …" / "how many …" counts. German capitalises nouns: the first capitalised word after the
 * interrogative (adjectives before it are skipped), or the next word when the question is typed in lowercase.
 * English: the words up to the first function word ("how many [science instruments] are …").
 */
function countedPhrase(question: string): string | undefined {
  const match = HOW_MANY.exec(question);
  if (!match) return undefined;
  const words = match[2]!.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
  if (/^how/iu.test(match[1]!)) {
    const run: string[] = [];
    for (const w of words) {
      if (ENGLISH_STOP_WORDS.has(w.toLowerCase()) || (run.length === 0 && AUXILIARY.test(w)) || (run.length > 0 && PAST_VERB.test(w))) break;
      run.push(w);
    }
    return run.length ? run.join(' ') : undefined;
  }
  const capitalised = (w: string) => /^\p{Lu}/u.test(w);
  if (words[0] && capitalised(words[0])) return words[0];
  const typedLowercase = !/\p{Lu}/u.test(question.slice(1));
  return typedLowercase ? words[0] : words.slice(1, 3).find(capitalised);
}
