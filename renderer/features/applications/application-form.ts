// The application as its form edits it: empty inputs are "", the data file says null.
// Validation runs the shared schema on the converted values, so the form refuses exactly
// what main refuses, with the same field paths.
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { applicationFieldsSchema, type Application, type ApplicationFields, type Interview } from '../../../shared/schema/application';

export interface InterviewFormValues extends Omit<Interview, 'time'> {
  time: string;
}

export interface ApplicationFormValues extends Omit<ApplicationFields, 'appliedOn' | 'referenceCheckOn' | 'interviews'> {
  appliedOn: string;
  referenceCheckOn: string;
  interviews: InterviewFormValues[];
}

const orNull = (value: string | null | undefined) => (value ? value : null);

export function emptyApplicationForm(): ApplicationFormValues {
  return {
    company: '',
    role: '',
    location: '',
    postingUrl: '',
    status: 'planned',
    appliedOn: '',
    interviews: [],
    referenceCheckOn: '',
    contact: { name: '', role: '', email: '', phone: '' },
    notes: '',
    keyRequirements: [],
  };
}

export function toApplicationForm(application: Application): ApplicationFormValues {
  return {
    company: application.company,
    role: application.role,
    location: application.location,
    postingUrl: application.postingUrl,
    status: application.status,
    appliedOn: application.appliedOn ?? '',
    interviews: application.interviews.map((interview) => ({ ...interview, time: interview.time ?? '' })),
    referenceCheckOn: application.referenceCheckOn ?? '',
    contact: { ...application.contact },
    notes: application.notes,
    keyRequirements: [...(application.keyRequirements ?? [])],
  };
}

export function fromApplicationForm(values: ApplicationFormValues): ApplicationFields {
  return {
    ...values,
    appliedOn: orNull(values.appliedOn),
    referenceCheckOn: orNull(values.referenceCheckOn),
    interviews: values.interviews.map((interview) => ({ ...interview, time: orNull(interview.time) })),
  };
}

const schemaResolver = zodResolver(applicationFieldsSchema);

export const applicationFormResolver: Resolver<ApplicationFormValues> = async (values, context, options) => {
  const result = await schemaResolver(fromApplicationForm(values) as never, context, options as never);
  return Object.keys(result.errors).length > 0 ? { values: {}, errors: result.errors } : { values, errors: {} };
};
