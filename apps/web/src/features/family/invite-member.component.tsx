import { todayIso, type Household, type Invitation } from '@birge/domain';
import { useId, useRef, useState, type FormEvent, type Ref } from 'react';
import { Form } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button.component.js';
import { RadioGroupInput } from '../../components/choice-fields.component.js';
import { problemMessage } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useRepository } from '../../data/repository-context.js';
import { useI18n } from '../../i18n/i18n-context.js';
import './family-pages.css';

/**
 * The worker's "invite a family member" (decision 0024): choose who will use the family app,
 * get a one-time code from the server, and show it large with the day it expires and what the
 * family member does with it. Only the server makes codes, so this needs the internet.
 */
export function InviteMember({ household }: { household: Household }) {
  const { t } = useI18n();
  const repository = useRepository();
  const headingId = useId();
  const [personId, setPersonId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // Plain state rather than a query mutation: nothing else reads or refreshes an invitation.
  const [busy, setBusy] = useState(false);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const name = (id: string) => {
    const m = household.members.find((p) => p.id === id);
    return m ? [m.givenName, m.familyName].filter(Boolean).join(' ') : '';
  };
  // Adults first: they are usually the ones who practise with the person.
  const options = [...household.members]
    .sort((a, b) => Number(a.age < 18) - Number(b.age < 18))
    .map((m) => ({ value: m.id, label: name(m.id) }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!personId) {
      setError(t('family.invite.chooseMember'));
      return;
    }
    setError(null);
    setBusy(true);
    repository
      .inviteMember(household.id, personId)
      .then((made) => {
        setInvitation(made);
        requestAnimationFrame(() => resultRef.current?.focus());
      })
      .catch((cause: unknown) =>
        setError(
          isRepositoryError(cause) && cause.code === 'network'
            ? t('family.invite.needsOnline')
            : problemMessage(cause, t),
        ),
      )
      .finally(() => setBusy(false));
  };

  if (household.members.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="section invite-member">
      <h2 id={headingId}>{t('family.invite.title')}</h2>
      <p>{t('family.invite.intro')}</p>
      {invitation ? (
        <InvitationCode invitation={invitation} name={name(invitation.personId)} ref={resultRef} />
      ) : null}
      <Form className="form card" onSubmit={submit} validationBehavior="aria">
        <RadioGroupInput
          id="invite-person"
          label={t('family.invite.who')}
          options={options}
          value={personId}
          onChange={setPersonId}
          error={error ?? undefined}
          isRequired
        />
        <div className="form-actions">
          <BusyButton type="submit" busy={busy} busyLabel={t('family.invite.busy')}>
            {t('family.invite.submit')}
          </BusyButton>
        </div>
      </Form>
      <span className="visually-hidden" role="status">
        {invitation ? t('family.invite.codeFor', { name: name(invitation.personId) }) : ''}
      </span>
    </section>
  );
}

/** The code, large, with the day it stops working (in Kazakhstan's calendar) and what to do. */
function InvitationCode({
  invitation,
  name,
  ref,
}: {
  invitation: Invitation;
  name: string;
  ref: Ref<HTMLDivElement>;
}) {
  const { t, formatDate } = useI18n();
  const expires = todayIso(new Date(invitation.expiresAt));
  return (
    <div ref={ref} tabIndex={-1} className="invite-code-box">
      <p className="invite-code-for">{t('family.invite.codeFor', { name })}</p>
      {/* Latin letters and digits, whatever the page's language. */}
      <p className="invite-code" lang="en">
        {invitation.code}
      </p>
      <p>{t('family.invite.expires', { date: formatDate(expires) })}</p>
      <p>{t('family.invite.howTo', { address: window.location.host })}</p>
    </div>
  );
}
