import { type AreaData, skill } from './types.js';

/** Responses to what the baby sees, hears and feels: asked in the first year only (band 0). */
export const infantStimulation: AreaData = {
  id: 'infantStimulation',
  title: { kk: 'Нәрестені ынталандыру', ru: 'Стимуляция младенца', en: 'Infant stimulation' },
  bands: [
    [
      skill(
        'startles-at-sound',
        'Кенет шыққан дыбыстан селк етеді не тына қалады',
        'Вздрагивает или замирает от внезапного звука',
        'Startles or goes still at a sudden sound',
      ),
      skill(
        'calms-when-held',
        'Қолға алып, сөйлескенде тынышталады',
        'Успокаивается, когда его берут на руки и разговаривают с ним',
        'Calms when picked up and spoken to',
      ),
      skill(
        'looks-at-face',
        'Өзіне еңкейген адамның бетіне бірнеше секунд қарайды',
        'Несколько секунд смотрит на склонённое к нему лицо',
        'Looks for a few seconds at a face bent close to them',
      ),
      skill(
        'follows-moving-toy',
        'Жарқын ойыншықты көзімен бір жақтан екінші жаққа қадағалайды',
        'Следит глазами за яркой игрушкой, которую ведут из стороны в сторону',
        'Follows a bright toy with the eyes as it moves from side to side',
      ),
      skill(
        'turns-to-voice',
        'Дауыс шыққан жаққа басын бұрады',
        'Поворачивает голову на голос',
        'Turns the head towards a voice',
      ),
    ],
  ],
};
