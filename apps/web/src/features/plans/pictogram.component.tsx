import { isPictogramId, PICTOGRAM_STYLE, PICTOGRAMS } from '@birge/domain';

/**
 * An activity card's pictogram (the domain's path data, decision 0021), drawn inline in the text
 * colour, so it follows high-contrast and dark settings. Beside the card's title it is decorative;
 * alone it is an image named by `label`.
 */
export function Pictogram({ id, label, size = 56 }: { id: string; label?: string; size?: number }) {
  if (!isPictogramId(id)) return null;
  const { viewBox, paths } = PICTOGRAMS[id];
  const s = PICTOGRAM_STYLE;
  return (
    <svg
      className="pictogram"
      width={size}
      height={size}
      viewBox={viewBox}
      fill={s.fill}
      stroke={s.stroke}
      strokeWidth={s.strokeWidth}
      strokeLinecap={s.strokeLinecap}
      strokeLinejoin={s.strokeLinejoin}
      focusable="false"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
