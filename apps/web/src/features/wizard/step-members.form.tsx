import { todayIso } from '@birge/domain';
import { Button } from 'react-aria-components';
import { focusField } from '../../components/focus.js';
import { Badge } from '../../components/status-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { fullName } from '../../i18n/format.js';
import { PersonFields } from '../person-form/person-fields.form.js';
import { newId } from './use-wizard.js';
import { memberLabel, otherMembers } from './validate-wizard.js';
import { memberPrefix } from './wizard-summary.js';
import type { WizardAction, WizardState } from './wizard-state.js';

export function StepMembers({
  state,
  dispatch,
}: {
  state: WizardState;
  dispatch: (action: WizardAction) => void;
}) {
  const { t } = useI18n();
  const add = () => {
    const key = newId();
    dispatch({ type: 'addMember', key, today: todayIso() });
    window.setTimeout(() => focusField(`${memberPrefix(key)}givenName`), 0);
  };
  return (
    <div className="members-step">
      {state.members.map((member, index) => {
        const saved = Boolean(state.progress.persons[member.key]);
        const name = fullName(member.person);
        const n = index + 1;
        return (
          <fieldset key={member.key} className="member-block card" disabled={saved}>
            <legend className="member-legend">
              {name ? t('wizard.memberNamed', { n, name }) : t('wizard.memberN', { n })}
            </legend>
            {saved ? (
              <p>
                <Badge tone="good">{t('wizard.memberSaved')}</Badge>
              </p>
            ) : null}
            <PersonFields
              draft={member.person}
              onChange={(draft) => dispatch({ type: 'person', key: member.key, draft })}
              errors={state.errors.members[member.key] ?? {}}
              idPrefix={memberPrefix(member.key)}
              caregiverPeople={otherMembers(state.members, member.key, t)}
            />
            {!saved && state.members.length > 1 ? (
              <Button
                className="button link danger"
                onPress={() => dispatch({ type: 'removeMember', key: member.key })}
              >
                {t('wizard.removeMember', { name: memberLabel(member, index, t) })}
              </Button>
            ) : null}
          </fieldset>
        );
      })}
      <Button className="button secondary" onPress={add}>
        <span aria-hidden="true">+ </span>
        {t('household.addMember')}
      </Button>
    </div>
  );
}
