import { LANGUAGES, type Language } from '@birge/domain';
import { SelectInput } from '../components/choice-fields.component.js';
import { useSaveLanguage, useSession } from '../data/use-session.js';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * Қазақша / Русский / English. Before sign-in the choice is kept on the device; after sign-in it
 * is also saved to the user, so it follows them to another phone.
 */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  const { data: me } = useSession();
  const save = useSaveLanguage();
  const options = LANGUAGES.map((code) => ({
    value: code,
    label: t(`language.${code}`),
    lang: code,
  }));

  const choose = (next: Language | '') => {
    if (!next || next === language) return;
    setLanguage(next);
    if (me) save.mutate(next);
  };

  return (
    <div className="language-switch">
      <SelectInput
        id="language-switch"
        label={t('language.label')}
        options={options}
        value={language}
        onChange={choose}
        allowEmpty={false}
      />
    </div>
  );
}
