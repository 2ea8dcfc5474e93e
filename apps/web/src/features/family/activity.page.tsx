import { PICTOGRAMS, isPictogramId, todayIso, type Activity, type Language } from '@birge/domain';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { Pictogram } from '../plans/pictogram.component.js';
import { useEasyRead } from './easy-read.js';
import { frequencyWords } from './family-words.js';
import { PracticeControls } from './practice-controls.component.js';
import { todayPlan } from './today.js';
import { useFamily, workerName } from './use-family.js';
import './family-pages.css';

/**
 * An activity of the family's home programme (decision 0024): why, what is needed, the steps
 * one by one in large text, what to take care of, the signs to stop and call the worker, and
 * the day's answer. In easy reading it is a walk-through: one step on each screen.
 */
export function FamilyActivityPage() {
  const { assignmentId = '' } = useParams();
  const { t, language } = useI18n();
  const state = useFamily();
  const easy = useEasyRead();
  const today = todayIso();

  if (state.status === 'pending') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.retry} />;
  const data = state.status === 'ready' ? state.data : null;
  const plan = data?.plans.find((p) => p.assignments.some((a) => a.id === assignmentId));
  const assignment = plan?.assignments.find((a) => a.id === assignmentId);
  const card = assignment ? data?.card(assignment.activityId) : undefined;
  if (!data || !plan || !assignment || !card) {
    const title = t('family.activity.notFound');
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <BackToToday />
      </>
    );
  }
  const day = todayPlan([plan], data.logs, today);
  const item = [...day.items, ...day.enoughThisWeek].find((i) => i.assignment.id === assignmentId);
  const title = card.title[language];
  const worker = workerName(data, plan);
  const texts = cardTexts(card, language);
  const picture = isPictogramId(card.pictogram) ? PICTOGRAMS[card.pictogram].title[language] : '';

  const head = (
    <>
      <BackToToday />
      {/* Easy reading puts the picture first. */}
      {easy ? <Pictogram id={card.pictogram} label={picture} size={180} /> : null}
      <PageHeading title={title}>{title}</PageHeading>
      {easy ? null : <Pictogram id={card.pictogram} label={picture} size={120} />}
      <p className="activity-who">
        {t('family.who', { name: data.memberName(assignment.personId) })} ·{' '}
        {frequencyWords(assignment.frequency, t)}
      </p>
    </>
  );
  const stop = <StopBox stopSigns={texts.stopSigns} safety={texts.safety} worker={worker} />;
  const log = item ? (
    <section aria-labelledby="log-heading" className="section activity-log">
      <h2 id="log-heading">{t('family.today.title')}</h2>
      <span id="log-activity" className="visually-hidden">
        {title}
      </span>
      <PracticeControls item={item} today={today} titleId="log-activity" />
    </section>
  ) : null;

  if (easy)
    return (
      <>
        {head}
        <WalkThrough materials={texts.materials} steps={texts.steps} stop={stop} log={log} />
      </>
    );

  return (
    <>
      {head}
      {assignment.note ? (
        <p className="today-card-note">
          <strong>{t('family.today.note')}:</strong> {assignment.note}
        </p>
      ) : null}
      <section aria-labelledby="purpose-heading" className="section">
        <h2 id="purpose-heading">{t('family.activity.purpose')}</h2>
        <p>{texts.purpose}</p>
      </section>
      <Materials materials={texts.materials} />
      <section aria-labelledby="steps-heading" className="section">
        <h2 id="steps-heading">{t('family.activity.steps')}</h2>
        <ol className="activity-steps">
          {texts.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      {stop}
      {log}
    </>
  );
}

function cardTexts(card: Activity, language: Language) {
  const pick = (list: readonly Record<Language, string>[]) => list.map((x) => x[language]);
  return {
    purpose: card.purpose[language],
    materials: pick(card.materials),
    steps: pick(card.steps),
    safety: pick(card.safety),
    stopSigns: pick(card.stopSigns),
  };
}

function BackToToday() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to="/family">
        <span aria-hidden="true">‹ </span>
        {t('family.activity.back')}
      </Link>
    </p>
  );
}

function Materials({ materials }: { materials: string[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="materials-heading" className="section">
      <h2 id="materials-heading">{t('family.activity.materials')}</h2>
      {materials.length === 0 ? (
        <p>{t('family.activity.noMaterials')}</p>
      ) : (
        <ul className="activity-materials">
          {materials.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What to take care of, and when to stop and call — the worker by name, 103 or 112 at worst. */
function StopBox({
  stopSigns,
  safety,
  worker,
}: {
  stopSigns: string[];
  safety: string[];
  worker: string | null;
}) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby="safety-heading" className="section">
        <h2 id="safety-heading">{t('family.activity.safety')}</h2>
        <ul className="activity-safety">
          {safety.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="stop-heading" className="section stop-box">
        <h2 id="stop-heading">
          <span className="stop-mark" aria-hidden="true">
            !
          </span>
          {t('family.activity.stop')}
        </h2>
        <ul>
          {stopSigns.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        {worker ? <p>{t('family.activity.worker', { name: worker })}</p> : null}
        <p>{t('family.activity.emergency')}</p>
      </section>
    </>
  );
}

/**
 * Easy reading: what is needed, then each step on a screen of its own ("Step 2 of 5"), then
 * when to stop, then the day's answer. The new screen's heading takes focus.
 */
function WalkThrough({
  materials,
  steps,
  stop,
  log,
}: {
  materials: string[];
  steps: string[];
  stop: ReactNode;
  log: ReactNode;
}) {
  const { t } = useI18n();
  const [screen, setScreen] = useState(0);
  const region = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const screens: ReactNode[] = [
    <Materials key="materials" materials={materials} />,
    ...steps.map((step, i) => (
      <section key={step} aria-labelledby="step-heading" className="section">
        <h2 id="step-heading">{t('family.activity.stepOf', { n: i + 1, count: steps.length })}</h2>
        <p className="activity-step-one">{step}</p>
      </section>
    )),
    <div key="stop">{stop}</div>,
    ...(log ? [<div key="log">{log}</div>] : []),
  ];
  const at = Math.min(screen, screens.length - 1);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    region.current?.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    region.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [at]);

  const go = (next: number) => {
    moved.current = true;
    setScreen(next);
  };
  return (
    <div className="one-at-a-time">
      <div ref={region}>{screens[at]}</div>
      <div className="family-pager">
        {at < screens.length - 1 ? (
          <Button className="button primary" onPress={() => go(at + 1)}>
            {t('family.nav.next')}
            <span aria-hidden="true"> ›</span>
          </Button>
        ) : null}
        {at > 0 ? (
          <Button className="button secondary" onPress={() => go(at - 1)}>
            <span aria-hidden="true">‹ </span>
            {t('family.nav.previous')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
