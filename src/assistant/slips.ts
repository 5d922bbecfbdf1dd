// A slip of the finger on a phone keyboard: one key hit next to the right one, two letters swapped, one letter doubled
// or dropped. Narrower than an edit distance, so another language's word ("livres" is not "litres") is not one.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function neighbours(a: string, b: string): boolean {
  const row = ROWS.findIndex((keys) => keys.includes(a));
  const other = ROWS.findIndex((keys) => keys.includes(b));
  if (row < 0 || other < 0 || Math.abs(row - other) > 1) return false;
  // Rows are offset by about half a key, so a key touches its row neighbours and two keys of the rows above and below.
  const column = ROWS[row]!.indexOf(a) + row * 0.5;
  const otherColumn = ROWS[other]!.indexOf(b) + other * 0.5;
  return Math.abs(column - otherColumn) <= (row === other ? 1 : 0.5);
}

/** Whether `token` is `word` (or starts with the stem `word`) typed with one slip. */
export function isKeySlip(token: string, word: string, stem: boolean): boolean {
  if (token.length < 5 || word.length < 5 || token[0] !== word[0]) return false;
  const same = (a: string, b: string) => {
    if (a.length === b.length) {
      const diff = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
      if (diff.length === 1) return neighbours(a[diff[0]!]!, b[diff[0]!]!);
      return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
    }
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    if (long.length !== short.length + 1) return false;
    const at = [...short].findIndex((letter, i) => letter !== long[i]);
    const i = at < 0 ? short.length : at;
    // A doubled or dropped letter: the extra one repeats its neighbour.
    return long.slice(0, i) + long.slice(i + 1) === short && (long[i] === long[i - 1] || long[i] === long[i + 1]);
  };
  if (!stem) return same(token, word);
  return same(token.slice(0, word.length), word) || same(token.slice(0, word.length + 1), word) || same(token.slice(0, word.length - 1), word);
}
