import { useEffect, useState } from 'react';

const query = '(forced-colors: active), (prefers-contrast: more)';

/** True while Windows high-contrast (forced colors) or a "more contrast" preference is on. */
export function useHighContrast(): boolean {
  const [matches, setMatches] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia(query).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return matches;
}
