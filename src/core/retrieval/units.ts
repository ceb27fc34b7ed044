/**
 * Units of measure a figure is written with (money, time, length, weight, speed, temperature), German and English;
 * moved from states-answer.ts unchanged.
 */
export const CURRENCY = /^(?:euro|eur|€|\$|dollar|us-dollar|franken|chf|pfund|£|rubel|yen|yuan|cent|prozent|%|percent|fache[nms]?|mio|mrd)$|[€$£%]/iu;
/**
 * A time unit opens the word ("Jahren", "Minuten", "hours") or is a compound's head after a metric prefix
 * ("Attosekunden", "Millisekunden", "nanoseconds": general word formation, 8 prefixes); a word that merely starts with a
 * prefix's letters ("Mikroskop", "Million") names no unit.
 */
export const TIME_UNIT = /^(?:(?:atto|femto|piko|pico|nano|mikro|micro|milli)?(?:sekunde|second)|minute|stunde|tag|woche|monat|jahr|jahrzehnt|hour|day|week|month|year|decade)|(?:tägig|jährig|stündig|wöchig|monatig|minütig)/iu;
export const LENGTH_UNIT = /^(?:(?:meter|metre|kilometer|kilometre|zentimeter|centimet(?:er|re)|millimet(?:er|re)|meile|mile|lichtjahr|light-year)\p{L}*|km|cm|mm|m|feet|foot|fuß)$/iu;
/** Units of weight ("sechs Tonnen schwere", "400 kg", "two tons"; 7 German and 5 English stems) and of speed besides length per time ("30 Knoten", "mph"). */
export const WEIGHT_UNIT = /^(?:tonne|kilo|kilogramm|gramm|pfund|zentner|ton|tons|kilogram|gram|pound|lbs?|kg|g|t)(?:n|s|e|en)?$/iu;
export const SPEED_UNIT = /^(?:stundenkilometer|knoten|kmh|mph|knots?)\p{L}*$/iu;
export const TEMPERATURE_UNIT = /^(?:grad|degree|celsius|fahrenheit)|°/iu;
