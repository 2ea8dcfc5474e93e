import type { HomeSectionData } from './types.js';

const noProducts = {
  kk: 'Құралдар жоқ — «қатысы жоқ».',
  ru: 'Средств нет — «не относится».',
  en: 'No products: not applicable.',
};

export const assistiveProducts: HomeSectionData = {
  id: 'assistive-products',
  title: {
    kk: 'Үйдегі көмекші құралдар',
    ru: 'Вспомогательные средства дома',
    en: 'Assistive products in the home',
  },
  checks: [
    {
      id: 'has-needed',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адамда үйдегі күнделікті өмірге қажетті көмекші құралдар бар ма (мысалы, мүгедектер арбасы, ходунок, балдақ, көзілдірік, есту аппараты, арнайы орындық)?',
        ru: 'Есть ли у человека вспомогательные средства, нужные ему в быту (например, кресло-коляска, ходунки, костыли, очки, слуховой аппарат, специальное сиденье)?',
        en: 'Does the person have the assistive products they need for daily life at home (for example a wheelchair, walker, crutches, glasses, hearing aid, special seat)?',
      },
      hint: {
        kk: 'Ештеңе керек болмаса — «қатысы жоқ». Кейбірі ғана болса — «ішінара».',
        ru: 'Ничего не нужно — «не относится». Есть только часть — «частично».',
        en: 'Needs none: not applicable. Has only some: partly.',
      },
      adaptations: ['assistive-products-assessment'],
    },
    {
      id: 'fits',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Құралдар адамға сай ма, оған лайықтап реттелген бе (ходунок не балдақ биіктігі, арбаның өлшемі, жастық)?',
        ru: 'Подходят ли средства человеку и отрегулированы ли под него (высота ходунков или костылей, размер коляски, подушка)?',
        en: 'Do the products fit the person and are they set up for them (height of the walker or crutches, wheelchair size, cushion)?',
      },
      hint: noProducts,
      adaptations: ['adjust-assistive-products'],
    },
    {
      id: 'working',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Құралдар жұмысқа жарамды ма (дөңгелек, тежегіш, резеңке ұштық, батарея)?',
        ru: 'Исправны ли средства (шины, тормоза, резиновые наконечники, батарейки)?',
        en: 'Are the products in working order (tyres, brakes, rubber tips, batteries)?',
      },
      hint: noProducts,
      adaptations: ['repair-assistive-products'],
    },
    {
      id: 'usable-everywhere',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Құралдарды үйдің қажет жерлерінің бәрінде пайдалануға және қол астында сақтауға бола ма?',
        ru: 'Можно ли пользоваться средствами везде в доме, где они нужны, и хранить их под рукой?',
        en: 'Can the products be used everywhere in the home they are needed, and kept close to hand?',
      },
      hint: noProducts,
      adaptations: ['clear-passages', 'widen-doorway'],
    },
    {
      id: 'trained',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам мен отбасы құралдарды пайдалануды және күтуді біле ме (ауысып отыру, жинау, тазалау, зарядтау)?',
        ru: 'Умеют ли человек и семья пользоваться средствами и ухаживать за ними (пересаживание, складывание, чистка, зарядка)?',
        en: 'Do the person and the family know how to use and look after the products (transfers, folding, cleaning, charging)?',
      },
      hint: noProducts,
      adaptations: ['train-family-products'],
    },
  ],
  adaptations: [
    {
      id: 'assistive-products-assessment',
      title: {
        kk: 'Көмекші құралдарды таңдау',
        ru: 'Подбор вспомогательных средств',
        en: 'Assessment for assistive products',
      },
      text: {
        kk: 'Қажетті құралдарды таңдауға жолдама беріңіз. Олар жеке оңалту бағдарламасында болса, отбасына әлеуметтік қызметтер порталы не әлеуметтік қорғау бөлімі арқылы тапсырыс беруге көмектесіңіз; болмаса, бағдарламаны қайта қарауды сұраңыз.',
        ru: 'Направьте на подбор нужных средств. Если они есть в индивидуальной программе реабилитации, помогите семье заказать их через портал социальных услуг или отдел социальной защиты; если нет — попросите пересмотреть программу.',
        en: 'Refer the person for an assessment of the products they need. If the individual rehabilitation programme lists them, help the family order them through the social services portal or the social protection department; if not, ask for the programme to be reviewed.',
      },
      elements: ['health.assistive_devices', 'livelihood.social_protection'],
    },
    {
      id: 'adjust-assistive-products',
      title: {
        kk: 'Құралды адамға лайықтау',
        ru: 'Подгонка средства под человека',
        en: 'Fit the product to the person',
      },
      text: {
        kk: 'Балдақтың, ходуноктың не таяқтың биіктігін шынтақ сәл бүгілетіндей реттеңіз; арбаның енін, аяқ тірегін тексеріп, жастық салыңыз; күмәндансаңыз, оңалту маманынан сұраңыз.',
        ru: 'Отрегулируйте высоту костылей, ходунков или трости так, чтобы локоть был слегка согнут; проверьте ширину коляски и подножки, добавьте подушку; если сомневаетесь, спросите специалиста по реабилитации.',
        en: 'Set crutches, walker or cane to a height where the elbow is slightly bent; check the wheelchair width and footrests and add a cushion; if unsure, ask a rehabilitation specialist.',
      },
      elements: ['health.rehabilitation', 'health.assistive_devices'],
    },
    {
      id: 'repair-assistive-products',
      title: { kk: 'Құралды жөндеу', ru: 'Ремонт средства', en: 'Repair the product' },
      text: {
        kk: 'Тозған резеңке ұштықты ауыстырыңыз, дөңгелекті үрлеңіз не жамаңыз, тежегішті тартыңыз, батареяны ауыстырыңыз; арбаның көп ақауын жергілікті велосипед шебері жөндей алады. Кепілдігі бар құралды жеткізушіге қайтарыңыз.',
        ru: 'Замените стёртые резиновые наконечники, подкачайте или заклейте шины, подтяните тормоза, смените батарейки; многие поломки коляски исправит местный велосипедный мастер. Средство на гарантии верните поставщику.',
        en: 'Replace worn rubber tips, pump up or mend tyres, tighten brakes and change batteries; a local bicycle mechanic can fix many wheelchair faults. Return a product under warranty to the supplier.',
      },
      elements: ['health.assistive_devices', 'empowerment.community_mobilization'],
    },
    {
      id: 'train-family-products',
      title: { kk: 'Отбасын үйрету', ru: 'Обучение семьи', en: 'Teach the family' },
      text: {
        kk: 'Адам мен отбасына көрсетіп, содан кейін өздері қалай жасайтынын бақылаңыз: қауіпсіз ауысып отыру, жинау және тасу, есту аппаратын тазалау, зарядтау; жаттығуды үй бағдарламасына қосыңыз.',
        ru: 'Покажите человеку и семье, затем посмотрите, как они делают сами: безопасное пересаживание, складывание и перенос, чистка слухового аппарата, зарядка; добавьте это в домашнюю программу.',
        en: 'Show the person and the family, then watch them do it: safe transfers, folding and carrying, cleaning a hearing aid, charging; add the practice to the home programme.',
      },
      elements: ['health.rehabilitation', 'social.personal_assistance'],
    },
  ],
};
