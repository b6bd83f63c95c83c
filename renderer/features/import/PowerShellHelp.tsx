import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Card, Text } from '@fluentui/react-components';
import { WindowConsole20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { CopyCommand } from '../../components/CopyCommand';
import { useFeatureStyles } from '../../components/useFeatureStyles';
import { importCommands } from './commands';

/** The PowerShell commands whose CSV files the import reads, each with a Copy button; open until a preview is shown. */
export function PowerShellHelp({ defaultOpen }: { defaultOpen: boolean }) {
  const { t } = useTranslation();
  const styles = useFeatureStyles();
  return (
    <Card className={styles.card} data-testid="import-help">
      <Accordion collapsible defaultOpenItems={defaultOpen ? ['commands'] : []}>
        <AccordionItem value="commands">
          <AccordionHeader as="h2" icon={<WindowConsole20Regular aria-hidden />} size="large">
            <Text weight="semibold" size={400}>
              {t('importScreen.help.title')}
            </Text>
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.gapStack}>
              <Text className={styles.secondary}>{t('importScreen.help.body')}</Text>
              {importCommands.map((entry) => (
                <CopyCommand key={entry.id} label={t(`importScreen.help.${entry.id}`)} command={entry.command} testId={`import-command-${entry.id}`} />
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Card>
  );
}
