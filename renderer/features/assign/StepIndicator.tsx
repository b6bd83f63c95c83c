import { makeStyles, mergeClasses, shorthands, Text, tokens } from '@fluentui/react-components';
import { Checkmark16Filled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { wizardSteps } from './store';

const useStyles = makeStyles({
  list: { display: 'flex', listStyle: 'none', margin: 0, padding: 0, gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flex: '1 1 140px', minWidth: 0 },
  marker: {
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusCircular,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  current: { ...shorthands.borderColor(tokens.colorBrandStroke1), color: tokens.colorNeutralForegroundOnBrand, backgroundColor: tokens.colorBrandBackground },
  done: { ...shorthands.borderColor(tokens.colorBrandStroke1), color: tokens.colorBrandForeground1 },
  label: { minWidth: 0, lineHeight: tokens.lineHeightBase200 },
  labelCurrent: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  labelOther: { color: tokens.colorNeutralForeground2 },
  line: { flexGrow: 1, height: '2px', minWidth: '12px', backgroundColor: tokens.colorNeutralStroke2 },
  lineDone: { backgroundColor: tokens.colorBrandStroke1 },
  // A narrow window keeps the six steps on one line: numbers and lines, with only the current step's name shown.
  // The other names stay for screen readers (visually hidden, not removed).
  listNarrow: { '@media (max-width: 1100px)': { flexWrap: 'nowrap' } },
  itemNarrow: { '@media (max-width: 1100px)': { flex: '1 1 40px' } },
  nameNarrow: {
    '@media (max-width: 1100px)': { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  },
});

/** Where the wizard is: six numbered steps, the current one marked with aria-current="step". */
export function StepIndicator({ current, allDone }: { current: number; allDone: boolean }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <ol className={mergeClasses(styles.list, styles.listNarrow)} aria-label={t('assign.stepsLabel')} data-testid="wizard-steps">
      {wizardSteps.map((step, index) => {
        const done = allDone || index < current;
        const isCurrent = !allDone && index === current;
        const state = done ? t('assign.stepDone') : isCurrent ? t('assign.stepCurrent') : t('assign.stepTodo');
        return (
          <li key={step} className={mergeClasses(styles.item, !isCurrent && styles.itemNarrow)} aria-current={isCurrent ? 'step' : undefined} data-testid={`wizard-step-${step}`}>
            <span className={mergeClasses(styles.marker, isCurrent && styles.current, done && styles.done)} aria-hidden>
              {done ? <Checkmark16Filled /> : index + 1}
            </span>
            <Text size={300} className={mergeClasses(styles.label, isCurrent ? styles.labelCurrent : styles.labelOther)}>
              <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}>
                {t('assign.stepNumber', { number: index + 1, total: wizardSteps.length })}{' '}
              </span>
              <span className={isCurrent ? undefined : styles.nameNarrow}>{t(`assign.steps.${step}.short`)}</span>
              <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}> ({state})</span>
            </Text>
            {index < wizardSteps.length - 1 && <span className={mergeClasses(styles.line, done && styles.lineDone)} aria-hidden />}
          </li>
        );
      })}
    </ol>
  );
}
