// What a term is: word forms people type meet the forms the editors wrote.
import { describe, expect, it } from 'vitest';
import { searchTerm } from '../../../src/search/terms';

describe('search terms', () => {
  it('joins Dutch word forms of one word', () => {
    const forms = ['radicaliseert', 'radicalisering', 'radicaliseren', 'radicalisatie'].map((w) => searchTerm(w, 'nl'));
    expect(new Set(forms).size).toBe(1);
    expect(searchTerm('bedreigd', 'nl')).toBe(searchTerm('bedreiging', 'nl'));
  });
  it('joins English word forms and British and American spelling', () => {
    const forms = ['radicalising', 'radicalized', 'radicalisation', 'radicalization', 'radicalises'].map((w) =>
      searchTerm(w, 'en'),
    );
    expect(new Set(forms).size).toBe(1);
    expect(searchTerm('polarization', 'en')).toBe(searchTerm('polarisation', 'en'));
  });
  it('ignores accents and case', () => {
    expect(searchTerm('Syrië', 'nl')).toBe(searchTerm('syrie', 'nl'));
    expect(searchTerm('geïntimideerd', 'nl')).toBe(searchTerm('geintimideerd', 'nl'));
  });
  it('drops words that say nothing on their own, per language', () => {
    expect(searchTerm('mijn', 'nl')).toBeNull();
    expect(searchTerm('the', 'en')).toBeNull();
    // "is" is a Dutch function word but "IS" is also a group's name in English texts; only the language's own list applies.
    expect(searchTerm('zoon', 'nl')).toBe('zoon');
  });
});
