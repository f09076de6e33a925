import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Quantity } from '../../src/document.js';
import { createDatesStage } from '../../src/stages/dates.js';
import { createQuantitiesStage } from '../../src/stages/quantities.js';
import { createSegmentStage } from '../../src/stages/segment.js';

/** The quantities of one small document; segment and dates built by their real stages. */
function quantitiesOf(text: string): Quantity[] {
  const document: DocumentMeta = { id: 't', source: 'test', title: null, date: '2025-04-08', language: 'en', sha256: '0'.repeat(64), text };
  const upstream = createSegmentStage().run({ document });
  const { dates } = createDatesStage().run({ document, ...upstream });
  const { quantities } = createQuantitiesStage().run({ document, ...upstream, dates });
  quantities.forEach((q, i) => {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.rule).toMatch(/^quantities\//);
    if (i > 0) expect(q.start).toBeGreaterThanOrEqual(quantities[i - 1]!.end);
  });
  return quantities;
}

type Expected = [text: string, kind: Quantity['kind'], value: number | null, unit: string | null, approximate: boolean];
type Row = [sentence: string, expected: Expected[]];

const ROWS: Row[] = [
  // a fraction of one unit, written without a number; not a degree of burn, nor half an hour (a duration)
  ['The path was about a quarter-mile wide and half a mile long; three-quarters of an inch of ice fell. She had a third-degree burn and waited half an hour.', [['about a quarter-mile', 'QUANTITY', 0.25, 'mile', true], ['half a mile', 'QUANTITY', 0.5, 'mile', false], ['three-quarters of an inch', 'QUANTITY', 0.75, 'inch', false]]],
  // an emergency number before "call" or after "rang" is the service's number, not a count
  ['Crews could not answer a 999 call. When she rang 999 they sent a car. The centre took 40 calls.', [['40 calls', 'CARDINAL', 40, 'calls', false]]],
  // Philippine pesos written "P" before a figure that reads as money (not "Grade P5")
  ['Damage reached P286.4 million and the town used its P4.8-million fund; Grade P5 staff were paid.', [['P286.4 million', 'MONEY', 286400000, 'PHP', false], ['P4.8-million', 'MONEY', 4800000, 'PHP', false]]],
  // "one point from safety" and "won just one of nine" count; "at one point" and "is one of 17 homes" do not; "First-team" is a compound; a 311 hotline is a number to call
  ['They are one point from safety and have won just one of nine games. At one point it rained. Cedar Hollow is one of 17 homes. First-team coach Lee Dorrington called the 311 hotline.', [['one point', 'CARDINAL', 1, 'point', false], ['one', 'CARDINAL', 1, null, false], ['nine games', 'CARDINAL', 9, 'games', false], ['17 homes', 'CARDINAL', 17, 'homes', false]]],
  // each side of a vote tally counts votes ("passed 27-25", "a 29-25 party-line vote"); a match score is no quantity
  ['The amendment passed 27-25. They struck it on a 29-25 party-line vote. Arsenal won 3-1. The bill passed 61-38.', [['27', 'CARDINAL', 27, 'votes', false], ['25', 'CARDINAL', 25, 'votes', false], ['29', 'CARDINAL', 29, 'votes', false], ['25', 'CARDINAL', 25, 'votes', false], ['61', 'CARDINAL', 61, 'votes', false], ['38', 'CARDINAL', 38, 'votes', false]]],
  // "No. 2" after a capitalised name names a court; "the 11th Court of Appeals" is a name; "The No. 1 seed" a rank
  ['Jurors in Pryor County Court at Law No. 2 deliberated before an appeal to the 11th Court of Appeals. The No. 1 seed lost.', [['No. 1', 'ORDINAL', 1, null, false]]],
  // "first" closing a clause without a determiner is an adverb; "first-half" a compound; "the first" a position
  ['The bank expects a first-half loss. Streets will be cleared first, he added. He was the first.', [['first', 'ORDINAL', 1, null, false]]],
  // a currency code before a figure, as written ("CHF412 million", "SEK 300"), not "Cop30"; a number word in capitals inside a name
  ['At Cop30 the bank booked CHF412 million; shares fell to CHF84.20 on the SIX Swiss Exchange, and the fee is SEK 300.', [['CHF412 million', 'MONEY', 412000000, 'CHF', false], ['CHF84.20', 'MONEY', 84.2, 'CHF', false], ['SEK 300', 'MONEY', 300, 'SEK', false]]],
  // "pc" after a figure is percent; thousands grouped by a space (not before a hyphenated measure); "or" joins no amounts of their own
  ['The scheme delivered just under 46pc, up 9pc. Cuts would affect about 310 000 households; he won 3 100-metre races. Fines reach €15 million or 3 percent of turnover.', [['just under 46pc', 'PERCENT', 46, 'percent', true], ['9pc', 'PERCENT', 9, 'percent', false], ['about 310 000 households', 'CARDINAL', 310000, 'households', true], ['3', 'CARDINAL', 3, null, false], ['100-metre', 'QUANTITY', 100, 'metre', false], ['€15 million', 'MONEY', 15000000, 'EUR', false], ['3 percent', 'PERCENT', 3, 'percent', false]]],
  // dirham, rupiah, Ugandan and Ghanaian prefixes and the cedi
  ['The order is worth about $4.3 billion (Dh15.8 billion). The project cost Rp 2.5 trillion, Shs400 million and GH₵12.50, or 5,000 cedis.', [['about $4.3 billion', 'MONEY', 4300000000, 'USD', true], ['Dh15.8 billion', 'MONEY', 15800000000, 'AED', false], ['Rp 2.5 trillion', 'MONEY', 2500000000000, 'IDR', false], ['Shs400 million', 'MONEY', 400000000, 'UGX', false], ['GH₵12.50', 'MONEY', 12.5, 'GHS', false], ['5,000 cedis', 'MONEY', 5000, 'GHS', false]]],
  // the denominator of a rate is no amount of its own; "call 911" is a phone number, "called 300 workers" a count
  ['The rate rose to 4.6 cases per 100,000 people. Residents should call 911. He called 300 workers.', [['4.6 cases', 'CARDINAL', 4.6, 'cases', false], ['300 workers', 'CARDINAL', 300, 'workers', false]]],
  // a rate per a count is one quantity ("17.8 per 100,000 people"); "one in five" is a ratio
  ['Deaths averaged 17.8 per 100,000 people, and one in five infections was resistant.', [['17.8 per 100,000 people', 'QUANTITY', 17.8, 'per 100,000 people', false], ['one in five infections', 'CARDINAL', 0.2, 'infections (ratio)', false]]],
  // South African rand written "R" before a figure that reads as money
  ['The Treasury approved R12.4-billion; he spent R48,000 on a generator.', [['R12.4-billion', 'MONEY', 12400000000, 'ZAR', false], ['R48,000', 'MONEY', 48000, 'ZAR', false]]],
  // "No 10" (without the full stop) names Downing Street; "No. 1" is a rank
  ['Some people in No 10 were keen; the single went to No. 1 in the chart.', [['No. 1', 'ORDINAL', 1, null, false]]],
  // a number word and a fraction's plural is a share ("three-quarters" 75%); "mn"/"m" before a counted noun is millions
  ['Almost three-quarters of members and two-thirds of staff agreed. The group has about 14mn mobile customers and makes 60m doses a year.', [['Almost three-quarters', 'PERCENT', 75, 'percent', true], ['two-thirds', 'PERCENT', 66.67, 'percent', false], ['about 14mn mobile customers', 'CARDINAL', 14000000, 'mobile customers', true], ['60m doses', 'CARDINAL', 60000000, 'doses', false]]],
  // a figure ordinal before a name's head word is part of the name ("the 4th Ward", "the 10th Circuit"); "finished 4th" is a position
  ['Her 4th Ward seat went to the 10th Circuit; she finished 4th overall.', [['4th', 'ORDINAL', 4, null, false]]],
  // an ordinal in a hyphenated compound ("third-party", "second-hand") is no position in a series
  ['We engaged leading third-party experts and bought second-hand trucks; it was the third attack.', [['third', 'ORDINAL', 3, null, false]]],
  // Kenyan shillings written "Sh"; a chart rank "No. 1" (a docket "No. 25-418" is none)
  ['Petrol will retail at Sh209.50, up from Sh195.30. The album debuted at No. 1 in the U.K.; the case, No. 25-418, was heard.', [['Sh209.50', 'MONEY', 209.5, 'KES', false], ['Sh195.30', 'MONEY', 195.3, 'KES', false], ['No. 1', 'ORDINAL', 1, null, false]]],
  // "half a million"; a scale letter before a unit of measure
  ['Bond was set at half a million dollars for a journey of roughly 290m km (180m miles).', [['half a million dollars', 'MONEY', 500000, 'USD', false], ['roughly 290m km', 'QUANTITY', 290000000, 'km', true], ['180m miles', 'QUANTITY', 180000000, 'miles', false]]],
  // a capital C or F against a figure is a temperature; "50c" (cents) is not
  ['The world is heading for about 2.7C of heating, not 1.5C; it was 40F. Bread is 50c.', [['about 2.7C', 'QUANTITY', 2.7, 'degrees Celsius', true], ['1.5C', 'QUANTITY', 1.5, 'degrees Celsius', false], ['40F', 'QUANTITY', 40, 'degrees Fahrenheit', false]]],
  // "first" before a past verb is an adverb, and a "first name" is a kind of name
  ['The paper first reported the deal, and the two first met in 2019. She gave only her first name. It was the first report.', [['two', 'CARDINAL', 2, null, false], ['first', 'ORDINAL', 1, null, false]]],
  ['The Rs 4,500-crore plant got land at Rs 28 lakh an acre.', [['Rs 4,500-crore', 'MONEY', 45000000000, 'INR', false], ['Rs 28 lakh an acre', 'MONEY', 2800000, 'INR per acre', false]]],
  ['Call Crimestoppers on 0800 555 111 or 020 7946 0958.', []],
  ['The naira fell to N1,450 from N1,180 and the budget is about N4.8 trillion.', [['N1,450', 'MONEY', 1450, 'NGN', false], ['N1,180', 'MONEY', 1180, 'NGN', false], ['about N4.8 trillion', 'MONEY', 4800000000000, 'NGN', true]]],
  ['Temperatures fell to minus 19 degrees Celsius overnight.', [['minus 19 degrees Celsius', 'QUANTITY', -19, 'degrees Celsius', false]]],
  ['He is set to pocket a payoff of around £4.5million.', [['around £4.5million', 'MONEY', 4500000, 'GBP', true]]],
  ['About 7,000 employees were laid off.', [['About 7,000 employees', 'CARDINAL', 7000, 'employees', true]]],
  ['There are about 11 million undocumented immigrants in the country.', [['about 11 million undocumented immigrants', 'CARDINAL', 11000000, 'undocumented immigrants', true]]],
  ['The agency wants to find 7 million people.', [['7 million people', 'CARDINAL', 7000000, 'people', false]]],
  ['Losing three agency leaders is unprecedented.', [['three agency leaders', 'CARDINAL', 3, 'agency leaders', false]]],
  ['He is a six-term Republican lawmaker.', [['six-term', 'CARDINAL', 6, 'term', false]]],
  ['The hospital opened a 640-bed tower.', [['640-bed', 'CARDINAL', 640, 'bed', false]]],
  ['The city hired twelve new inspectors.', [['twelve new inspectors', 'CARDINAL', 12, 'new inspectors', false]]],
  ['Some 12,000 applicants are still waiting.', [['Some 12,000 applicants', 'CARDINAL', 12000, 'applicants', true]]],
  ['Two of my nurses quit.', [['Two of my nurses', 'CARDINAL', 2, 'nurses', false]]],
  ['She scored two or three goals.', [['two or three goals', 'CARDINAL', null, 'goals', true]]],
  ['Dozens of officials have been placed on leave.', [['Dozens of officials', 'CARDINAL', null, 'officials', true]]],
  ['The league has 20 teams, up from 18.', [['20 teams', 'CARDINAL', 20, 'teams', false], ['18', 'CARDINAL', 18, null, false]]],
  ['More than 90 animals were rescued.', [['More than 90 animals', 'CARDINAL', 90, 'animals', true]]],
  ['She was the agency’s third leader.', [['third', 'ORDINAL', 3, null, false]]],
  ['The 10th edition drew 15,000 runners.', [['10th', 'ORDINAL', 10, null, false], ['15,000 runners', 'CARDINAL', 15000, 'runners', false]]],
  ['The firm raised $1.2 billion from investors.', [['$1.2 billion', 'MONEY', 1200000000, 'USD', false]]],
  ['The national debt stands at $3.1 trillion.', [['$3.1 trillion', 'MONEY', 3100000000000, 'USD', false]]],
  ['The company lost more than $3 million.', [['more than $3 million', 'MONEY', 3000000, 'USD', true]]],
  ['Nearly $400,000 was missing.', [['Nearly $400,000', 'MONEY', 400000, 'USD', true]]],
  ['Tickets cost 50 cents.', [['50 cents', 'MONEY', 0.5, 'USD', false]]],
  ['The prize is worth 40,000 euros.', [['40,000 euros', 'MONEY', 40000, 'EUR', false]]],
  ['Nurses earn $38.50 an hour.', [['$38.50 an hour', 'MONEY', 38.5, 'USD per hour', false]]],
  ['The fund paid £2m to victims.', [['£2m', 'MONEY', 2000000, 'GBP', false]]],
  ['The agency will cut about 25 percent of its staff.', [['about 25 percent', 'PERCENT', 25, 'percent', true]]],
  ['Turnout rose to 95%.', [['95%', 'PERCENT', 95, 'percent', false]]],
  ['The economy grew 3.1 percent.', [['3.1 percent', 'PERCENT', 3.1, 'percent', false]]],
  ['The bank cut rates by 25 basis points.', [['25 basis points', 'QUANTITY', 25, 'basis points', false]]],
  ['The fire burned 14,200 acres.', [['14,200 acres', 'QUANTITY', 14200, 'acres', false]]],
  ['Winds reached 45 mph.', [['45 mph', 'QUANTITY', 45, 'mph', false]]],
  ['The trail is about 12 kilometers long.', [['about 12 kilometers', 'QUANTITY', 12, 'kilometers', true]]],
  ['Temperatures rose 3.5 degrees Celsius.', [['3.5 degrees Celsius', 'QUANTITY', 3.5, 'degrees Celsius', false]]],
  ['Thousands marched in the capital.', [['Thousands', 'CARDINAL', null, null, true]]],
  // not quantities
  ['One of the people said the plan failed.', []],
  ['No one was hurt, and one had left early.', []],
  ['The 13-year-old student testified.', []],
  ['The strike lasted three months and ended April 28.', []],
  ['The team won 2 – 1 after the break.', []],
  ['Apollo 11 landed on the moon.', []],
  ['Phase 3 trials began.', []],
  ['Each household gets a one-time payment and a one-off grant.', []],
  ['Wear N95 masks; none were left.', []],
  ['The train left the tracks at 52mph after a 10km run with 5kg of parts.', [['52mph', 'QUANTITY', 52, 'mph', false], ['10km', 'QUANTITY', 10, 'km', false], ['5kg', 'QUANTITY', 5, 'kg', false]]],
  ['They demanded about 60m kroner; the app has 5m users.', [['about 60m kroner', 'MONEY', 60000000, 'NOK', true], ['5m users', 'CARDINAL', 5000000, 'users', false]]],
  ['The First Amendment protects speech.', []],
];

describe('quantities stage', () => {
  it.each(ROWS)('%s', (sentence, expected) => {
    const got = quantitiesOf(sentence).map((q) => [q.text, q.kind, q.value, q.unit, q.approximate]);
    expect(got).toEqual(expected);
  });

  it('records the rule that found each quantity', () => {
    expect(quantitiesOf('About 25 percent of 300 workers got $5.').map((q) => q.rule)).toEqual(['quantities/percent', 'quantities/cardinal', 'quantities/money']);
  });

  it('stays fast on a long run of numbers (no quadratic matching)', () => {
    const text = 'one two three four five six seven eight nine ten '.repeat(400) + '1 - 2 - 3 '.repeat(400);
    const got = quantitiesOf(text);
    expect(got.length).toBeGreaterThan(0);
  });
});
