import { instrumentById, type Person, type Translate } from '@birge/domain';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { local } from '../assessments/answer-text.js';
import type { MemberPlan } from './screening-plan.js';

/** Why a member gets no screener, in words. */
export const REASON = {
  'under-two': 'screening.reason.underTwo',
  'no-consent': 'screening.reason.noConsent',
  unavailable: 'screening.reason.unavailable',
} as const;

export function ageText(ageMonths: number, t: Translate): string {
  return ageMonths < 24
    ? t('screening.ageMonths', { count: ageMonths })
    : t('common.years', { count: Math.floor(ageMonths / 12) });
}

/** Who gets which screener by age, who gets none and why; then one button screens them all. */
export function ScreeningPlanView({
  plan,
  persons,
  onStart,
}: {
  plan: readonly MemberPlan[];
  persons: ReadonlyMap<string, Person>;
  onStart: () => void;
}) {
  const { t, language } = useI18n();
  const count = plan.filter((p) => p.kind === 'screen').length;
  return (
    <>
      <p className="lead">{t('screening.intro')}</p>
      <ul className="card-list screening-plan">
        {plan.map((member) => {
          const person = persons.get(member.personId);
          if (!person) return null;
          const name = fullName(person);
          const instrument =
            member.kind === 'screen' ? instrumentById(member.instrument) : undefined;
          const suggestion =
            member.kind === 'skip' && member.suggestion
              ? instrumentById(member.suggestion)
              : undefined;
          return (
            <li key={member.personId} className="card">
              <h2 className="card-title">
                <Link to={`/persons/${person.id}`}>{name}</Link>
              </h2>
              <p className="muted">{ageText(member.ageMonths, t)}</p>
              {instrument ? (
                <p>{t('screening.gets', { instrument: local(instrument.title, language) })}</p>
              ) : member.kind === 'skip' ? (
                <>
                  <p>{t(REASON[member.reason])}</p>
                  {suggestion ? (
                    <p>
                      <Link
                        to={`/persons/${person.id}/assessments/new?instrument=${suggestion.id}`}
                      >
                        {t('screening.suggest', { instrument: local(suggestion.title, language) })}
                      </Link>
                    </p>
                  ) : null}
                  {member.reason === 'no-consent' ? (
                    <p>
                      <Link to={`/persons/${person.id}/consents/new`}>{t('consent.add')}</Link>
                    </p>
                  ) : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {count > 0 ? (
        <div className="form-actions">
          <Button className="button primary" onPress={onStart}>
            {t('screening.start', { count })}
          </Button>
        </div>
      ) : (
        <p className="notice notice-info">{t('screening.nobody')}</p>
      )}
    </>
  );
}
