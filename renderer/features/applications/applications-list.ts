// Searching, filtering and sorting the applications list: pure, so it is tested directly.
import type { Application, ApplicationStatus } from '../../../shared/schema/application';
import type { RekindleDocument } from '../../../shared/schema/document';

export type ApplicationSort = 'updated' | 'company' | 'applied' | 'status';

export interface ApplicationRow {
  application: Application;
  nextInterview: string | null;
  referenceCount: number;
}

const STATUS_ORDER: ApplicationStatus[] = ['interviewing', 'offer', 'applied', 'planned', 'rejected', 'withdrawn'];

function matches(application: Application, query: string): boolean {
  if (!query) return true;
  const haystack = `${application.company} ${application.role} ${application.location}`.toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function applicationRows(
  document: RekindleDocument,
  options: { query: string; status: ApplicationStatus | 'all'; sort: ApplicationSort; today: string },
): ApplicationRow[] {
  const counts = new Map<string, number>();
  for (const request of document.requests) {
    if (request.applicationId) counts.set(request.applicationId, (counts.get(request.applicationId) ?? 0) + 1);
  }
  const rows = document.applications
    .filter((application) => (options.status === 'all' || application.status === options.status) && matches(application, options.query))
    .map((application) => ({
      application,
      nextInterview:
        application.interviews
          .map((interview) => interview.date)
          .filter((date) => date >= options.today)
          .sort()[0] ?? null,
      referenceCount: counts.get(application.id) ?? 0,
    }));
  const compare: Record<ApplicationSort, (a: ApplicationRow, b: ApplicationRow) => number> = {
    updated: (a, b) => b.application.updatedAt.localeCompare(a.application.updatedAt),
    company: (a, b) => a.application.company.localeCompare(b.application.company),
    applied: (a, b) => (b.application.appliedOn ?? '').localeCompare(a.application.appliedOn ?? ''),
    status: (a, b) => STATUS_ORDER.indexOf(a.application.status) - STATUS_ORDER.indexOf(b.application.status),
  };
  return rows.sort((a, b) => compare[options.sort](a, b) || a.application.company.localeCompare(b.application.company));
}
