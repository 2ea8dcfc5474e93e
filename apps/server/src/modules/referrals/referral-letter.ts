import {
  cbrElementById,
  INTL_LOCALE,
  organizationDisplayName,
  todayIso,
  type Language,
} from '@birge/domain';
import { actorOf, translatorFor, type RequestMeta } from '../../http/context.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { PlacesService } from '../places/places.service.js';
import { renderReferralLetter, type PrintableLetter } from './referral-letter.pdf.js';
import type { ReferralRecord } from './referrals.repo.js';
import type { ReferralsService } from './referrals.service.js';

export type ReferralLetters = ReturnType<typeof createReferralLetters>;

function dateFormat(language: Language) {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (iso: string) => format.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The printable referral letter: read like `GET /referrals/{id}` (the CBR side and the addressed
 * provider; anything else 404), in the language asked for. Each print is audited as an export.
 */
export function createReferralLetters(
  referrals: ReferralsService,
  places: PlacesService,
  audit: AuditLog,
) {
  async function printable(
    row: ReferralRecord,
    language: Language,
    today: string,
  ): Promise<PrintableLetter> {
    const t = translatorFor(language);
    const date = dateFormat(language);
    const labels = await places.labels([row.place_code, row.organization_place_code], language);
    const where = (code: string) => {
      const place = labels.get(code);
      return place ? [...place.path, place.name].join(', ') : code;
    };
    // The name the referral carried to the service (sent under consent to sharing).
    const name = [row.given_name, row.family_name].filter(Boolean).join(' ');
    const elements = row.elements.map((id) => cbrElementById(id)?.name[language] ?? id).join('; ');
    const shared = [
      t('letter.shared.basic'),
      ...row.shared.map((part) => t(`letter.shared.${part}`)),
    ].join(', ');
    const worker = row.sent_by_name
      ? row.sent_by_phone
        ? t('letter.worker_phone', { name: row.sent_by_name, phone: row.sent_by_phone })
        : t('letter.worker', { name: row.sent_by_name })
      : null;
    return {
      language,
      title: t('letter.title'),
      sentOn: t('letter.sent_on', { date: date(row.sent_on) }),
      from: {
        heading: t('letter.from'),
        lines: [
          t('letter.programme', { place: where(row.place_code) }),
          ...(worker ? [worker] : []),
        ],
      },
      to: {
        heading: t('letter.to'),
        lines: [
          organizationDisplayName(
            { name: row.organization_name, names: row.organization_names },
            language,
          ),
          row.organization_address,
          where(row.organization_place_code),
          ...(row.organization_phone ? [row.organization_phone] : []),
        ],
      },
      person: {
        heading: t('letter.person'),
        line: t('letter.person_line', { name, date: date(row.birth_date) }),
      },
      reason: { heading: t('letter.reason'), text: row.reason },
      details: [
        t('letter.elements', { list: elements }),
        t('letter.urgency', { urgency: t(`letter.urgency.${row.urgency}`) }),
        t('letter.shared', { list: shared }),
        ...(row.note ? [t('letter.note', { note: row.note })] : []),
      ],
      reply: {
        heading: t('letter.reply'),
        fields: [
          t('letter.reply.accepted'),
          t('letter.reply.appointment'),
          t('letter.reply.outcome'),
          t('letter.reply.signature'),
        ],
      },
      online: t('letter.online'),
      printed: t('letter.printed', { date: date(today) }),
    };
  }

  return {
    async pdf(meta: RequestMeta, id: string, language: Language): Promise<Buffer> {
      const row = await referrals.readable(actorOf(meta), id);
      const pdf = await renderReferralLetter(await printable(row, language, todayIso()));
      await audit.append(meta, { action: 'export', entity: 'referral', entityId: id });
      return pdf;
    },
  };
}
