import { PlaceholderScreen } from '../../components/PlaceholderScreen';

/** Assign screen (DESIGN.md "Screens"); built by its feature owner. */
export function AssignScreen() {
  return <PlaceholderScreen screen="assign" />;
}
