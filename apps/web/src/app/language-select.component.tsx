import { LANGUAGES, type Language } from '@birge/domain';
import { useRef, useState } from 'react';
import { SelectInput } from '../components/choice-fields.component.js';
import { useSaveLanguage, useSession } from '../data/use-session.js';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * The language picker proper (React Aria's Select, with its list box and popover): a chunk of its
 * own, loaded when the user first reaches for the header's language button.
 */
export function LanguageSelect({ openAtOnce }: { openAtOnce: boolean }) {
  // Open at once when the press that loaded this chunk asked for it.
  const [isOpen, setOpen] = useState(openAtOnce);
  const box = useRef<HTMLDivElement>(null);
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
    <div ref={box}>
      <SelectInput
        id="language-switch"
        label={t('language.label')}
        options={options}
        value={language}
        onChange={choose}
        allowEmpty={false}
        isOpen={isOpen}
        onOpenChange={(open) => {
          setOpen(open);
          // The button that opened the list the first time was the stand-in, now gone: focus
          // returns to this one.
          if (!open) requestAnimationFrame(() => box.current?.querySelector('button')?.focus());
        }}
      />
    </div>
  );
}
