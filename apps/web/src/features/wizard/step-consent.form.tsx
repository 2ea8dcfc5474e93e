import { todayIso } from '@birge/domain';
import { Badge } from '../../components/status-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ConsentFields } from '../person-form/consent-fields.form.js';
import type { FieldErrors } from '../person-form/issues.js';
import { adultMembers, memberLabel } from './validate-wizard.js';
import { memberPrefix } from './wizard-summary.js';
import type { WizardAction, WizardState } from './wizard-state.js';

function consentErrorsOf(errors: FieldErrors | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors ?? {}))
    if (path.startsWith('consent.')) out[path.slice('consent.'.length)] = message;
  return out;
}

export function StepConsent({
  state,
  dispatch,
}: {
  state: WizardState;
  dispatch: (action: WizardAction) => void;
}) {
  const { t } = useI18n();
  const today = todayIso();
  return (
    <div className="consent-step">
      <p className="lead">{t('consent.intro')}</p>
      {state.members.map((member, index) => {
        const saved = Boolean(state.progress.persons[member.key]);
        return (
          <fieldset key={member.key} className="member-block card" disabled={saved}>
            <legend className="member-legend">
              {t('wizard.consentFor', { name: memberLabel(member, index, t) })}
            </legend>
            {saved ? (
              <p>
                <Badge tone="good">{t('wizard.memberSaved')}</Badge>
              </p>
            ) : null}
            <ConsentFields
              draft={member.consent}
              onChange={(draft) => dispatch({ type: 'consent', key: member.key, draft })}
              errors={consentErrorsOf(state.errors.members[member.key])}
              idPrefix={`${memberPrefix(member.key)}consent.`}
              birthDate={member.person.birthDate}
              today={today}
              representatives={adultMembers(state.members, member.key, t, today)}
              allowSkip
            />
          </fieldset>
        );
      })}
    </div>
  );
}
