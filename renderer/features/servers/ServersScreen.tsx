import { PlaceholderScreen } from '../../components/PlaceholderScreen';

/** Servers screen (DESIGN.md "Screens"); built by its feature owner. */
export function ServersScreen() {
  return <PlaceholderScreen screen="servers" />;
}
