/**
 * A logo naming the outlet short while the footer prints the whole name (logo-name.ts): glued capitals
 * ("OÖNachrichten") and a name cut short ("Schwäbische"). Each rule where it must fire and where it must not.
 */
import { describe, expect, it } from 'vitest';
import { logoName } from '../../../src/core/corpus/logo-name.js';

const header = (value: string) => ({ value, source: `site header line "${value}"` });

describe('a logo of glued capitals', () => {
  it('GIVEN "OÖNachrichten" and a footer part "Oberösterreichische Nachrichten" THEN that is the name', () => {
    expect(logoName(header('OÖNachrichten'), ['© OÖN Redaktion 2024 | Oberösterreichische Nachrichten | Verlag GmbH'])?.value).toBe('Oberösterreichische Nachrichten');
  });
  it.each([
    ['the word differs', ['© Oberösterreichische Rundschau 2024']],
    ['the letters are not the words\'', ['© 2024 | Salzburger Nachrichten']],
    ['no footer', []],
  ])('GIVEN %s THEN the logo stays', (_, footers) => expect(logoName(header('OÖNachrichten'), footers)).toBeNull());
});

describe('a logo cutting the name short', () => {
  it('GIVEN "Schwäbische" over "© Schwäbische Zeitung 2024 – Media GmbH" THEN the footer\'s name is the outlet', () => {
    expect(logoName(header('Schwäbische'), ['© Schwäbische Zeitung 2024 – Schwäbisch Media Digital GmbH & Co. KG'])?.value).toBe('Schwäbische Zeitung');
  });
  it.each([
    ['a company word after it', 'Lokalblick', '© Lokalblick Verlag 2024'],
    ['a newsroom after it', 'Lokalblick', '© Lokalblick Redaktion 2024'],
    ['two more words', 'Lokalblick', '© Lokalblick Medien Gruppe 2024'],
    ['an address', 'Golem.de', '© Golem.de Media 2024'],
    ['another name', 'Schwäbische', '© Südkurier 2024'],
    ['a magazine\'s genre word after its brand', 'Kunstforum', '© 2024 Beispiel Verlags GmbH – Kunstforum Magazin'],
  ])('GIVEN %s THEN the logo stays', (_, name, footer) => expect(logoName(header(name), [footer])).toBeNull());
});
