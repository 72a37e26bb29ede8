// Every organisation and every guide, tool, training or publication named in the seeds
// (../shared/seeds/*.txt) must be findable in the directory: by the name, short name or an alias of a
// contact, or by the title of a resource. The names below were copied by hand from the seeds, in the
// seeds' own spelling (old names included, such as "Kennisplatform Integratie & Samenleving").
//
// Not listed on purpose: the ministries (BZK, SZW, J&V, VWS, OCW, AZ), which the seeds name as the parent
// body of an offer and which the descriptions mention; the Universiteit van Amsterdam (a research partner
// of the Triggerfactoren study).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowDir } from '../../src/flow/read-dir';
import { checkFlow } from '../../src/flow/index';
import { containsPassage } from '../../src/flow/basis';
import { basisCorpus } from '../../src/cli/content-checks';

const organisations: Record<string, string[]> = {
  '000_de374f18f303f2dd.txt': [
    'Expertise-unit Sociale Stabiliteit',
    'ESS',
    'Landelijk Steunpunt Extremisme',
    'LSE',
    'Kennisplatform Integratie & Samenleving',
    'Centrum voor Criminaliteitspreventie en Veiligheid',
    'CCV',
    'Antidiscriminatiebureaus',
    "ADV's",
    'Oumnia Works',
    'Nationaal Coördinator Terrorismebestrijding en Veiligheid',
    'NCTV',
  ],
  '001_aa4ae03011d6df8f.txt': [
    'Landelijk Platform Lokale Professionals',
    'LPLP',
    'Stichting School en Veiligheid',
    'Wegwijzer Jeugd en Veiligheid',
    'Exits',
    'exit-faciliteit',
    'Familiesteunpunt Radicalisering',
    'Kennisnet Jeugd',
  ],
  '002_508eb212e193314e.txt': [
    'Ondersteuningsnetwerk maatschappelijke onrust',
    'Omo',
    'Netwerk Weerbaar Bestuur',
    'Ondersteuningsteam weerbaar bestuur',
    'Expertise Unit Sociale Stabiliteit',
    'Regionale Informatie Expertise Centra',
    'RIEC',
    'Landelijke Informatie Expertise Centrum',
    'LIEC',
    'Rijksopleidingsinstituut tegengaan Radicalisering',
    'ROR',
    'Platform JEP',
    'Platform Jeugd preventie Extremisme en Polarisatie',
    'JEP Advieslijn',
    'Nederlands Jeugdinstituut',
    'SSV',
    'CommunicatieRijk',
    'Vereniging van Nederlandse Gemeenten',
    'VNG',
    'VNG Academie',
    'Nederlands Genootschap van Burgemeesters',
    'NGB',
    'Wethoudersvereniging',
  ],
  '003_34e71d5202aab991.txt': [
    'Raad voor de Kinderbescherming',
    'RvdK',
    'Kennisplatform Integratie en Samenleving',
    'KIS',
  ],
  '004_eae2396e5a234c0e.txt': [
    'maatschappelijkestabiliteit.nl',
    'Taskforce Problematisch gedrag',
    'Kennisplatform Integratie & Samenleving',
    'Leer- en ondersteuningsaanbod sociale stabiliteit',
  ],
};

const resources: Record<string, string[]> = {
  '001_aa4ae03011d6df8f.txt': [
    'Idealen op Drift',
    'e-book',
    'jeugdgroepen',
    'infographic Triggerfactoren',
    'Omgaan met extreme idealen',
  ],
  '002_508eb212e193314e.txt': [
    'Preventie en trainingen onbehagen',
    'Preventie en trainingen veiligheid',
    'Trainingen ESS',
    'De partners van de ESS',
    'NCTV integrale aanpak terrorisme: partnerinitiatieven',
    'Trainingen en producten RIEC',
    'Trainingen ROR',
    'Informatie voor gemeenten',
    'Trainingen JEP',
    'Aanpak radicalisering in het onderwijs',
    'Trainingsaanbod Stichting School en Veiligheid',
    'Vakkennis CommunicatieRijk',
    'Omgaan met polarisatie en onbehagen',
    'VNG academie: opleidingsaanbod bestuur en veiligheid',
    'opleidingen crisisbeheersing',
    'bevoegdheden OOV',
  ],
  '000_de374f18f303f2dd.txt': ["overzicht van lokale ADV's", 'Oumnia Works'],
  '003_34e71d5202aab991.txt': [
    'voorbereiden op sociale spanningen en radicalisering',
    'Buurtmonitor Integratie',
    'De Raad voor de Kinderbescherming en radicalisering',
    'Rol van gemeenten in de aanpak van radicalisering',
    'Sociaal Calamiteitenplan',
    'Bouwstenen voor sociale stabiliteit',
    'Aanpak radicalisering en terrorismebestrijding op lokaal niveau',
    'Inzicht in (de)polarisatie',
    'Eritrese nieuwkomers',
    'Triggerfactoren in het Radicaliseringsproces',
    'Actieprogramma Integrale Aanpak Jihadisme',
    'Quickscan Gemeenten',
  ],
  '004_eae2396e5a234c0e.txt': ['Handboek maatschappelijke onrust'],
};

/** Case-insensitive, with typographic quotes and dashes folded to plain ones. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ');

const flow = checkFlow(readFlowDir(join(process.cwd(), 'flows'))).flow!;
const contactNames = Object.values(flow.contacts)
  .flatMap((c) => [c.name.nl, c.name.en, c.short ?? '', ...(c.aliases ?? []), ...(c.variants ?? [])])
  .map(norm);
const resourceTitles = Object.values(flow.resources)
  .flatMap((r) => [r.title.nl, r.title.en])
  .map(norm);

describe('every organisation named in a seed is in contacts.yaml (name, short name or alias)', () => {
  it('the flow loads', () => expect(flow).toBeDefined());
  for (const [seed, names] of Object.entries(organisations)) {
    describe(seed, () => {
      it.each(names)('%s', (name) => {
        expect(
          contactNames.some((h) => h.includes(norm(name))),
          `"${name}" (seed ${seed}) is not a contact name or alias`,
        ).toBe(true);
      });
    });
  }
});

describe('every guide, tool, training and publication named in a seed is in resources.yaml (title)', () => {
  for (const [seed, names] of Object.entries(resources)) {
    describe(seed, () => {
      it.each(names)('%s', (name) => {
        expect(
          resourceTitles.some((h) => h.includes(norm(name))),
          `"${name}" (seed ${seed}) is not a resource title`,
        ).toBe(true);
      });
    });
  }

  it('each resource names a seed as its source', () => {
    const without = Object.values(flow.resources)
      .filter((r) => !/seed:\d{3}_[0-9a-f]+\.txt/.test(r.source))
      .map((r) => r.id);
    expect(without).toEqual([]);
  });
});

// The site quotes a seed's heading (taxonomy.yaml sourceTexts): it must be the seed's own words. A seed
// without a heading is named by a plain title, never in quotation marks.
describe('a source text shown by its heading', () => {
  const corpus = basisCorpus();
  it.runIf(corpus)('has that heading in its seed, word for word', () => {
    const wrong = flow.sourceTexts
      .filter((s) => s.heading && !containsPassage(corpus!.seeds[s.id] ?? '', s.heading.nl))
      .map((s) => `${s.id}: "${s.heading!.nl}"`);
    expect(wrong).toEqual([]);
  });
  it('has no quotation marks in a title or heading (the site adds them around a real heading only)', () => {
    const quoted = flow.sourceTexts
      .flatMap((s) => [s.title.nl, s.title.en, s.heading?.nl ?? '', s.heading?.en ?? ''])
      .filter((t) => /["“”„'‘’]/.test(t));
    expect(quoted).toEqual([]);
  });
});
