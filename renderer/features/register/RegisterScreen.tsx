import { PlaceholderScreen } from '../../components/PlaceholderScreen';

/** Register screen (DESIGN.md "Screens"); built by its feature owner. */
export function RegisterScreen() {
  return <PlaceholderScreen screen="register" />;
}
