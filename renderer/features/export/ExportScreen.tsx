import { PlaceholderScreen } from '../../components/PlaceholderScreen';

/** Export screen (DESIGN.md "Screens"); built by its feature owner. */
export function ExportScreen() {
  return <PlaceholderScreen screen="export" />;
}
