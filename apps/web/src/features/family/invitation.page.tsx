import type { Me } from '@birge/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Form, Input, TextField } from 'react-aria-components';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { BusyButton } from '../../components/busy-button.component.js';
import { ErrorSummary } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { problemMessage } from '../../components/query-state.component.js';
import { FieldHeader } from '../../components/text-field.component.js';
import { queryKeys } from '../../data/query-keys.js';
import { useRepository } from '../../data/repository-context.js';
import { useSession } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { canonicalCode, codeProblem, codeToSend } from './invitation-code.js';
import './family-pages.css';

const FIELD_ID = 'invitation-code';

/** Signs in with a code; the phone's store is made and wrapped with the account's secret. */
function useRedeemInvitation() {
  const repository = useRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => repository.redeemInvitation(code),
    onSuccess: (me: Me) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.session[0] });
      client.setQueryData(queryKeys.session, me);
    },
  });
}

/**
 * `/invitation` (decision 0024): a family member types the code the worker gave them — large,
 * in any case, with spaces, on a Kazakh or Russian keyboard — and then sets a PIN (the device
 * gate asks for it). `?code=` fills the field, for a code sent as a link.
 */
export function InvitationPage() {
  const { t } = useI18n();
  const session = useSession();
  const redeem = useRedeemInvitation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [code, setCode] = useState(() => params.get('code') ?? '');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  if (session.data && !redeem.isPending) return <Navigate to="/" replace />;

  const fail = (message: string) => {
    setError(message);
    setAttempt((n) => n + 1);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (redeem.isPending) return;
    const problem = codeProblem(code);
    if (problem === 'empty') return fail(t('family.invitation.empty'));
    if (problem === 'characters') return fail(t('family.invitation.characters'));
    if (problem === 'length')
      return fail(t('family.invitation.length', { count: canonicalCode(code).length }));
    setError(null);
    redeem.mutate(codeToSend(code), {
      onSuccess: () => void navigate('/', { replace: true }),
      onError: (cause) => fail(problemMessage(cause, t)),
    });
  };

  const title = t('family.invitation.title');
  return (
    <div className="narrow invitation">
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('family.invitation.intro')}</p>
      <ErrorSummary
        items={error ? [{ fieldId: FIELD_ID, message: error }] : []}
        attempt={attempt}
      />
      <Form className="form card" onSubmit={submit} validationBehavior="aria">
        <TextField
          id={FIELD_ID}
          className="field field-full"
          value={code}
          onChange={setCode}
          isInvalid={Boolean(error)}
          isRequired
          validationBehavior="aria"
          autoComplete="one-time-code"
        >
          <FieldHeader
            label={t('family.invitation.code')}
            isRequired
            description={t('family.invitation.hint')}
            error={error ?? undefined}
          />
          <Input
            className="input invitation-input"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={40}
          />
        </TextField>
        <p className="hint-text">{t('family.invitation.next')}</p>
        <div className="form-actions">
          <BusyButton
            type="submit"
            busy={redeem.isPending}
            busyLabel={t('family.invitation.checking')}
          >
            {t('family.invitation.submit')}
          </BusyButton>
        </div>
      </Form>
      <p className="invitation-other">
        <Link to="/sign-in">{t('family.invitation.password')}</Link>
      </p>
    </div>
  );
}
