import { PlaceholderScreen } from '../../components/PlaceholderScreen';

/** Purchases screen (DESIGN.md "Screens"); built by its feature owner. */
export function PurchasesScreen() {
  return <PlaceholderScreen screen="purchases" />;
}
