// A phone number as people read it ("0900 8844") → a tel: link a phone can dial.
export function telHref(number: string): string {
  return `tel:${number.replace(/[^+0-9]/g, '')}`;
}
