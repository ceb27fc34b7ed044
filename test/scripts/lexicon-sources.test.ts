import { describe, expect, it } from 'vitest';
import { parseDing, parseOpenThesaurus } from '../../scripts/lexicon-sources.js';

/** Lines in Ding's format (abridged from its entries for sterben, Krieg, Stand, Matrize, Million, Prozent …). */
const DING = `# Version :: devel 2023-01-30
sterben {vi} [biol.] [med.] | sterbend | gestorben | er/sie stirbt | ich/er/sie starb | jung sterben :: to die {died; died} | dying | died | he/she dies | I/he/she died | to die young
Krieg {m} (gegen jdn./etw.) [mil.] | Kriege {pl} | Bürgerkrieg {m} :: war (on/against sb./sth.) | wars | civil war
Krieg führen {vi} :: to war
Stand {m} | Stände {pl} :: stand | stands
stehen {vi} | stehend | gestanden | er/sie steht | ich/er/sie stand :: to stand | standing | stood | he/she stands | I/he/she stood
Matrize {f} [techn.] :: die
jdn. empfangen; begrüßen {vt} :: to welcome sb.; to greet sb.
jdn./etw. mit jdm./einer Sache vergleichen {vt} | vergleichend :: to compare sb./sth. with sb./sth. | comparing
auf etw. kommen {vi} :: to hit upon sth.
Vorstandschef {m}; Konzernchef {m} [ugs.] :: chief executive officer /CEO/; boss
Geheimzahl {f} :: personal identification number /PIN/
Stift {m} :: pin
Million {f} /Mio./ | Millionen {pl} :: million /m/ | millions
Prozent {n} / % /; Hundertstel {n} | Prozente {pl} :: percent; per cent | percents
Material {n}; Gerät {n} [mil.] :: stores
Laden {m} | Läden {pl} :: store | stores
jdn. treffen {vt}; sich mit jdm. treffen {vr} [soc.] | treffend; sich treffend | getroffen; sich getroffen | ich treffe (mich) | ich/er/sie traf (mich/sich) :: to meet sb.; to meet with sb. | meeting; meeting with | met; met with | I meet | I/he/she met
`;

describe('parseDing', () => {
  const ding = parseDing(DING);

  it('GIVEN an abbreviation in lowercase or a sign ("million /m/", "Prozent / % /") THEN the entry is kept without it', () => {
    expect(ding.translations.get('million')).toEqual(['Million']);
    expect(ding.translations.get('percent')?.[0]).toBe('Prozent');
    expect(ding.translations.get('per cent')?.[0]).toBe('Prozent');
  });

  it('GIVEN aligned entries THEN English keys map to German, inflected forms to inflected forms', () => {
    expect(ding.version).toBe('devel 2023-01-30');
    expect(ding.translations.get('war')?.[0]).toBe('Krieg');
    expect(ding.translations.get('wars')).toEqual(['Kriege']);
    expect(ding.translations.get('civil war')).toEqual(['Bürgerkrieg']);
    expect(ding.translations.get('died')).toEqual(expect.arrayContaining(['gestorben', 'starb']));
  });

  it('GIVEN a headword\'s plural sub-entry and a plural-only entry THEN the plural of the headword counts as fully', () => {
    // At half weight for every sub-entry, "Material; Gerät :: stores" came before "Läden", the plural of "store".
    expect(ding.translations.get('stores')?.slice(0, 2)).toEqual(['Läden', 'Material']);
    expect(ding.translations.get('stores')).toContain('Gerät');
  });

  it('GIVEN a general sense and a technical one THEN the general one ranks first', () => {
    expect(ding.translations.get('die')).toEqual(['sterben', 'Matrize']);
  });

  it('GIVEN placeholders and verb phrases THEN the verb is the key and "Krieg führen" is no translation', () => {
    expect(ding.translations.get('welcome')).toEqual(['empfangen', 'begrüßen']);
    expect(ding.translations.get('war')).not.toContain('Krieg führen');
  });

  it('GIVEN a verb with a placeholder object and its preposition THEN the verb alone translates, and is no synonym of a verb phrase', () => {
    expect(ding.translations.get('compare')).toEqual(['vergleichen']);
    expect(ding.translations.get('hit upon')).toEqual(['kommen']);
    expect(ding.synonymSets.flat()).not.toContain('kommen');
  });

  it('GIVEN an abbreviation after an English term THEN it is a key of its own, unless it is an English word too', () => {
    expect(ding.translations.get('ceo')).toEqual(['Vorstandschef', 'Konzernchef']);
    expect(ding.translations.get('pin')).toEqual(['Stift']); // the word "pin", not the abbreviation
  });

  it('GIVEN verb entries THEN changed forms lead to the infinitive, except forms spelled like a noun', () => {
    expect(ding.verbForms.get('starb')).toBe('sterben');
    expect(ding.verbForms.get('stirbt')).toBe('sterben');
    expect(ding.verbForms.has('stand')).toBe(false); // Stand
    expect(ding.verbForms.get('traf')).toBe('treffen'); // one form row for two alternatives of one verb
  });

  it('GIVEN alternatives for one sense THEN a synonym set', () => {
    expect(ding.synonymSets).toContainEqual(['empfangen', 'begrüßen']);
  });
});

describe('parseOpenThesaurus', () => {
  it('GIVEN its text format THEN sets without comments and annotations, members up to three words', () => {
    const text = '# OpenThesaurus\nFission;Atomspaltung;Kernspaltung\nPleite (ugs.);Insolvenz;Bankrott;in die Binsen gehen und nicht wiederkommen\nallein\n';
    expect(parseOpenThesaurus(text)).toEqual([
      ['Fission', 'Atomspaltung', 'Kernspaltung'],
      ['Pleite', 'Insolvenz', 'Bankrott'],
    ]);
  });
});
