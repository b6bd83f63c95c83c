import { PlaceholderScreen } from '../../components/PlaceholderScreen';

/** Findings screen (DESIGN.md "Screens"); built by its feature owner. */
export function FindingsScreen() {
  return <PlaceholderScreen screen="findings" />;
}
