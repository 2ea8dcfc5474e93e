import type { Person } from '@birge/domain';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.js';
import { Fact } from '../households/household-facts.component.js';

export function PersonFacts({ person }: { person: Person }) {
  const { t, formatDate } = useI18n();
  const d = person.disability;
  return (
    <>
      <dl className="facts facts-grid">
        <Fact term={t('person.givenName')}>{person.givenName}</Fact>
        <Fact term={t('person.patronymic')}>{person.patronymic}</Fact>
        <Fact term={t('person.familyName')}>{person.familyName}</Fact>
        <Fact term={t('person.sex')}>{t(`enum.sex.${person.sex}`)}</Fact>
        <Fact term={t('person.birthDate')}>
          {formatDate(person.birthDate)}
          {person.birthDateEstimated ? ` (${t('review.approximate')})` : ''}
        </Fact>
        <Fact term={t('person.age')}>{t('common.years', { count: person.age })}</Fact>
        <Fact term={t('person.relationToHead')}>{t(`enum.relation.${person.relationToHead}`)}</Fact>
        <Fact term={t('person.iin')}>{person.iin}</Fact>
        <Fact term={t('person.languages')}>
          {person.languages.map((l) => t(`enum.language.${l}`)).join(', ')}
        </Fact>
        <Fact term={t('person.phone')}>
          {person.phone ? (
            <a href={`tel:${person.phone.replace(/[^+\d]/g, '')}`}>{person.phone}</a>
          ) : null}
        </Fact>
      </dl>

      <section className="section" aria-labelledby="disability-heading">
        <h2 id="disability-heading">{t('person.disability')}</h2>
        <dl className="facts facts-grid">
          <Fact term={t('person.disabilityStatus')}>
            {d ? t(`enum.disabilityStatus.${d.status}`) : null}
          </Fact>
          {d?.status === 'established' ? (
            <>
              <Fact term={t('person.disabilityCategory')}>
                {d.category ? t(`enum.disabilityCategory.${d.category}`) : null}
              </Fact>
              <Fact term={t('person.disabilityGroup')}>
                {d.group ? t(`enum.disabilityGroup.${d.group}`) : null}
              </Fact>
              <Fact term={t('person.disabilityEstablishedOn')}>{formatDate(d.establishedOn)}</Fact>
              <Fact term={t('person.disabilityReviewOn')}>
                {d.indefinite ? t('person.disabilityIndefinite') : formatDate(d.reviewOn)}
              </Fact>
              <Fact term={t('person.disabilityCause')}>
                {d.cause ? t(`enum.disabilityCause.${d.cause}`) : null}
              </Fact>
            </>
          ) : null}
          <Fact term={t('person.icd10')}>
            {person.icd10.length ? <span lang="en">{person.icd10.join(', ')}</span> : null}
          </Fact>
        </dl>
      </section>

      <section className="section" aria-labelledby="caregivers-heading">
        <h2 id="caregivers-heading">{t('person.caregivers')}</h2>
        {person.caregivers.length ? (
          <ul className="plain-list">
            {person.caregivers.map((c) => (
              <li key={c.personId}>
                <Link to={`/persons/${c.personId}`}>{c.name}</Link> —{' '}
                {t(`enum.caregiver.${c.relation}`)}
                {c.primary ? `; ${t('person.caregiverPrimary')}` : ''}
                {c.legalRepresentative ? `; ${t('person.caregiverLegal')}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('common.notSet')}</p>
        )}
      </section>

      {person.notes ? (
        <section className="section" aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('person.notes')}</h2>
          <p className="prewrap">{person.notes}</p>
        </section>
      ) : null}
    </>
  );
}
