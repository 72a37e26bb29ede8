// How a card names a contact: with its abbreviation where that adds something ("Landelijk Steunpunt
// Extremisme (LSE)" already holds it; "Politie" or "Kennisnet Jeugd" are short names, not abbreviations).

/** "LSE", "NJi", "RvdK": worth adding to the name; "Politie" or "Kennisnet Jeugd" are names, not abbreviations. */
export function isAbbreviation(short: string): boolean {
  return /^\S{2,6}$/.test(short) && (short.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** Whether a heading adds the abbreviation after the name: "Nederlands Jeugdinstituut (NJi)". */
export function headingAddsShort(contact: { short?: string }, name: string): boolean {
  return contact.short !== undefined && isAbbreviation(contact.short) && !name.includes(contact.short);
}

/** The name on a button, where room is short: the abbreviation ("NGB") if there is one, else the name. */
export function displayName(contact: { short?: string }, name: string): string {
  return contact.short !== undefined && isAbbreviation(contact.short) ? contact.short : name;
}
