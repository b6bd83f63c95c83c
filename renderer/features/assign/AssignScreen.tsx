import { Button, Card, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowLeft20Regular, ArrowRight20Regular, Checkmark20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnly, useSessionStore } from '../../app/sessionStore';
import { ledgerErrorText } from '../../components/ledgerLabels';
import { ScreenHeader } from '../../components/ScreenHeader';
import { usePurchasesStore } from '../purchases/store';
import { useRegisterStore } from '../register/store';
import { useServersStore } from '../servers/store';
import { Checklist } from './Checklist';
import { wizardStepHelp } from '../../../shared/help';
import { HelpLink } from '../help/HelpLink';
import { StepIndicator } from './StepIndicator';
import { PersonStep } from './steps/PersonStep';
import { ProofStep } from './steps/ProofStep';
import { PurchaseStep } from './steps/PurchaseStep';
import { RecordStep } from './steps/RecordStep';
import { ServerStep } from './steps/ServerStep';
import { VerifyStep } from './steps/VerifyStep';
import { stepComplete, useAssignStore, wizardSteps, type WizardStep } from './store';
import { useDateTextWrong } from '../../components/dateTextStore';
import { useFollowToday } from '../../components/useFollowToday';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalXL, paddingInline: tokens.spacingHorizontalXXL, gap: tokens.spacingVerticalL },
  heading: { margin: 0, outline: 'none', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall } },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '80ch' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  divider: { height: '1px', backgroundColor: tokens.colorNeutralStroke2 },
});

const stepViews: Record<WizardStep, () => ReactNode> = {
  server: () => <ServerStep />,
  purchase: () => <PurchaseStep />,
  person: () => <PersonStep />,
  record: () => <RecordStep />,
  verify: () => <VerifyStep />,
  proof: () => <ProofStep />,
};

/** Assign a CAL: the vendor guide's six steps, ending on its verification checklist. */
export function AssignScreen() {
  const { t } = useTranslation();
  const styles = useStyles();
  const path = useSessionStore((s) => (s.status?.state === 'open' ? s.status.path : null));
  const wizard = useAssignStore();
  const readOnly = useReadOnly();
  // The assignment date typed wrong and left: Next waits until it is a date again, never records the date the field kept.
  const dateTyping = useDateTextWrong();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const finished = wizard.checklist.kind !== 'idle';
  const stepKey = finished ? 'checklist' : wizardSteps[wizard.step];
  const firstRender = useRef(true);
  // The assignment date proposed is today's, also in a wizard left open past midnight or opened again the next day.
  useFollowToday(useAssignStore((s) => s.followToday));

  // A new opening of the register (the same folder's too) while the wizard is shown loads its lists again too.
  const opening = useSessionStore((s) => (s.status?.state === 'open' ? s.status.sessionId : null));
  useEffect(() => {
    if (!opening) return;
    void useServersStore.getState().load();
    void usePurchasesStore.getState().load();
    void useRegisterStore.getState().visit();
  }, [opening]);

  // Keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [stepKey]);

  if (!path) {
    return (
      <>
        <ScreenHeader title={t('nav.assign')} description={t('screens.assign.description')} />
        <Text>{t('ledger.noRegister')}</Text>
      </>
    );
  }

  // Every step of the wizard writes (a server, a purchase, a person, the assignment, a proof): none is offered.
  if (readOnly) {
    return (
      <>
        <ScreenHeader title={t('nav.assign')} description={t('screens.assign.description')} />
        <Text data-testid="assign-read-only">{t('readOnly.assign')}</Text>
      </>
    );
  }

  const step = wizardSteps[wizard.step] ?? 'server';
  const complete = stepComplete(wizard, wizard.step) && !dateTyping;
  const recorded = wizard.assignment !== null;

  return (
    <>
      <ScreenHeader title={t('nav.assign')} description={t('screens.assign.description')} />
      <Card className={styles.card}>
        <StepIndicator current={wizard.step} allDone={finished} />
        <div className={styles.divider} />
        <section className={styles.body} aria-labelledby="wizard-step-heading" data-testid={`wizard-panel-${stepKey}`}>
          <Text as="h2" size={600} weight="semibold" id="wizard-step-heading" className={styles.heading} tabIndex={-1} ref={headingRef}>
            {finished ? t('assign.checklist.title') : t('assign.stepHeading', { number: wizard.step + 1, title: t(`assign.steps.${step}.title`) })}
          </Text>
          <Text as="p" className={styles.intro}>
            {finished ? t('assign.checklist.intro') : t(`assign.steps.${step}.intro`)}{' '}
            {!finished && <HelpLink topic={wizardStepHelp[step]} />}
          </Text>
          {finished ? <Checklist /> : stepViews[step]()}
        </section>
        {!finished && (
          <div className={styles.footer}>
            <Button appearance="secondary" icon={<ArrowLeft20Regular />} onClick={wizard.back} disabled={wizard.step === 0 || recorded} data-testid="wizard-back">
              {t('ledger.back')}
            </Button>
            {wizard.createError && (
              <MessageBar intent="error" style={{ flexGrow: 1 }}>
                <MessageBarBody>{ledgerErrorText(t, wizard.createError)}</MessageBarBody>
              </MessageBar>
            )}
            {step === 'proof' ? (
              <Button
                appearance="primary"
                icon={wizard.checklist.kind === 'loading' ? <Spinner size="tiny" /> : <Checkmark20Regular />}
                onClick={() => void wizard.finish()}
                disabledFocusable={!complete}
                data-testid="wizard-finish"
              >
                {wizard.proofConfirmed ? t('assign.finish') : t('assign.finishWithoutProof')}
              </Button>
            ) : (
              <Button
                appearance="primary"
                icon={wizard.creating ? <Spinner size="tiny" /> : <ArrowRight20Regular />}
                iconPosition="after"
                onClick={() => void wizard.next()}
                // Focusable while it waits, so Tab reaches it and a screen reader says it is there and unavailable.
                disabledFocusable={!complete || wizard.creating}
                data-testid="wizard-next"
              >
                {step === 'verify' ? t('assign.recordAssignment') : t('ledger.next')}
              </Button>
            )}
          </div>
        )}
      </Card>
    </>
  );
}
