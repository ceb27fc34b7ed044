/**
 * A compact English → German glossary of news vocabulary and of names German spells differently
 * (Shoigu → Schoigu, Pyongyang → Pjöngjang), so an English question can find German passages lexically.
 * General knowledge of news English and German, not the eval questions' wording. Keys are lowercase;
 * a key may be a phrase ("defence minister"), which then takes precedence over its single words.
 */

const ENTRIES = `
north korea: Nordkorea | north korean: nordkoreanisch Nordkorea | south korea: Südkorea | south korean: südkoreanisch Südkorea
korea: Korea | korean: koreanisch Korea | korean war: Koreakrieg | korean peninsula: koreanische Halbinsel
united states: USA Vereinigte Staaten | us: USA | usa: USA | america: Amerika USA | american: amerikanisch USA
russia: Russland | russian: russisch Russland | china: China | chinese: chinesisch China | ukraine: Ukraine | ukrainian: ukrainisch Ukraine
europe: Europa | european: europäisch Europa | european union: EU | eu: EU | africa: Afrika | african: afrikanisch Afrika
japan: Japan | japanese: japanisch | germany: Deutschland | german: deutsch | switzerland: Schweiz | swiss: Schweizer schweizerisch
syria: Syrien | syrian: syrisch | iran: Iran | britain: Großbritannien | british: britisch | france: Frankreich | french: französisch
moscow: Moskau | beijing: Peking | pyongyang: Pjöngjang | seoul: Seoul | kyiv: Kiew | kiev: Kiew | washington: Washington
st petersburg: St. Petersburg Sankt Petersburg | saint petersburg: Sankt Petersburg | petersburg: Petersburg | kremlin: Kreml
shoigu: Schoigu | sergei: Sergej Sergei | kim jong un: Kim Jong-un | jong: Jong | putin: Putin | vladimir: Wladimir
xi: Xi | jinping: Jinping | zelensky: Selenskyj | lavrov: Lawrow | medvedev: Medwedew | yoon: Yoon | biden: Biden
nato: Nato | un: UN UNO | united nations: Vereinte Nationen UN | security council: Sicherheitsrat | un security council: UN-Sicherheitsrat
communist party: Kommunistische Partei | politburo: Politbüro | wagner: Wagner | telegram: Telegram
defence minister: Verteidigungsminister | defense minister: Verteidigungsminister | defence ministry: Verteidigungsministerium
defense ministry: Verteidigungsministerium | foreign minister: Außenminister | prime minister: Ministerpräsident Premierminister
head of state: Staatschef Staatsoberhaupt | heads of state: Staatschefs Staats- und Regierungschefs | leader: Machthaber Führer Staatschef
minister: Minister | ministry: Ministerium | president: Präsident | government: Regierung | dictator: Diktator | regime: Regime
defence: Verteidigung | defense: Verteidigung | military: Militär militärisch | army: Armee | troops: Truppen | soldiers: Soldaten
war: Krieg | wars: Krieg | battle: Kampf | fight: kämpfen Kampf | fought: kämpfen kämpften | conflict: Konflikt | invasion: Einmarsch Überfall
attack: Angriff | weapon: Waffe Waffen | weapons: Waffen | arms: Waffen Rüstung | ammunition: Munition | shells: Granaten Munition
missile: Rakete | missiles: Raketen | rocket: Rakete | rockets: Raketen | icbm: Interkontinentalrakete | icbms: Interkontinentalraketen
intercontinental: Interkontinentalrakete | ballistic: ballistisch | nuclear: Atom nuklear atomar | drone: Drohne | drones: Drohnen
aircraft: Flugzeug Fluggerät | plane: Flugzeug | tank: Panzer | tanks: Panzer | mercenaries: Söldner | mercenary: Söldner
infantry: Infanterie | parade: Parade Militärparade | exhibition: Ausstellung Schau | arms exhibition: Rüstungsschau Waffenschau
visit: Besuch besuchen | visited: besuchte Besuch | trip: Reise | travel: reisen Reise | travelled: reiste | journey: Reise
guest: Gast | delegation: Delegation | delegations: Delegationen | delegates: Delegierte | foreign: ausländisch Ausland
summit: Gipfel Gipfeltreffen | meeting: Treffen | meet: treffen | met: traf treffen | talks: Gespräche | talk: Gespräch sprechen
discuss: sprechen besprechen | discussed: sprachen besprochen | negotiations: Verhandlungen | agreement: Abkommen Vereinbarung
agreed: vereinbart | treaty: Vertrag | peace: Frieden | peace treaty: Friedensvertrag | armistice: Waffenstillstand | ceasefire: Waffenstillstand Waffenruhe
end: Ende enden | ended: endete Ende | end of: Ende | begin: beginnen | began: begann | start: Beginn
celebrate: feiern | celebrates: feiert | celebration: Feier | celebrations: Feierlichkeiten Feiern | anniversary: Jahrestag
victory: Sieg | victory day: Tag des Sieges | day: Tag | days: Tage | date: Datum | year: Jahr | years: Jahre | month: Monat
june: Juni | july: Juli | march: März | november: November | september: September | week: Woche
reason: Anlass Grund | official: offiziell | officially: offiziell | why: warum | cause: Ursache Grund
accuse: vorwerfen Vorwurf | accuses: vorwerfen Vorwurf | accused: vorgeworfen | accusation: Vorwurf | accusations: Vorwürfe Anschuldigungen
deny: zurückweisen bestreiten | denied: zurückgewiesen | reject: zurückweisen | rejected: zurückgewiesen
supply: liefern Lieferung | supplied: geliefert | supplies: Lieferungen | deliver: liefern | delivered: geliefert | delivery: Lieferung
send: schicken senden | sent: geschickt | sending: schicken senden | buy: kaufen | bought: gekauft | purchase: Kauf
arm: bewaffnen | armed: bewaffnet ausgerüstet | equip: ausrüsten | support: unterstützen Unterstützung | help: helfen Hilfe | aid: Hilfe
sanctions: Sanktionen Strafmaßnahmen | sanction: Sanktionen | impose: verhängen erlassen | veto: Veto | block: blockieren verhindern
blocked: blockiert verhindert | protect: schützen | protects: schützt | ease: lockern | easing: Lockerung
recognise: anerkennen | recognised: anerkannt | recognize: anerkennen | recognized: anerkannt | annexation: Annexion annektiert
annex: annektieren | annexed: annektiert | regions: Gebiete Regionen | region: Region Gebiet | territory: Gebiet | territories: Gebiete
country: Land Staat | countries: Länder Staaten | state: Staat | states: Staaten | nation: Nation | capital: Hauptstadt | city: Stadt
people: Menschen Bevölkerung | population: Bevölkerung Einwohner | killed: getötet Tote | died: starben Tote | dead: Tote
deaths: Tote | death: Tod | kill: töten | casualties: Opfer Tote | million: Millionen | millions: Millionen
starving: hungern Hunger | starve: hungern | hunger: Hunger | famine: Hungersnot | food: Nahrung Lebensmittel
trade: Handel | trading partner: Handelspartner | partner: Partner | exports: Exporte | export: Export | imports: Importe
grow: wachsen steigen | grew: gestiegen stieg | growth: Wachstum Anstieg | rise: Anstieg steigen | increase: Anstieg
compared: verglichen | previous: vorher zuvor | higher: höher | times: mal | eight: acht | four: vier | three: drei | two: zwei
alliance: Allianz Bündnis | ally: Verbündeter | allies: Verbündete | anti: gegen | observer: Beobachter | observer status: Beobachterstatus
status: Status | cooperation: Zusammenarbeit Kooperation | relations: Beziehungen | relationship: Beziehung | ties: Beziehungen
strengthen: stärken Stärkung | strengthening: Stärkung | isolated: isoliert abgeschottet | isolation: Isolation
internationally: international | international: international | world: Welt | west: Westen | western: westlich
message: Signal Botschaft | signal: Signal | letter: Brief Schreiben | hand: überreichen | handed: überreichte | gave: gab überreichte
behalf: im Auftrag | received: empfangen | receive: empfangen | welcomed: begrüßt empfangen | welcome: begrüßen
honours: Ehren | honors: Ehren | red carpet: roter Teppich | carpet: Teppich | walk: gehen | walked: gingen schritten
expert: Experte Kenner | experts: Experten Fachleute | professor: Professor | university: Universität Uni | analyst: Analyst
chief: Leiter Chef | head: Leiter Chef | office: Büro | foundation: Stiftung | organisation: Organisation | organization: Organisation
workers: Arbeiter Arbeitskräfte | worker: Arbeiter Arbeitskraft | labour: Arbeitskräfte | labor: Arbeitskräfte
poverty: Armut | desperate: verzweifelt | reputation: Ruf
pandemic: Pandemie | corona: Corona | covid: Corona | first: erste | since: seit | after: nach
announce: ankündigen mitteilen | announced: teilte mit bekanntgegeben | channel: Kanal | news agency: Nachrichtenagentur | state media: Staatsmedien
said: sagte erklärte | say: sagen | says: sagt | statement: Erklärung | reported: berichtet | report: Bericht
party: Partei | member: Mitglied | position: Position Posten | politician: Politiker | politicians: Politiker
fail: scheitern | failed: gescheitert | collapse: scheitern | break down: scheitern | broke down: gescheitert | denuclearisation: Denuklearisierung
denuclearization: Denuklearisierung | disarmament: Abrüstung | programme: Programm | program: Programm
divided: geteilt | division: Teilung | divide: teilen | parallel: Breitengrad | peninsula: Halbinsel | border: Grenze
show: zeigen präsentieren | showed: zeigte präsentierte | shown: gezeigt | display: präsentieren | displayed: präsentiert
hit: treffen erreichen | reach: erreichen | range: Reichweite | target: Ziel | targets: Ziele | whole: gesamt ganz
heads: Chefs | showed up: angereist | show up: anreisen | attended: teilgenommen | attend: teilnehmen | invited: eingeladen
invite: einladen | came: kamen | come: kommen | actually: tatsächlich | only: nur lediglich | many: viele
last: letzte dauern | lasted: dauerte | supposed: soll sollte | long: lange | how long: wie lange | spend: verbringen | spent: verbrachten
future: künftig Zukunft | deliveries: Lieferungen | likely: wahrscheinlich | possible: möglich | could: könnten
new: neu | old: alt | big: groß | biggest: größte | largest: größte | most important: wichtigste | important: wichtig
economic: wirtschaftlich | economy: Wirtschaft | humanitarian: humanitär | grounds: Gründe | reasons: Gründe
threat: Bedrohung | criticise: kritisieren | critical: kritisch | concerns: Bedenken | concern: Bedenken
propaganda: Propaganda | show off: präsentieren vorführen | friendship: Freundschaft | strategy: Strategie
family: Familie | dynasty: Dynastie | rule: regieren herrschen | ruled: regiert geführt | ruling: regierend
final: Abschluss | declaration: Deklaration Erklärung | joint: gemeinsam | common: gemeinsam
responded: reagierten | respond: reagieren | reaction: Reaktion | react: reagieren | reacted: reagierte
european countries: europäische Staaten | tried: versuchten | try: versuchen | attempt: Versuch | attempts: Versuche
`;

/** English word or phrase (lowercase) → German words to search for instead. */
export const GLOSSARY_EN: ReadonlyMap<string, string> = new Map(
  ENTRIES.split(/[|\n]/)
    .map((entry) => entry.split(':').map((side) => side.trim()))
    .filter((pair): pair is [string, string] => pair.length === 2 && Boolean(pair[0]) && Boolean(pair[1]))
    .map(([english, german]) => [english.toLowerCase(), german] as const),
);

/** Longest glossary phrase, in words: how far the analyzer looks ahead for phrases. */
export const LONGEST_PHRASE = Math.max(...[...GLOSSARY_EN.keys()].map((key) => key.split(' ').length));
