// Marks a scrolling container with data-more-start / data-more-end while content is hidden
// past that edge, so CSS can fade the edge: a column off-screen is never silent.
import { useEffect, useRef } from 'react';

export function useScrollCue<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const hiddenEnd = element.scrollWidth - element.clientWidth - element.scrollLeft;
      element.toggleAttribute('data-more-start', element.scrollLeft > 1);
      element.toggleAttribute('data-more-end', hiddenEnd > 1);
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  });
  return ref;
}
