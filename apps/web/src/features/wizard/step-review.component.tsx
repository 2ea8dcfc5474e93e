import { todayIso, type MessageKey } from '@birge/domain';
import { Button } from 'react-aria-components';
import { Badge } from '../../components/status-badge.component.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { Fact } from '../households/household-facts.component.js';
import { effectiveGiver } from '../person-form/consent-draft.js';
import type { PersonDraft } from '../person-form/person-draft.js';
import { memberLabel } from './validate-wizard.js';
import type { StepNumber, WizardState } from './wizard-state.js';

/** Typed fields that are not kept without consent, so the review can say so plainly. */
function droppedFields(person: PersonDraft): MessageKey[] {
  const keys: [boolean, MessageKey][] = [
    [person.familyName.trim() !== '', 'person.familyName'],
    [person.patronymic.trim() !== '', 'person.patronymic'],
    [person.iin.trim() !== '', 'person.iin'],
    [person.languages.length > 0, 'person.languages'],
    [person.phone.trim() !== '', 'person.phone'],
    [person.disability.status !== '', 'person.disability'],
    [person.icd10.trim() !== '', 'person.icd10'],
    [person.caregivers.length > 0, 'person.caregivers'],
    [person.notes.trim() !== '', 'person.notes'],
  ];
  return keys.filter(([typed]) => typed).map(([, key]) => key);
}

function EditButton({
  text,
  subject,
  step,
  onEdit,
}: {
  text: string;
  /** Whose details, for screen readers: several cards have the same buttons. */
  subject: string;
  step: StepNumber;
  onEdit: (step: StepNumber) => void;
}) {
  return (
    <Button className="button link" onPress={() => onEdit(step)}>
      {text}
      <span className="visually-hidden"> — {subject}</span>
    </Button>
  );
}

export function StepReview({
  state,
  onEdit,
}: {
  state: WizardState;
  onEdit: (step: StepNumber) => void;
}) {
  const { t, formatDate } = useI18n();
  const today = todayIso();
  const h = state.household;
  return (
    <div className="review-step">
      <section className="card" aria-labelledby="review-household">
        <div className="section-head">
          <h3 id="review-household">{t('wizard.stepHousehold')}</h3>
          <EditButton
            text={t('action.edit')}
            subject={t('wizard.stepHousehold')}
            step={1}
            onEdit={onEdit}
          />
        </div>
        <dl className="facts">
          <Fact term={t('household.place')}>
            {h.place ? [...h.place.path, h.place.name].join(' › ') : null}
          </Fact>
          <Fact term={t('household.address')}>{h.address}</Fact>
          <Fact term={t('household.landmark')}>{h.landmark}</Fact>
          <Fact term={t('household.phone')}>{h.phone}</Fact>
          <Fact term={t('household.poverty')}>
            {h.povertyMarkers.map((m) => t(`enum.poverty.${m}`)).join('; ')}
          </Fact>
        </dl>
      </section>

      {state.members.map((member, index) => {
        const p = member.person;
        const c = member.consent;
        const label = memberLabel(member, index, t);
        const dropped = c.decision === 'skip' ? droppedFields(p) : [];
        const giver = effectiveGiver(c, p.birthDate, today);
        return (
          <section key={member.key} className="card" aria-labelledby={`review-${member.key}`}>
            <div className="section-head">
              <h3 id={`review-${member.key}`}>{fullName(p) || label}</h3>
            </div>
            <dl className="facts">
              <Fact term={t('person.sex')}>{p.sex ? t(`enum.sex.${p.sex}`) : null}</Fact>
              <Fact term={t('person.birthDate')}>
                {formatDate(p.birthDate)}
                {p.birthDateEstimated ? ` (${t('review.approximate')})` : ''}
              </Fact>
              <Fact term={t('person.relationToHead')}>
                {p.relationToHead ? t(`enum.relation.${p.relationToHead}`) : null}
              </Fact>
              {c.decision !== 'skip' ? (
                <>
                  <Fact term={t('person.iin')}>{p.iin}</Fact>
                  <Fact term={t('person.disabilityStatus')}>
                    {p.disability.status ? t(`enum.disabilityStatus.${p.disability.status}`) : null}
                  </Fact>
                </>
              ) : null}
              <Fact term={t('consent.title')}>
                {c.decision === 'skip' ? (
                  <Badge tone="warn">{t('enum.consentStatus.missing')}</Badge>
                ) : (
                  <>
                    <Badge tone="good">{t('review.consentGiven')}</Badge>{' '}
                    {t('review.consentDetails', {
                      giver: t(`enum.consentGiver.${giver}`),
                      until: formatDate(c.expiresOn),
                    })}
                  </>
                )}
              </Fact>
            </dl>
            {dropped.length ? (
              <p className="notice notice-warn">
                {t('review.notKept', { fields: dropped.map((key) => t(key)).join(', ') })}
              </p>
            ) : null}
            <div className="review-actions">
              <EditButton text={t('review.editPerson')} subject={label} step={2} onEdit={onEdit} />
              <EditButton text={t('review.editConsent')} subject={label} step={3} onEdit={onEdit} />
            </div>
          </section>
        );
      })}
    </div>
  );
}
