import { describe, expect, it } from 'vitest';
import { resolveTheme } from './resolve-theme.ts';

describe('resolveTheme', () => {
  it('follows the system setting by default', () => {
    expect(resolveTheme('', true)).toBe('dark');
    expect(resolveTheme('', false)).toBe('light');
  });

  it('lets the URL override the system setting', () => {
    expect(resolveTheme('?theme=light', true)).toBe('light');
  });

  it('ignores a theme it does not know', () => {
    expect(resolveTheme('?theme=<script>', false)).toBe('light');
  });
});
