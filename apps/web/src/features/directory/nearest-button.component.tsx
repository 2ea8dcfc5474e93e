import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useI18n } from '../../i18n/i18n-context.js';

type Where = { lat: number; lon: number };

/**
 * "Nearest to me first": asks the browser for the position only when pressed, and says so when
 * it cannot (no permission, no GPS); pressing again goes back to the order by name.
 */
export function NearestButton({
  near,
  onChange,
}: {
  near: Where | null;
  onChange: (near: Where | null) => void;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'locating' | 'failed'>('idle');

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setState('failed');
      return;
    }
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setState('idle');
        onChange({ lat: position.coords.latitude, lon: position.coords.longitude });
      },
      () => setState('failed'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 5 * 60_000 },
    );
  };

  return (
    <div className="nearest">
      {near ? (
        <>
          <p className="nearest-note">{t('directory.near.on')}</p>
          <Button className="button secondary" onPress={() => onChange(null)}>
            {t('directory.near.off')}
          </Button>
        </>
      ) : (
        <Button
          className="button secondary"
          onPress={locate}
          aria-disabled={state === 'locating' || undefined}
        >
          <svg className="access-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 2v4M12 18v4M2 12h4M18 12h4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8" />
          </svg>
          {state === 'locating' ? t('directory.near.locating') : t('directory.near')}
        </Button>
      )}
      <p className="nearest-status" role="status">
        {state === 'failed' ? t('directory.near.denied') : ''}
      </p>
    </div>
  );
}
