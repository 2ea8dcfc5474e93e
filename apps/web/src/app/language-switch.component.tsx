import { useState, type ComponentType } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

type LanguageSelectType = ComponentType<{ openAtOnce: boolean }>;

const loadSelect = async (): Promise<LanguageSelectType> =>
  (await import('./language-select.component.js')).LanguageSelect;

/**
 * Қазақша / Русский / English. Before sign-in the choice is kept on the device; after sign-in it
 * is also saved to the user, so it follows them to another phone.
 *
 * The first screen shows a button that looks like the picker; React Aria's Select, list box and
 * popover (a large part of the first screen's JavaScript otherwise) load when it is pressed, or
 * start loading when it is hovered or focused.
 */
export function LanguageSwitch() {
  const { t, language } = useI18n();
  const [Select, setSelect] = useState<LanguageSelectType | null>(null);
  const [openAtOnce, setOpenAtOnce] = useState(false);

  const open = () => {
    setOpenAtOnce(true);
    loadSelect().then(
      (component) => setSelect(() => component),
      (error: unknown) => console.error('Could not load the language picker', error),
    );
  };

  return (
    <div className="language-switch">
      {Select ? (
        <Select openAtOnce={openAtOnce} />
      ) : (
        <div className="field select">
          <span className="field-label-row">
            <span className="field-label" id="language-switch-label">
              {t('language.label')}
            </span>
          </span>
          <button
            type="button"
            className="input select-button"
            aria-haspopup="listbox"
            aria-expanded="false"
            aria-labelledby="language-switch-label language-switch-value"
            onClick={open}
            onPointerEnter={() => void loadSelect()}
            onFocus={() => void loadSelect()}
          >
            <span className="select-value" id="language-switch-value">
              {t(`language.${language}`)}
            </span>
            <span className="select-chevron" aria-hidden="true">
              ▾
            </span>
          </button>
        </div>
      )}
    </div>
  );
}
