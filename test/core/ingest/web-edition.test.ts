/**
 * A web edition's name ("Cicero Online" in the <title>) against the page's copyright footer: the publication's name
 * standing alone there names the outlet (landtagswahl's Cicero page); a footer carrying "Online" itself or only a
 * company keeps the name as read (ZEIT ONLINE, FOCUS online, heise online, Legal Tribune Online).
 */
import { describe, expect, it } from 'vitest';
import { settleOutlet } from '../../../src/core/corpus/outlet-name.js';
import { webEdition } from '../../../src/core/corpus/web-edition.js';

const read = (value: string) => ({ value, source: `page: <title> suffix "${value}"` });

describe('a web edition\'s name', () => {
  it.each([
    ['Cicero Online', '© Res Publica Verlags GmbH 2023 · Cicero – Magazin für politische Kultur', 'Cicero'],
    ['Cicero Online', '© 2023 Cicero | Impressum | Datenschutz', 'Cicero'],
    ['Kurier ONLINE', '© Kurier Verlag 2023 · Kurier', 'Kurier'],
  ])('GIVEN "%s" and the footer "%s" THEN the outlet is "%s"', (name, footer, outlet) => {
    expect(settleOutlet(read(name), { footers: [footer], addresses: [] })?.value).toBe(outlet);
  });

  it.each([
    ['ZEIT ONLINE', '© ZEIT ONLINE GmbH'],
    ['FOCUS online', '© FOCUS Online 1996-2023'],
    ['heise online', '© 2023 Heise Medien GmbH & Co. KG. Alle Rechte vorbehalten.'],
    ['Legal Tribune Online', '© Wolters Kluwer Deutschland GmbH. Alle Rechte vorbehalten.'],
    ['Cicero Online', '© Res Publica Verlags GmbH 2023 · Cicero Plus testen'],
  ])('GIVEN "%s" and the footer "%s" THEN the name stays', (name, footer) => {
    expect(webEdition(read(name), [footer])).toBeNull();
    expect(settleOutlet(read(name), { footers: [footer], addresses: [] })?.value).toBe(name);
  });
});
