// One normal form for what people say, shared by the corpus check, the classifier and the phone line's rules.

/**
 * Lower case, no accents, no punctuation; digits said one by one ("9-1-1", "9 1 1") joined ("911"), and letters
 * spelled out ("s. t. d.", "S T D") joined into one word ("std"), as speech recognisers write them either way.
 */
export function normalise(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .replace(/\b(\d)\s+(?=\d\b)/g, '$1')
      // Runs of two or more one-letter words only: "a" or "i" alone stay words.
      .replace(/\b(\p{L})\s+(?=\p{L}\b)/gu, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
