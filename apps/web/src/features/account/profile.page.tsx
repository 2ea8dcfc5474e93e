import { normalizeKazakhstanPhone, type Me } from '@birge/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button.component.js';
import { focusField } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { problemMessage } from '../../components/query-state.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { createApiClient } from '../../data/api-client.js';
import { queryKeys } from '../../data/query-keys.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { meAnswer } from '../../data/session-schemas.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** Roles whose work phone is printed on a family's plan: those who hold households. */
export function hasWorkPhone(me: Pick<Me, 'role'>): boolean {
  return me.role === 'worker' || me.role === 'supervisor';
}

/** `PATCH /auth/me {phone}`: the session's user comes back, with the phone as stored. */
function useSavePhone() {
  const { language } = useI18n();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (phone: string | null) =>
      createApiClient({ language: () => language })('/auth/me', {
        method: 'PATCH',
        body: { phone },
        parse: (b) => meAnswer.parse(b),
      }),
    onSuccess: (me) => client.setQueryData(queryKeys.session, me),
  });
}

function WorkPhone({ me }: { me: Me }) {
  const { t } = useI18n();
  const save = useSavePhone();
  const [phone, setPhone] = useState(me.phone ?? '');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const send = (value: string | null) => {
    setDone(null);
    setFailure(null);
    save.mutate(value, {
      onSuccess: (saved) => {
        setError(undefined);
        setPhone(saved.phone ?? '');
        setDone(
          saved.phone ? t('profile.phoneSaved', { phone: saved.phone }) : t('profile.phoneRemoved'),
        );
        // "Remove" is gone with the phone: the keyboard goes back to the field.
        if (!saved.phone) focusField('profile-phone');
      },
      onError: (problem) => {
        const field = isRepositoryError(problem)
          ? problem.fieldErrors.find((f) => f.path === 'phone')
          : undefined;
        if (field) {
          setError(field.message);
          focusField('profile-phone');
        } else
          setFailure(
            isRepositoryError(problem) && problem.is('network')
              ? t('profile.online')
              : problemMessage(problem, t),
          );
      },
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    if (phone.trim() === '') return send(null);
    const normalized = normalizeKazakhstanPhone(phone);
    if (!normalized) {
      setDone(null);
      setError(t('validation.invalid_kz_phone'));
      focusField('profile-phone');
      return;
    }
    send(normalized);
  };

  return (
    <section aria-labelledby="profile-phone-title" className="section">
      <h2 id="profile-phone-title">{t('profile.phone')}</h2>
      <p>{me.phone ? t('profile.phoneCurrent', { phone: me.phone }) : t('profile.phoneNone')}</p>
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="profile-phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          size="medium"
          maxLength={30}
          label={t('profile.phone')}
          description={t('profile.phoneHint')}
          value={phone}
          onChange={setPhone}
          error={error}
        />
        <div className="form-actions">
          <BusyButton type="submit" busy={save.isPending} busyLabel={t('status.saving')}>
            {t('profile.phoneSave')}
          </BusyButton>
          {me.phone ? (
            <Button
              className="button secondary"
              onPress={() => {
                if (!save.isPending) send(null);
              }}
            >
              {t('profile.phoneRemove')}
            </Button>
          ) : null}
        </div>
      </Form>
      <div role="status">{done ? <p className="notice notice-success">{done}</p> : null}</div>
      <div role="alert">{failure ? <p className="notice notice-error">{failure}</p> : null}</div>
    </section>
  );
}

/** `/profile`: who the user is and, for those who hold households, their work phone. */
export function ProfilePage() {
  const { t } = useI18n();
  const me = useMe();
  const title = t('profile.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <dl className="facts">
        <dt>{t('profile.username')}</dt>
        <dd>{me.username}</dd>
        <dt>{t('profile.role')}</dt>
        <dd>{t(`role.${me.role}`)}</dd>
        <dt>{t('profile.places')}</dt>
        <dd>
          {me.scopes.length ? me.scopes.map((s) => s.name).join(', ') : t('profile.noPlaces')}
        </dd>
      </dl>
      {hasWorkPhone(me) ? <WorkPhone me={me} /> : null}
    </>
  );
}
