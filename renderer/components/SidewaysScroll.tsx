import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

/** A shade at one edge of the frame, over the table: where more of it is beyond that edge. */
const edgeShade = {
  content: '""',
  position: 'absolute',
  top: '0',
  bottom: '0',
  width: '16px',
  pointerEvents: 'none',
  zIndex: 1,
} as const;

const useStyles = makeStyles({
  frame: { position: 'relative' },
  scroll: { overflowX: 'auto' },
  moreLeft: { '::before': { ...edgeShade, left: '0', backgroundImage: `linear-gradient(to right, ${tokens.colorNeutralShadowAmbient}, transparent)` } },
  moreRight: { '::after': { ...edgeShade, right: '0', backgroundImage: `linear-gradient(to left, ${tokens.colorNeutralShadowAmbient}, transparent)` } },
});

/** Which edges of `element` have more content beyond them (a pixel of rounding is not "more"). */
function hiddenEdges(element: Pick<HTMLElement, 'scrollLeft' | 'scrollWidth' | 'clientWidth'>): { left: boolean; right: boolean } {
  return { left: element.scrollLeft > 1, right: element.scrollLeft + element.clientWidth < element.scrollWidth - 1 };
}

/**
 * A wrapper that scrolls a wide table sideways in a narrow window, with a shade at each edge that
 * has more columns beyond it: the scrollbar alone (thin, at the bottom of a long list) did not say
 * that the actions column was out of view.
 */
export function SidewaysScroll({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ left: false, right: false });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = () => {
      const next = hiddenEdges(element);
      setEdges((previous) => (previous.left === next.left && previous.right === next.right ? previous : next));
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    // The window or the table (rows loaded, a language with longer words) can change size without a scroll.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, []);
  return (
    <div
      data-testid="sideways-scroll"
      className={mergeClasses(styles.frame, edges.left && styles.moreLeft, edges.right && styles.moreRight)}
      data-more-left={edges.left || undefined}
      data-more-right={edges.right || undefined}
    >
      <div ref={ref} className={styles.scroll}>
        {children}
      </div>
    </div>
  );
}
