// Realistic people, profiles and applications for the export tests, with names in the
// scripts the PDFs must print.
import type { Profile } from '../../../shared/schema/settings';
import type { Application } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';

export const TODAY = '2026-11-28';

export const profile: Profile = {
  name: 'Jane Doe',
  email: 'jane.doe@example.com',
  phone: '+49 30 1234 5678',
  city: 'Berlin',
  links: [],
};

let counter = 0;

export function person(fields: Partial<Reference> & Pick<Reference, 'name'>): Reference {
  counter += 1;
  return {
    id: `ref-${counter}`,
    rank: counter,
    address: { salutation: 'neutral', pronouns: 'they', formality: 'formal', title: '' },
    relationship: 'colleague',
    workedAt: 'ACME',
    roleThen: '',
    workedFrom: 2019,
    workedTo: 2022,
    currentTitle: 'Head of Engineering',
    organisation: 'Globex',
    email: `person${counter}@example.com`,
    phone: `+49 30 555 ${String(1000 + counter)}`,
    linkedin: '',
    preferredChannel: 'email',
    lastContactedOn: null,
    cadenceMonths: 6,
    talkingPoints: [],
    consent: { status: 'agreed', askedOn: '2026-10-01', answeredOn: '2026-10-03' },
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

/** Five people whose names cover Polish, Greek, Cyrillic, Chinese and German. */
export function fivePeople(): Reference[] {
  return [
    person({
      name: 'Łukasz Żółć',
      relationship: 'manager',
      address: { salutation: 'mr', pronouns: 'he', formality: 'formal', title: '' },
      currentTitle: 'Director of Product',
      organisation: 'Wrocław Labs Sp. z o.o.',
      email: 'lukasz.zolc@example.pl',
      phone: '+48 71 555 0101',
    }),
    person({
      name: 'Ελένη Παπαδοπούλου',
      relationship: 'supervisor',
      address: { salutation: 'ms', pronouns: 'she', formality: 'formal', title: 'Dr.' },
      currentTitle: 'Principal Engineer',
      organisation: 'Aegean Systems',
      email: 'eleni@example.gr',
      phone: '+30 21 0555 0102',
    }),
    person({
      name: 'Анна Иванова',
      relationship: 'colleague',
      address: { salutation: 'ms', pronouns: 'she', formality: 'informal', title: '' },
      currentTitle: 'Senior Data Scientist',
      organisation: 'ACME',
      workedTo: null,
      email: 'anna.ivanova@example.com',
      phone: '+49 30 555 0103',
    }),
    person({
      name: '王小明',
      relationship: 'client',
      address: { salutation: 'mr', pronouns: 'he', formality: 'formal', title: '' },
      currentTitle: 'VP Operations',
      organisation: '上海星辰科技有限公司',
      email: 'wang.xiaoming@example.cn',
      phone: '+86 21 5555 0104',
    }),
    person({
      name: 'Jürgen Weiß',
      relationship: 'mentor',
      address: { salutation: 'mr', pronouns: 'they', formality: 'formal', title: '' },
      currentTitle: 'Chief Technology Officer',
      organisation: 'Straßenbahn Digital GmbH',
      workedFrom: 2016,
      workedTo: 2024,
      email: 'juergen.weiss@example.de',
      phone: '+49 89 555 0105',
    }),
  ];
}

export function manyPeople(count: number): Reference[] {
  const base = fivePeople();
  return Array.from({ length: count }, (_, index) => {
    const template = base[index % base.length]!;
    return person({ ...template, id: `many-${index}`, name: `${template.name} ${index + 1}`, email: `p${index + 1}@example.com` });
  });
}

export function application(fields: Partial<Application> = {}): Application {
  return {
    id: 'app-1',
    company: 'Initech',
    role: 'Staff Product Engineer',
    location: 'Berlin',
    postingUrl: 'https://jobs.example.com/initech/staff-product-engineer',
    status: 'interviewing',
    appliedOn: '2026-11-02',
    interviews: [
      { id: 'i1', date: '2026-12-03', time: '14:00', kind: 'video', note: 'With the hiring manager' },
      { id: 'i2', date: '2026-12-10', time: null, kind: 'onsite', note: '' },
    ],
    referenceCheckOn: '2026-12-14',
    contact: { name: 'Peter Gibbons', role: 'Recruiter', email: 'peter@initech.example', phone: '+49 30 555 0200' },
    notes: '',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...fields,
  };
}
