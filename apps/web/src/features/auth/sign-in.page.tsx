import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { problemMessage } from '../../components/query-state.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useInstance, useSession, useSignIn } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { BusyButton } from '../../components/busy-button.component.js';

interface SignInState {
  from?: string;
  signedOut?: boolean;
}

function readState(state: unknown): SignInState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, signedOut } = state as Record<string, unknown>;
  return {
    ...(typeof from === 'string' && from.startsWith('/') ? { from } : {}),
    signedOut: signedOut === true,
  };
}

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const signIn = useSignIn();
  const instance = useInstance();
  const navigate = useNavigate();
  const location = useLocation();
  const { from, signedOut } = readState(location.state);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});
  const [attempt, setAttempt] = useState(0);

  if (session.data && !signIn.isPending) return <Navigate to={from ?? '/'} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const errors = {
      ...(username.trim() ? {} : { username: t('validation.required') }),
      ...(password ? {} : { password: t('validation.required') }),
    };
    setFieldErrors(errors);
    if (errors.username || errors.password) {
      signIn.reset();
      setAttempt((n) => n + 1);
      return;
    }
    signIn.mutate(
      { username: username.trim(), password },
      {
        onSuccess: () => void navigate(from ?? '/', { replace: true }),
        onError: () => setAttempt((n) => n + 1),
      },
    );
  };

  const summary: SummaryItem[] = [
    ...(fieldErrors.username
      ? [{ fieldId: 'username', message: `${t('auth.username')}: ${fieldErrors.username}` }]
      : []),
    ...(fieldErrors.password
      ? [{ fieldId: 'password', message: `${t('auth.password')}: ${fieldErrors.password}` }]
      : []),
    ...(signIn.error ? [{ fieldId: 'username', message: problemMessage(signIn.error, t) }] : []),
  ];

  return (
    <div className="narrow">
      <PageHeading title={t('auth.title')}>{t('auth.title')}</PageHeading>
      {signedOut ? (
        <p className="notice notice-info" role="status">
          {t('auth.signedOut')}
        </p>
      ) : null}
      <ErrorSummary items={summary} attempt={attempt} />
      <Form className="form card" onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="username"
          label={t('auth.username')}
          value={username}
          onChange={setUsername}
          error={fieldErrors.username}
          autoComplete="username"
          isRequired
        />
        <TextInput
          id="password"
          type="password"
          label={t('auth.password')}
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
          autoComplete="current-password"
          isRequired
        />
        <div className="form-actions">
          <BusyButton type="submit" busy={signIn.isPending} busyLabel={t('status.loading')}>
            {t('auth.submit')}
          </BusyButton>
        </div>
      </Form>
      {/* A family member signs in once with the code their worker gave them (decision 0024). */}
      <p className="sign-in-invitation">
        <Link to="/invitation" className="button secondary">
          {t('auth.invitationLink')}
        </Link>
      </p>
      {instance.data?.mode === 'demo' ? <p className="hint-text">{t('auth.demoHint')}</p> : null}
    </div>
  );
}
