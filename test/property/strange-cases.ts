/** Strange but valid article texts: each must be annotated, never crash, never give an invalid span. */

const rep = (s: string, n: number): string => s.repeat(n);

/** Small and medium cases, by name. */
export const STRANGE: Record<string, string> = {
  'unbalanced-quotes': '“He said it would work, the mayor said. She disagreed.” And then “another one.\n\nA new paragraph” with ” stray ” closers “ and openers.',
  'odd-number-of-quotes': 'He said "yes" and "no" and "maybe. Then she said "fine".\n\n"Three" "quotes" " here',
  'ten-thousand-quotes': `The “report” said ${rep('“a” ', 2500)}and ${rep('"b" ', 2500)}end. ${rep('‘', 5000)}`,
  'deeply-nested-quotes': `She said, ${rep('“He said, ‘They said, “', 60)}stop${rep('”’”', 60)}, and left.`,
  'straight-and-curly-mixed': `"It's ‘fine’," he said. ‘"Really?"’ she asked. 'No,' he said, "it isn't”.`,
  'emoji-and-astral': 'Fire 🔥 crews 👩‍🚒 said “we’re 💯% ready,” officials 🏛️ said. 𝐁𝐨𝐥𝐝 𝕞𝕒𝕥𝕙 and 𠜎𠜱 characters; flags 🇺🇸🇬🇧. “😀,” said Dr. 😀 Smith.',
  'zero-width-and-bidi': 'The\u200b mayor\u200c said\u200d “the\u2060 plan\ufeff works.” \u202eThe deputy said no.\u202c \u2066“Maybe,”\u2069 \u200fsaid\u200e the aide. Soft\u00adhyphen.',
  crlf: 'First line said “hello,” the mayor said.\r\n\r\nSecond paragraph.\r\nThird line.\r\n',
  'all-caps': 'THE MAYOR SAID “WE WILL REBUILD THE BRIDGE BY MARCH,” ACCORDING TO TWO OFFICIALS WHO SPOKE ON CONDITION OF ANONYMITY. THE U.S. DEPARTMENT OF TRANSPORTATION DECLINED TO COMMENT.',
  'no-punctuation': rep('the council met again and the mayor said the plan would cost about seven million dollars and officials said nothing more ', 40),
  'only-punctuation': rep('“”‘’"\'.,;:!?—–-()[]{}… ', 200),
  'numbers-and-symbols': '$1.5 billion, 3.5%, -40°C, 1/2, ½, 10–12, 1,000,000, 2025-04-08, 12:30 p.m., #1, No. 5, 3rd, 4th, 1e9, ∞, €5, ¥300, £1bn.',
  'whitespace-oddities': 'Tabs\tand\u00a0no-break\u2003em\u3000ideographic spaces.\n \n\u2028Line separator\u2029paragraph separator.\f\v',
  'markup-leftovers': '<p>He said &quot;hi&quot; &amp; left.</p> **Bold** [link](http://x) ![img](y) <script>alert(1)</script> {{template}} ${var}',
  'long-words': `${rep('supercalifragilistic', 20)} said ${rep('x', 300)} “${rep('🔥', 200)}” http://${rep('a.', 200)}com.`,
  'one-character': '“',
  'said-said-said': rep('said ', 500) + '“' + rep('said, ', 300) + '”',
  'attribution-edge': '“Yes.”\n\n— said\n\naccording to\n\n“No,” said.\n\nsaid “',
};

/** A paragraph of about 1 MB of plain sentences. */
export function megabyteParagraph(): string {
  return rep('The council said the plan, which costs $7 million, would open on Feb. 28 in Washington, D.C. ', 11_500);
}

/**
 * About 1 MB built to trip backtracking regular expressions: long runs of quotes, dots, dashes,
 * capitals, digits and words with and without spaces, repeated.
 */
export function pathologicalMegabyte(): string {
  const pieces = [
    rep('"', 2000),
    rep('“', 1000) + rep('”', 999),
    rep('. ', 2000),
    rep('A. ', 1500),
    rep('Mr. ', 1000),
    rep('said ', 1000),
    rep('according to ', 500),
    rep('1,', 2000),
    rep('$1 ', 1000),
    rep('-', 3000),
    rep(' ', 5000),
    rep('\n', 500),
    rep('Aa', 2000),
    rep('THE ', 1000),
    rep('a', 5000),
    rep('http://x/', 300),
    rep('(', 2000),
    rep('“a ', 2000),
    rep(', ', 2000),
    rep('Jan. ', 1000),
    rep('percent ', 500),
  ];
  const unit = pieces.join(' ');
  return rep(unit, Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
}
