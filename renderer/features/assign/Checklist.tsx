import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { PeopleList20Regular, PersonAdd20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ChecklistPoint } from '../../../shared/contracts/ledger';
import { localizedParams } from '../../../shared/licensing/messages';
import { useNavigationStore } from '../../app/navigationStore';
import { StatusText } from '../../components/StatusText';
import { errorText, useFormatters } from '../../i18n/format';
import { useAssignStore } from './store';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  point: {
    display: 'grid',
    gridTemplateColumns: '140px 1fr',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', gap: '2px' },
  reason: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The guide's verification checklist for the new assignment: each point passed or failed, with the reason. */
export function Checklist() {
  const { t } = useTranslation();
  const styles = useStyles();
  const checklist = useAssignStore((s) => s.checklist);
  const reset = useAssignStore((s) => s.reset);

  return (
    <>
      {checklist.kind === 'loading' && <Spinner label={t('ledger.loading')} />}
      {checklist.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(t, checklist.error)}</MessageBarBody>
        </MessageBar>
      )}
      {checklist.kind === 'ready' && (
        <ul className={styles.list} data-testid="wizard-checklist">
          {checklist.points.map((point) => (
            <ChecklistItem key={point.id} point={point} />
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<PersonAdd20Regular />} onClick={reset} data-testid="wizard-again">
          {t('assign.checklist.again')}
        </Button>
        <Button icon={<PeopleList20Regular />} onClick={() => useNavigationStore.getState().go('register')} data-testid="wizard-open-register">
          {t('assign.checklist.openRegister')}
        </Button>
      </div>
    </>
  );
}

function ChecklistItem({ point }: { point: ChecklistPoint }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  return (
    <li className={styles.point} data-testid={`checklist-${point.id}`} data-passed={point.passed}>
      <StatusText intent={point.passed ? 'success' : 'error'}>{point.passed ? t('assign.checklist.passed') : t('assign.checklist.failed')}</StatusText>
      <div className={styles.text}>
        <Text weight="semibold">{t(`assign.checklist.points.${point.id}`)}</Text>
        <Text className={styles.reason}>{t(`ledger.checklist.${point.reasonKey}`, { ...localizedParams(point.params, format), defaultValue: point.reason })}</Text>
      </div>
    </li>
  );
}
