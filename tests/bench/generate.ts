// Deterministic data for the bench: a job search at three sizes, from a seeded PRNG so every
// run measures the same bytes. Names come in several scripts because fonts, text shaping and
// folding for search all cost more outside ASCII, and real users' references are like that.
import { addDays, addMonths, toIsoDate } from '../../shared/dates';
import { CHECKLISTS } from '../../shared/stages';
import { INTERVIEW_KINDS, type Application, type ApplicationStatus } from '../../shared/schema/application';
import { CHANNELS, RELATIONSHIPS, type Reference } from '../../shared/schema/person';
import type { LogEntry, LogKind, ReferenceRequest, Stage } from '../../shared/schema/request';
import { CURRENT_SCHEMA_VERSION, type RekindleDocument } from '../../shared/schema/document';

export type SizeName = 'S' | 'M' | 'L';

export interface BenchSize {
  name: SizeName;
  people: number;
  applications: number;
  requests: number;
}

export const SIZES: Record<SizeName, BenchSize> = {
  S: { name: 'S', people: 10, applications: 20, requests: 30 },
  M: { name: 'M', people: 200, applications: 1_000, requests: 3_000 },
  L: { name: 'L', people: 1_000, applications: 10_000, requests: 30_000 },
};

/** mulberry32: tiny, fast and good enough to spread synthetic data evenly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Picker {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

function picker(random: () => number): Picker {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return {
    int,
    pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number],
    chance: (probability) => random() < probability,
  };
}

type Gender = 'she' | 'he' | 'they';
interface NamePool {
  given: [name: string, gender: Gender][];
  family: string[];
  /** Family name first, no space (Chinese, Japanese). */
  familyFirst?: boolean;
  ascii: string;
}

const NAME_POOLS: NamePool[] = [
  {
    given: [['Jana', 'she'], ['Maximilian', 'he'], ['Sören', 'he'], ['Jürgen', 'he'], ['Anja', 'she'], ['Kai', 'they']],
    family: ['Müller', 'Schäfer', 'Weiß', 'Groß-Bölting', 'Hoffmann', 'Köhler'],
    ascii: 'de',
  },
  {
    given: [['Łukasz', 'he'], ['Zofia', 'she'], ['Małgorzata', 'she'], ['Wojciech', 'he']],
    family: ['Żółć', 'Wiśniewska', 'Kowalczyk', 'Dąbrowski'],
    ascii: 'pl',
  },
  {
    given: [['Ελένη', 'she'], ['Γιώργος', 'he'], ['Δήμητρα', 'she'], ['Νίκος', 'he']],
    family: ['Παπαδοπούλου', 'Οικονόμου', 'Γεωργίου', 'Καραγιάννης'],
    ascii: 'gr',
  },
  {
    given: [['Анна', 'she'], ['Дмитрий', 'he'], ['Ольга', 'she'], ['Сергей', 'he']],
    family: ['Иванова', 'Смирнов', 'Кузнецова', 'Попов'],
    ascii: 'ru',
  },
  {
    given: [['فاطمة', 'she'], ['يوسف', 'he'], ['ليلى', 'she'], ['عمر', 'he']],
    family: ['الزهراء', 'حداد', 'منصور', 'الخطيب'],
    ascii: 'ar',
  },
  {
    given: [['小明', 'he'], ['丽华', 'she'], ['建国', 'he'], ['静', 'she']],
    family: ['王', '李', '张', '陈'],
    familyFirst: true,
    ascii: 'zh',
  },
  {
    given: [['陽子', 'she'], ['健太', 'he'], ['美咲', 'she'], ['翔', 'he']],
    family: ['佐藤', '鈴木', '高橋', '田中'],
    familyFirst: true,
    ascii: 'ja',
  },
  {
    given: [['James', 'he'], ['Siobhán', 'she'], ['Kofi', 'they'], ['Priya', 'she'], ['Mateo', 'he'], ['Nguyễn Thị', 'she']],
    family: ["O'Brien", 'Mensah', 'Raman', 'García López', 'Lindqvist', 'Øvergaard'],
    ascii: 'en',
  },
];

const COMPANIES = [
  'Northwind Traders', 'Fabrikam', 'Contoso Health', 'Tailspin Toys', 'Litware', 'Adatum', 'Blue Yonder',
  'Wide World Importers', 'Proseware', 'Woodgrove Bank', 'Lucerne Publishing', 'Trey Research', 'Alpine Ski House',
  'Coho Winery', 'Fourth Coffee', 'Graphic Design Institute', 'Humongous Insurance', 'Margie’s Travel',
  'Südwind Energie', 'Bäckerei Löwenzahn', 'Ελληνικά Ναυπηγεία', 'Северсталь Цифра', '深圳光电', '東京デザイン研究所',
];
const ROLES = [
  'Senior Product Designer', 'Design Lead', 'Staff Engineer', 'Engineering Manager', 'Lead UX Researcher',
  'Principal Designer', 'Product Manager', 'Head of Platform', 'Data Scientist', 'Technical Writer',
];
const CITIES = ['Berlin', 'Hamburg (hybrid)', 'München', 'Wien', 'Zürich', 'Remote', 'Kraków', 'Αθήνα', 'Москва', '上海', '東京'];
const TITLES = ['CTO', 'VP Product', 'Design Director', 'Professor of HCI', 'Geschäftsführerin', 'Partner', 'Group PM', 'Principal Engineer'];
const TALKING_POINTS = [
  'Led the checkout redesign: conversion up 18 % in one quarter',
  'Built the design system six teams now use',
  'Mentored two juniors into senior roles',
  'Ran the migration to the new billing platform without downtime',
  'Kept the launch on schedule after the vendor pulled out',
  'Presented the research findings to the board',
  'Hat das Onboarding für 40 neue Kolleginnen und Kollegen aufgebaut',
  'Cut support tickets by a third with clearer error messages',
];
const LOG_TEXTS: [LogKind, string][] = [
  ['email', 'Sent a short update on the interview dates'],
  ['call', 'Twenty minutes on the phone; happy to help again'],
  ['meeting', 'Coffee near the old office, talked about the new role'],
  ['note', 'Prefers a call before the recruiter gets in touch'],
  ['reply', 'Replied within a day: glad to be a reference'],
  ['message_sent', 'ask'],
];
const STATUSES: ApplicationStatus[] = ['planned', 'applied', 'applied', 'interviewing', 'interviewing', 'offer', 'rejected', 'withdrawn'];

function asciiSlug(pool: NamePool, index: number): string {
  return `${pool.ascii}.${index}`;
}

function pad(index: number): string {
  return String(index).padStart(6, '0');
}

/** A valid, realistic document of the given size; the same for the same size and clock. */
export function generateDocument(size: BenchSize, now: Date): RekindleDocument {
  const random = picker(seededRandom(0x5eed + size.requests));
  const today = toIsoDate(now);
  const stamp = now.toISOString();
  const pastDay = (maxDaysAgo: number) => addDays(today, -random.int(0, maxDaysAgo));

  const applications: Application[] = [];
  for (let index = 0; index < size.applications; index += 1) {
    const status = random.pick(STATUSES);
    const interviews = status === 'interviewing' || status === 'offer' ? random.int(1, 3) : random.int(0, 1);
    applications.push({
      id: `app-${pad(index)}`,
      company: random.pick(COMPANIES),
      role: random.pick(ROLES),
      location: random.pick(CITIES),
      postingUrl: random.chance(0.6) ? `https://jobs.example.com/postings/${index}` : '',
      status,
      appliedOn: status === 'planned' ? null : pastDay(120),
      interviews: Array.from({ length: interviews }, (_, number) => ({
        id: `int-${pad(index)}-${number}`,
        date: addDays(today, random.int(-40, 20)),
        time: random.chance(0.8) ? `${String(random.int(8, 17)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}` : null,
        kind: random.pick(INTERVIEW_KINDS),
        note: random.chance(0.5) ? 'Panel with the hiring manager and two future colleagues' : '',
      })),
      referenceCheckOn: random.chance(0.3) ? addDays(today, random.int(-10, 20)) : null,
      contact: random.chance(0.5)
        ? { name: 'Priya Raman', role: 'Recruiter', email: `recruiter${index}@example.com`, phone: '+49 30 5550101' }
        : { name: '', role: '', email: '', phone: '' },
      notes: random.chance(0.3) ? 'Referral through a former colleague. Team of eight, reports to the VP.' : '',
      createdAt: stamp,
      updatedAt: stamp,
    });
  }

  const references: Reference[] = [];
  for (let index = 0; index < size.people; index += 1) {
    const pool = random.pick(NAME_POOLS);
    const [given, gender] = random.pick(pool.given);
    const family = random.pick(pool.family);
    const name = pool.familyFirst ? `${family}${given}` : `${given} ${family}`;
    const consentStatus = random.pick(['not_asked', 'asked', 'agreed', 'agreed', 'declined'] as const);
    const askedOn = consentStatus === 'not_asked' ? null : pastDay(60);
    const from = random.int(2005, 2022);
    const slug = asciiSlug(pool, index);
    references.push({
      id: `ref-${pad(index)}`,
      name,
      address: {
        salutation: gender === 'she' ? 'ms' : gender === 'he' ? 'mr' : 'neutral',
        pronouns: gender,
        formality: random.pick(['formal', 'informal'] as const),
        title: random.chance(0.1) ? 'Dr.' : '',
      },
      relationship: random.pick(RELATIONSHIPS),
      workedAt: random.pick(COMPANIES),
      roleThen: random.pick(ROLES),
      workedFrom: from,
      workedTo: random.chance(0.2) ? null : Math.min(from + random.int(0, 6), 2026),
      currentTitle: random.pick(TITLES),
      organisation: random.pick(COMPANIES),
      email: `${slug}@example.com`,
      phone: `+49 ${random.int(30, 89)} ${random.int(1_000_000, 9_999_999)}`,
      linkedin: random.chance(0.5) ? `https://www.linkedin.com/in/${slug.replace('.', '-')}` : '',
      preferredChannel: random.pick(CHANNELS),
      lastContactedOn: random.chance(0.85) ? addMonths(today, -random.int(0, 30)) : null,
      cadenceMonths: random.pick([3, 6, 6, 12]),
      talkingPoints: Array.from({ length: random.int(0, 4) }, (_, number) => ({
        id: `tp-${pad(index)}-${number}`,
        text: random.pick(TALKING_POINTS),
      })),
      consent: { status: consentStatus, askedOn, answeredOn: consentStatus === 'agreed' || consentStatus === 'declined' ? askedOn : null },
      notes: random.chance(0.4) ? 'Met at the 2019 offsite. Prefers mornings; mention the platform work.' : '',
      rank: index,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }

  const requests: ReferenceRequest[] = [];
  const stages: Stage[] = ['reconnect', 'reconnect', 'prep', 'prep', 'thanks', 'done', 'done', 'done'];
  for (let index = 0; index < size.requests; index += 1) {
    const person = references[index % references.length] as Reference;
    const declined = person.consent.status === 'declined' && random.chance(0.5);
    const stage = declined ? 'reconnect' : random.pick(stages);
    const checklist: Record<string, boolean> = {};
    for (const item of CHECKLISTS[stage]) if (random.chance(0.4)) checklist[item.key] = true;
    const log: LogEntry[] = Array.from({ length: random.int(0, 4) }, (_, number) => {
      const [kind, text] = random.pick(LOG_TEXTS);
      return { id: `log-${pad(index)}-${number}`, at: stamp, on: pastDay(90), kind, text };
    });
    if (stage === 'thanks') log.push({ id: `log-${pad(index)}-outcome`, at: stamp, on: pastDay(5), kind: 'outcome', text: random.pick(['offer', 'rejected']) });
    requests.push({
      id: `req-${pad(index)}`,
      referenceId: person.id,
      applicationId: random.chance(0.85) ? `app-${pad(random.int(0, size.applications - 1))}` : null,
      stage,
      closed: declined ? 'declined' : null,
      position: index,
      checklist,
      askedOn: stage === 'reconnect' && person.consent.askedOn !== null ? person.consent.askedOn : null,
      log,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }

  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    profile: { name: 'Jana Becker', email: 'jana.becker@example.com', phone: '+49 170 1234567', city: 'Berlin', links: ['https://janabecker.example.com'] },
    settings: { language: null, paperSize: 'A4' },
    applications,
    references,
    requests,
  };
}
