// Beside "Add a reference" on an application: how much the chosen person has been asked
// lately, and once they reach the call threshold, the kind sentence with someone rested
// who fits this application. Polite live region, so the choice is heard as it is made.
import { useTranslation } from 'react-i18next';
import { callThresholdOf, isLeanedOn, personLoad } from '../../../shared/bench/load';
import type { Application } from '../../../shared/schema/application';
import { useDocument, useToday } from '../../state/app-state';
import styles from '../../components/bench/Bench.module.css';
import { restedInstead } from '../../components/bench/person-bench';

export function LinkLoad({ application, personId }: { application: Application; personId: string }) {
  const { t } = useTranslation();
  const document = useDocument();
  const today = useToday();
  const person = document.references.find((candidate) => candidate.id === personId) ?? null;
  const load = person ? personLoad(document, person.id, today) : null;
  const leanedOn = load !== null && isLeanedOn(load, callThresholdOf(document));
  const rested = leanedOn && person ? restedInstead(document, application, today, person.id) : null;

  return (
    <div className={styles.linkLoad} aria-live="polite">
      {person && load ? (
        <>
          <span className={styles.muted}>{t('bench.link.load', { name: person.name, count: load.callsLast30, open: load.openRequests })}</span>
          {leanedOn ? (
            <span className={styles.kind}>
              {rested
                ? t('checks.fit.leanedOnRested', { name: person.name, count: load.callsLast30, rested })
                : t('checks.fit.leanedOn', { name: person.name, count: load.callsLast30 })}
            </span>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
