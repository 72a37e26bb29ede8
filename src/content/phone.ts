// Phone numbers as the sources print them ("088 20 80 080", "0900 8844", "112") → tel: links a phone dials
// from anywhere: Dutch numbers starting with 0 become +31 without the 0; short numbers (112, 144) and
// numbers already in international form stay as they are.
export function telHref(number: string): string {
  const compact = number.replace(/[^+0-9]/g, '');
  if (compact.startsWith('+')) return `tel:${compact}`;
  if (compact.startsWith('00')) return `tel:+${compact.slice(2)}`;
  if (compact.startsWith('0')) return `tel:+31${compact.slice(1)}`;
  return `tel:${compact}`;
}
