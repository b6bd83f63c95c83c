import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useSessionStore } from '../../app/sessionStore';
import { ComplianceDashboard } from './ComplianceDashboard';
import { NoRegister } from './NoRegister';
import { OrganizationForm } from './OrganizationForm';
import { RegisterCounts } from './RegisterCounts';
import { RegisterNotices } from './RegisterNotices';
import { RegisterProblem } from './RegisterProblem';
import { RegisterSummary } from './RegisterSummary';

/** Overview: the open register, what it holds, its notices and the organization settings. */
export function OverviewScreen() {
  const { t } = useTranslation();
  const status = useSessionStore((s) => s.status);

  return (
    <>
      <ScreenHeader title={t('overview.title')} description={t('overview.description')} />
      {status?.state === 'open' ? (
        <>
          {/* Closed notices are remembered per opening: a backup restored into the same folder brings its own. */}
          <RegisterNotices notices={status.notices} register={status.sessionId} />
          <ComplianceDashboard status={status} />
          <RegisterSummary status={status} />
          <RegisterCounts counts={status.counts} />
          {/* Keyed by folder so switching registers resets the draft. */}
          <OrganizationForm key={status.path} organization={status.organization} path={status.path} />
        </>
      ) : status?.state === 'problem' ? (
        <RegisterProblem problem={status} />
      ) : (
        <NoRegister />
      )}
    </>
  );
}
