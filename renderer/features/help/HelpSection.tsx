import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { helpAnchor, type HelpBlock, type HelpSection as Section } from '../../../shared/help';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    scrollMarginTop: tokens.spacingVerticalL,
  },
  heading: { margin: 0, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  summary: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, maxWidth: '80ch' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, maxWidth: '80ch', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  code: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  table: { borderCollapse: 'collapse', maxWidth: '80ch' },
  cell: { textAlign: 'left', verticalAlign: 'top', padding: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

function Block({ block }: { block: HelpBlock }) {
  const styles = useStyles();
  switch (block.kind) {
    case 'paragraph':
      return (
        <Text as="p" className={styles.text}>
          {block.text}
        </Text>
      );
    case 'list':
      return (
        <ul className={styles.list}>
          {block.items.map((item) => (
            <li key={item}>
              <Text>{item}</Text>
            </li>
          ))}
        </ul>
      );
    case 'command':
      return (
        <pre className={styles.code} lang="en">
          <code>{block.text}</code>
        </pre>
      );
    case 'table':
      return (
        <table className={styles.table}>
          <thead>
            <tr>
              {block.head.map((h) => (
                <th key={h} scope="col" className={styles.cell}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map(([a, b]) => (
              <tr key={a}>
                <th scope="row" className={styles.cell} style={{ fontWeight: 'normal' }}>
                  {a}
                </th>
                <td className={styles.cell}>{b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** One section of the help page; its id is the anchor the wizard's help links scroll to. */
export function HelpSectionView({ section }: { section: Section }) {
  const styles = useStyles();
  const anchor = helpAnchor(section.id);
  return (
    <section id={anchor} aria-labelledby={`${anchor}-title`} className={styles.section}>
      <Text as="h2" size={500} weight="semibold" id={`${anchor}-title`} className={styles.heading} tabIndex={-1}>
        {section.title}
      </Text>
      <Text as="p" className={styles.summary}>
        {section.summary}
      </Text>
      {section.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </section>
  );
}
