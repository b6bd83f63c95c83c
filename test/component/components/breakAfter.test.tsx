import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { breakAfter, NAME_BREAKS } from '../../../renderer/components/breakAfter';

const shown = (text: string, characters: string) => {
  const { container } = render(<span>{breakAfter(text, characters)}</span>);
  return container.firstElementChild!;
};

describe('break opportunities in a shown name', () => {
  it('a file name may wrap after each _ - . and /, never inside a part, and reads as stored', () => {
    const name = shown('potwierdzenie-subskrypcji_2025.eml', NAME_BREAKS);
    expect(name.innerHTML).toBe('potwierdzenie-<wbr>subskrypcji_<wbr>2025.<wbr>eml');
    expect(name.textContent).toBe('potwierdzenie-subskrypcji_2025.eml');
  });

  it('a separator at the end adds no break after it, and a name without one is left whole', () => {
    expect(shown('CSP/2025/', NAME_BREAKS).innerHTML).toBe('CSP/<wbr>2025/');
    expect(shown('FAKTURA', NAME_BREAKS).innerHTML).toBe('FAKTURA');
  });
});
