import type { Rng } from './rng.js';

/**
 * Name and address material for a Kazakhstani district: Kazakh and Russian given names, family
 * names with their gendered forms, patronymics, and street names as signs write them in both
 * languages. People generated from it are invented.
 */

export type Sex = 'male' | 'female';
export type Ethnicity = 'kazakh' | 'russian';

const KAZAKH_MALE = [
  'Ерлан',
  'Нұрлан',
  'Асқар',
  'Бауыржан',
  'Серік',
  'Дәурен',
  'Ержан',
  'Қайрат',
  'Мұрат',
  'Азамат',
  'Арман',
  'Нұрсұлтан',
  'Әлихан',
  'Ерасыл',
  'Данияр',
  'Айдос',
  'Бекзат',
  'Ерболат',
  'Жандос',
  'Талғат',
  'Руслан',
  'Тимур',
  'Санжар',
  'Мақсат',
  'Олжас',
  'Ербол',
  'Бақытжан',
  'Қанат',
  'Марат',
  'Жанат',
  'Дәулет',
  'Әділет',
  'Ильяс',
  'Омар',
  'Алинұр',
  'Нұрасыл',
  'Арсен',
  'Еламан',
  'Темірлан',
  'Медет',
  'Ақжол',
  'Жасұлан',
  'Абылай',
  'Сұлтан',
  'Мейрам',
  'Берік',
] as const;

const KAZAKH_FEMALE = [
  'Айгүл',
  'Гүлнар',
  'Ботагөз',
  'Әсел',
  'Жанар',
  'Дина',
  'Мадина',
  'Айжан',
  'Гүлмира',
  'Сәуле',
  'Салтанат',
  'Назерке',
  'Аружан',
  'Аяулым',
  'Жансая',
  'Әйгерім',
  'Динара',
  'Меруерт',
  'Ақмарал',
  'Балжан',
  'Гаухар',
  'Ләззат',
  'Зере',
  'Томирис',
  'Інжу',
  'Айару',
  'Камила',
  'Сабина',
  'Алина',
  'Раушан',
  'Күләш',
  'Бибігүл',
  'Роза',
  'Майра',
  'Нұргүл',
  'Шынар',
  'Ақбота',
  'Жібек',
  'Еркежан',
] as const;

/** Masculine forms; the feminine adds -а (Ахметов → Ахметова). */
const KAZAKH_FAMILY = [
  'Ахметов',
  'Сейітқалиев',
  'Нұрмағанбетов',
  'Жұмабаев',
  'Тоқтаров',
  'Оспанов',
  'Байжанов',
  'Есенов',
  'Сәрсенбаев',
  'Қасымов',
  'Исаев',
  'Әбдірахманов',
  'Мұқанов',
  'Серікбаев',
  'Төлеуов',
  'Омаров',
  'Бекмұхамедов',
  'Жақсылықов',
  'Сұлтанов',
  'Қалиев',
  'Рахимов',
  'Дүйсенов',
  'Әміров',
  'Тұрсынов',
  'Ибраев',
  'Кенжебаев',
  'Смағұлов',
  'Бейсенов',
  'Нұрпейісов',
  'Ермеков',
  'Абенов',
  'Құдайбергенов',
  'Шәкенов',
  'Мамыров',
  'Қожахметов',
  'Әлиев',
  'Жолдасбеков',
  'Сатыбалдиев',
  'Оразов',
  'Мусин',
  'Әбілқасымов',
  'Бөкейханов',
  'Досжанов',
  'Ғабдуллин',
  'Үсенов',
  'Ізбасаров',
] as const;

/** [name, patronymic of a son, patronymic of a daughter] */
const RUSSIAN_MALE: readonly (readonly [string, string, string])[] = [
  ['Александр', 'Александрович', 'Александровна'],
  ['Сергей', 'Сергеевич', 'Сергеевна'],
  ['Андрей', 'Андреевич', 'Андреевна'],
  ['Дмитрий', 'Дмитриевич', 'Дмитриевна'],
  ['Алексей', 'Алексеевич', 'Алексеевна'],
  ['Николай', 'Николаевич', 'Николаевна'],
  ['Владимир', 'Владимирович', 'Владимировна'],
  ['Иван', 'Иванович', 'Ивановна'],
  ['Михаил', 'Михайлович', 'Михайловна'],
  ['Евгений', 'Евгеньевич', 'Евгеньевна'],
  ['Олег', 'Олегович', 'Олеговна'],
  ['Виктор', 'Викторович', 'Викторовна'],
  ['Павел', 'Павлович', 'Павловна'],
  ['Игорь', 'Игоревич', 'Игоревна'],
  ['Юрий', 'Юрьевич', 'Юрьевна'],
  ['Константин', 'Константинович', 'Константиновна'],
  ['Максим', 'Максимович', 'Максимовна'],
  ['Артём', 'Артёмович', 'Артёмовна'],
  ['Денис', 'Денисович', 'Денисовна'],
  ['Роман', 'Романович', 'Романовна'],
  ['Кирилл', 'Кириллович', 'Кирилловна'],
  ['Егор', 'Егорович', 'Егоровна'],
  ['Геннадий', 'Геннадьевич', 'Геннадьевна'],
];

const RUSSIAN_FEMALE = [
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Анна',
  'Марина',
  'Екатерина',
  'Юлия',
  'Людмила',
  'Галина',
  'Валентина',
  'Оксана',
  'Анастасия',
  'Дарья',
  'Мария',
  'Виктория',
  'Ксения',
  'Полина',
  'Алёна',
  'Софья',
  'Надежда',
  'Любовь',
] as const;

/** Masculine forms; names ending in -ко or -чук do not change. */
const RUSSIAN_FAMILY = [
  'Иванов',
  'Петров',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Ковальчук',
  'Шевченко',
  'Бондаренко',
  'Ткаченко',
  'Белов',
  'Гусев',
  'Титов',
  'Киселёв',
  'Жуков',
  'Романов',
  'Пименов',
  'Щербаков',
  'Голованов',
] as const;

/** [Kazakh street name, Russian street name (genitive as signs write it)] */
export const STREETS: readonly (readonly [string, string])[] = [
  ['Абай', 'Абая'],
  ['Төле би', 'Толе би'],
  ['Жамбыл', 'Жамбыла'],
  ['Әлихан Бөкейхан', 'Алихана Букейхана'],
  ['Райымбек', 'Райымбека'],
  ['Тәуелсіздік', 'Независимости'],
  ['Достық', 'Достык'],
  ['Бейбітшілік', 'Мира'],
  ['Жастар', 'Молодёжная'],
  ['Мектеп', 'Школьная'],
  ['Орталық', 'Центральная'],
  ['Гагарин', 'Гагарина'],
  ['Пушкин', 'Пушкина'],
  ['Амангелді', 'Амангельды'],
  ['Қонаев', 'Кунаева'],
  ['Желтоқсан', 'Желтоксан'],
  ['Әл-Фараби', 'аль-Фараби'],
  ['Сәкен Сейфуллин', 'Сейфуллина'],
  ['Бауыржан Момышұлы', 'Момышулы'],
  ['Ыбырай Алтынсарин', 'Алтынсарина'],
  ['Мұхтар Әуезов', 'Ауэзова'],
  ['Шоқан Уәлиханов', 'Валиханова'],
  ['Наурызбай батыр', 'Наурызбай батыра'],
  ['Талғар', 'Талгарская'],
  ['Алатау', 'Алатауская'],
  ['Бірлік', 'Бирлик'],
  ['Көктем', 'Коктем'],
  ['Ақбұлақ', 'Акбулак'],
  ['Садовая', 'Садовая'],
  ['Лермонтов', 'Лермонтова'],
];

export const LANDMARKS = [
  'Мектептің жанында',
  'Мешіттің қарсысында',
  'Дүкеннің артында, көк қақпа',
  'Жасыл қақпа, аялдаманың жанында',
  'Фельдшерлік-акушерлік пункттің жанында',
  'Рядом со школой',
  'Напротив магазина, зелёные ворота',
  'За почтой, синий забор',
  'Около остановки',
  'Соңғы үй, өзеннің жағасында',
] as const;

export interface PersonName {
  givenName: string;
  familyName: string;
  patronymic: string | null;
}

const feminine = (family: string) => (/(ко|чук|а)$/.test(family) ? family : `${family}а`);

export function givenName(rng: Rng, ethnicity: Ethnicity, sex: Sex): string {
  if (ethnicity === 'kazakh') return rng.pick(sex === 'male' ? KAZAKH_MALE : KAZAKH_FEMALE);
  return sex === 'male' ? rng.pick(RUSSIAN_MALE)[0] : rng.pick(RUSSIAN_FEMALE);
}

/** A family stem (masculine form) for a household. */
export function familyStem(rng: Rng, ethnicity: Ethnicity): string {
  return rng.pick(ethnicity === 'kazakh' ? KAZAKH_FAMILY : RUSSIAN_FAMILY);
}

export function familyName(stem: string, sex: Sex): string {
  return sex === 'male' ? stem : feminine(stem);
}

/** The patronymic of a child of `father`: Kazakh -ұлы/-қызы or the Russian form. */
export function patronymic(father: string, sex: Sex, kazakhStyle: boolean): string {
  const russian = RUSSIAN_MALE.find(([name]) => name === father);
  if (russian) return sex === 'male' ? russian[1] : russian[2];
  if (kazakhStyle) return `${father}${sex === 'male' ? 'ұлы' : 'қызы'}`;
  const stem = /[аеиоуыэюя]$/.test(father) ? father.slice(0, -1) : father;
  return `${stem}${sex === 'male' ? 'ович' : 'овна'}`;
}

/** A father's name for someone whose father is not in the household. */
export function fatherName(rng: Rng, ethnicity: Ethnicity): string {
  return givenName(rng, ethnicity, 'male');
}

export function phone(rng: Rng): string {
  const operator = rng.pick([
    '700',
    '701',
    '702',
    '705',
    '707',
    '708',
    '747',
    '771',
    '775',
    '777',
    '778',
  ]);
  const n = () => String(rng.int(0, 99)).padStart(2, '0');
  return `+7 ${operator} ${rng.int(200, 999)} ${n()} ${n()}`;
}

/** Search words users type: family-name stems, given names, street names. */
export function searchTerms(rng: Rng, count: number): string[] {
  const pool = [
    ...KAZAKH_FAMILY.map((f) => f.slice(0, 6)),
    ...RUSSIAN_FAMILY.map((f) => f.slice(0, 5)),
    ...KAZAKH_FEMALE,
    ...KAZAKH_MALE,
    ...RUSSIAN_FEMALE,
    ...STREETS.map(([kk]) => kk),
    ...STREETS.map(([, ru]) => ru.toLowerCase()),
  ];
  return rng.sample(pool, count);
}
