import { PlaceholderScreen } from '../../components/PlaceholderScreen';

/** Import screen (DESIGN.md "Screens"); built by its feature owner. */
export function ImportScreen() {
  return <PlaceholderScreen screen="import" />;
}
