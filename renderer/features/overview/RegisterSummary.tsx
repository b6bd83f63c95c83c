import { Card, CardHeader, mergeClasses, Text } from '@fluentui/react-components';
import { Building20Regular } from '@fluentui/react-icons';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../shared/contracts/register';
import { useFormatters } from '../../i18n/format';
import { useOverviewStyles } from './styles';

type OpenStatus = Extract<RegisterStatus, { state: 'open' }>;

/** Which register is open: organization, NIP, folder and schema version. */
export function RegisterSummary({ status }: { status: OpenStatus }) {
  const { t } = useTranslation();
  const styles = useOverviewStyles();
  const format = useFormatters();
  const facts: { key: string; label: string; value: string; mono?: boolean }[] = [
    { key: 'organization', label: t('overview.organizationName'), value: status.organization.name },
    { key: 'tax-id', label: t('overview.taxId'), value: status.organization.taxId || t('common.notSet') },
    { key: 'folder', label: t('overview.folder'), value: status.path, mono: true },
    { key: 'schema-version', label: t('overview.schemaVersion'), value: format.number(status.schemaVersion) },
  ];

  return (
    <Card className={styles.card} aria-labelledby="register-summary-title">
      <CardHeader
        image={<Building20Regular aria-hidden />}
        header={
          <Text as="h2" id="register-summary-title" weight="semibold" size={400} className={styles.cardTitle}>
            {t('overview.registerCard')}
          </Text>
        }
      />
      <dl className={styles.facts}>
        {facts.map((fact) => (
          <Fragment key={fact.key}>
            <dt className={styles.term}>{fact.label}</dt>
            <dd className={mergeClasses(styles.value, fact.mono && styles.path)} data-testid={`register-${fact.key}`}>
              {fact.value}
            </dd>
          </Fragment>
        ))}
      </dl>
    </Card>
  );
}
