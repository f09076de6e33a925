import { describe, expect, it } from 'vitest';
import type { DateMention, DocumentMeta } from '../../src/document.js';
import { createDatesStage } from '../../src/stages/dates.js';
import { createSegmentStage } from '../../src/stages/segment.js';

/** The dates of one small document, upstream layers built by the real segment stage. */
function datesOf(text: string, date: string | null = '2025-04-08'): DateMention[] {
  const document: DocumentMeta = { id: 't', source: 'test', title: null, date, language: 'en', sha256: '0'.repeat(64), text };
  const upstream = createSegmentStage().run({ document });
  const { dates } = createDatesStage().run({ document, ...upstream });
  // invariants: offsets exact, sorted, no overlaps, a rule on every mention
  dates.forEach((d, i) => {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.rule).toMatch(/^dates\//);
    if (i > 0) expect(d.start).toBeGreaterThanOrEqual(dates[i - 1]!.end);
  });
  return dates;
}

type Row = [sentence: string, expected: Array<[text: string, type: DateMention['type'], value: string | null]>];

// Document date 2025-04-08 is a Tuesday (ISO week 15).
const ROWS: Row[] = [
  // a clock time on a weekday with its month and day in AP order, and a year after them
  ['Service resumes at 5 a.m. on Monday, Sept. 29. The vote was at 7 p.m. Tuesday, May 4, 2021.', [['5 a.m. on Monday, Sept. 29', 'TIME', '2025-09-29T05:00'], ['7 p.m. Tuesday, May 4, 2021', 'TIME', '2021-05-04T19:00']]],
  // a month and year with a comma between; a plan made earlier, still ahead; a deadline given with "until … to"; "as of" a weekday
  ['She took over in January, 2024. The next launch had been scheduled for Aug. 5. Roe had until Friday to confirm. No talks were set as of Monday evening.', [['January, 2024', 'DATE', '2024-01'], ['Aug. 5', 'DATE', '2025-08-05'], ['Friday', 'DATE', '2025-04-11'], ['Monday evening', 'TIME', '2025-04-07TEV']]],
  // a clock time's weekday reads its tense from the whole phrase ("due at"); "next" before the event a date is on
  ['The next update is due at 16:00 on Monday. Traders price a cut at the next meeting on June 18, data compiled by the bank showed.', [['16:00 on Monday', 'TIME', '2025-04-14T16:00'], ['June 18', 'DATE', '2025-06-18']]],
  // a clock time before "next Tuesday" is on that Tuesday; a date for a noun in "-ing" is the nearest, not the set verb's past
  ['The group will meet at 7.30pm next Tuesday. The judge set sentencing for Sept. 10. He was working for March.', [['7.30pm', 'TIME', '2025-04-15T19:30'], ['next Tuesday', 'DATE', '2025-04-15'], ['Sept. 10', 'DATE', '2025-09-10'], ['March', 'DATE', '2025-03']]],
  // a morning time after an evening one in a range is on the next day
  ['On April 2, the log shows a gap from 11:40 p.m. until 4:31 a.m. Paramedics arrived at 5:06 a.m.', [['April 2', 'DATE', '2025-04-02'], ['11:40 p.m.', 'TIME', '2025-04-02T23:40'], ['4:31 a.m.', 'TIME', '2025-04-03T04:31'], ['5:06 a.m.', 'TIME', '2025-04-03T05:06']]],
  // a date between a named subject and its verb takes that verb; a word after "for" is no part of the verb group after it
  ['With weeks to go, Governor Ana Li on Monday promised a loan waiver. He did not answer a request for comment sent on Monday.', [['Monday', 'DATE', '2025-04-07'], ['Monday', 'DATE', '2025-04-07']]],
  // a clock time's day written after it takes the year that day's own mention reads; a quoted word between a modal and its condition
  ['The union said schools would be "empty" from 8am on April 14 if the pay had not arrived by 5pm on Friday.', [['8am', 'TIME', '2025-04-14T08:00'], ['April 14', 'DATE', '2025-04-14'], ['5pm on Friday', 'TIME', '2025-04-11T17:00']]],
  // "N months earlier than" compares, a duration; a range of clock times on the weekday after it; plural parts of a weekday are a set
  ['Inflation will reach target six months earlier than planned. The clinic opens from 10 a.m. to 2 p.m. Saturday. Payments were made on Friday afternoons.', [['six months earlier', 'DURATION', 'P6M'], ['10 a.m.', 'TIME', '2025-04-12T10:00'], ['2 p.m. Saturday', 'TIME', '2025-04-12T14:00'], ['Friday afternoons', 'SET', 'XXXX-WXX-5TAF']]],
  // a time told in the past, far from the day last named, is on the day of the story's event
  ['A fire destroyed a house early Sunday, officials said. ' + 'The crews fought the flames in the heat and smoke, the chief said, and neighbours gathered across the road. '.repeat(5) + 'The man was pronounced dead shortly after 5 a.m.', [['early Sunday', 'DATE', '2025-04-06'], ['5 a.m.', 'TIME', '2025-04-06T05:00']]],
  // "next Wednesday" written on a Tuesday is a week from tomorrow; "next Friday" the first after; "the next Wednesday" the first after too
  ['The vote is set for next Wednesday, and the report for next Friday.', [['next Wednesday', 'DATE', '2025-04-16'], ['next Friday', 'DATE', '2025-04-11']]],
  ['They said the market would reopen on the next Wednesday.', [['next Wednesday', 'DATE', '2025-04-09']]],
  // a month opening a range takes the year its end is given
  ['Records from March through June last year were sought, and from November through February 2024.', [['March', 'DATE', '2024-03'], ['June last year', 'DATE', '2024-06'], ['November', 'DATE', '2023-11'], ['February 2024', 'DATE', '2024-02']]],
  // a clock time on the day written day first after it
  ['At 9pm on 6 March, the road closed.', [['9pm', 'TIME', '2025-03-06T21:00'], ['6 March', 'DATE', '2025-03-06']]],
  // a date between the comma closing a subject and its verb takes that verb, not the relative clause's
  ['Judge Ann Roe, who is presiding over the trial, on Monday denied the motion.', [['Monday', 'DATE', '2025-04-07']]],
  // "hoping to" looks ahead, like "hopes to"
  ['He said he was hoping to play again in March.', [['March', 'DATE', '2026-03']]],
  // a clock time with a place's time, then its day
  ['The results were released at 6:30 p.m. London time on Monday.', [['6:30 p.m. London time on Monday', 'TIME', '2025-04-07T18:30']]],
  // a deadline set by a request looks ahead, though the request is past; a past state "by Friday" does not
  ['She said she had asked the executive for a full report by Friday. The river had receded by Monday.', [['Friday', 'DATE', '2025-04-11'], ['Monday', 'DATE', '2025-04-07']]],
  // "last spring" is a time whatever follows; "the first half" alone is a half-year beside a company's figures, not in a match
  ['He had asked the board last spring to consider closing a school.', [['last spring', 'DATE', '2024-SP']]],
  ['It reported operating profit of €212mn in the first half. Belgium scored in the second half.', [['the first half', 'DATE', '2025-H1']]],
  // a 24-hour clock after a word of time: a time of day; a range is on no day, "after 17:00" on the day of publication
  ['The unit will close between 20:00 and 08:00 from 1 June.', [['20:00', 'TIME', 'XXXX-XX-XXT20:00'], ['08:00', 'TIME', 'XXXX-XX-XXT08:00'], ['1 June', 'DATE', '2025-06-01']]],
  ['In a statement issued shortly after 17:00, the utility apologised.', [['17:00', 'TIME', '2025-04-08T17:00']]],
  // "on Fridays" is a set, not "22:00 on Friday"
  ['It stays open until 22:00 on Fridays.', [['22:00', 'TIME', 'XXXX-XX-XXT22:00'], ['Fridays', 'SET', 'XXXX-WXX-5']]],
  // a four-figure clock with "local time", like one with a zone
  ['The leak was detected at 2340 local time.', [['2340 local time', 'TIME', '2025-04-08T23:40']]],
  // a quarter counted from publication
  ['For the current quarter, revenue will fall; sales rose last quarter.', [['the current quarter', 'DATE', '2025-Q2'], ['last quarter', 'DATE', '2025-Q1']]],
  // results for a quarter not yet begun this year are last year's
  ['The company will report fourth-quarter results on April 28.', [['fourth-quarter', 'DATE', '2024-Q4'], ['April 28', 'DATE', '2025-04-28']]],
  // a past form in a condition that a modal's clause governs looks ahead
  ['Builders warned that small firms could close if payments were not made by the end of March.', [['the end of March', 'DATE', '2026-03']]],
  // a financial or fiscal year counts as a year of a duration
  ['The county must hand over records for the past three financial years.', [['the past three financial years', 'DURATION', 'P3Y']]],
  // "between now and the end of March" looks ahead, though its clause is past
  ['The operator said bookings between now and the end of March had been affected.', [['the end of March', 'DATE', '2026-03']]],
  // a union local's number is no year; "May" after "for", or before "and June", is the month
  ['Gary Lind of Transit Union Local 1879 wants a raise for May and June.', [['May', 'DATE', '2025-05'], ['June', 'DATE', '2025-06']]],
  // a planned thing is ahead, though the clause is past ("a planned increase ... in March"); "was likely to" looks ahead
  ['Costs remained high, along with a planned increase in tariffs in March.', [['March', 'DATE', '2026-03']]],
  ['Economists said the bank was likely to resume easing before February.', [['February', 'DATE', '2026-02']]],
  // an infinitive after a request's object looks ahead of the request, whose own time may be past: the nearest
  ['The judge ordered the parties to return to court on May 20.', [['May 20', 'DATE', '2025-05-20']]],
  ['He had asked several trades to accept cuts in March.', [['March', 'DATE', '2025-03']]],
  // a day word capitalised right after a word is a name ("Radio 4's Today programme"); after a quotation mark it is the day
  ['He told Radio 4’s Today programme it was wrong. She said: “Today we won.”', [['Today', 'DATE', '2025-04-08']]],
  // a clock time, its weekday and the day and month it stands with are one time
  ['Stage 4 will stay until 05:00 on Monday, 14 April, the statement read.', [['05:00 on Monday, 14 April', 'TIME', '2025-04-14T05:00']]],
  // "May" after "as", or before "next year", is the month
  ['The utility plans to restart it as early as May next year.', [['May next year', 'DATE', '2026-05']]],
  // AP style: a clock time before its month and day is one time on that day
  ['The next meeting is set for 7 p.m. April 21, and the board will vote then.', [['7 p.m. April 21', 'TIME', '2025-04-21T19:00']]],
  // a clock time inside an opening phrase takes the day the main clause names after it ...
  ['After a hearing that ran past 10 p.m., the council voted 7-2 on Monday night to approve it.', [['10 p.m.', 'TIME', '2025-04-07T22:00'], ['Monday night', 'TIME', '2025-04-07TNI']]],
  // ... but not a day told in another clause of the sentence
  ['The river reached 14.4 metres at 3am and was expected to peak early on Thursday.', [['3am', 'TIME', '2025-04-08T03:00'], ['Thursday', 'DATE', '2025-04-10']]],
  // a year inside an identifier ("CVE-2026-41873") is no date
  ['Attackers used CVE-2024-41873, a flaw first seen in 2023.', [['2023', 'DATE', '2023']]],
  // a time zone makes a 24-hour clock a time of day (a bare "14:32" may be a score)
  ['On 7 April engineers halted the test at 14:51 UTC. The score was 14:32 at half-time.', [['7 April', 'DATE', '2025-04-07'], ['14:51 UTC', 'TIME', '2025-04-07T14:51']]],
  // a quarter of a fiscal year; a quarter named by its last month, and "a year earlier" from it; a half of next year
  ['Profit for Q2 FY26 rose; revenue for the December quarter grew 9% from a year earlier. Data are due in the first half of next year.', [['Q2 FY26', 'DATE', 'FY2026-Q2'], ['the December quarter', 'DATE', '2024-Q4'], ['a year earlier', 'DATE', '2023-Q4'], ['the first half of next year', 'DATE', '2026-H1']]],
  // "were planned ... on Saturday" is a plan, ahead; a time zone between a time and its day
  ['The union said more rallies were planned in Toronto on Saturday. Shares closed at 3:30 pm IST on Monday.', [['Saturday', 'DATE', '2025-04-12'], ['3:30 pm IST on Monday', 'TIME', '2025-04-07T15:30']]],
  // "local time" or a zone between a clock time and its weekday
  ['The ceremony began at 10 a.m. local time on Monday; polls close at 8 p.m. EST Thursday.', [['10 a.m. local time on Monday', 'TIME', '2025-04-07T10:00'], ['8 p.m. EST Thursday', 'TIME', '2025-04-10T20:00']]],
  ['The team will search the next data release, expected in December, for more.', [['December', 'DATE', '2025-12']]],
  ['Rents rose in the second quarter of 2024, up 7.3 percent from a year earlier.', [['the second quarter of 2024', 'DATE', '2024-Q2'], ['a year earlier', 'DATE', '2023-Q2']]],
  ['It happened at about 11.45pm on Saturday.', [['11.45pm on Saturday', 'TIME', '2025-04-05T23:45']]],
  ['She was scheduled to play two sold-out nights and the finale on May 27.', [['May 27', 'DATE', '2025-05-27']]],
  ['Anyone with information should call, quoting log 1234 of 7 April.', [['7 April', 'DATE', '2025-04-07']]],
  ['Tickets for the Apr. 14 show in Denver were refunded.', [['Apr. 14', 'DATE', '2025-04-14']]],
  ['She was scheduled to play the tour’s planned finale on May 27.', [['May 27', 'DATE', '2025-05-27']]],
  ['In March, members approved a transfer to keep service running through the summer.', [['March', 'DATE', '2025-03'], ['the summer', 'DATE', '2025-SU']]],
  ['He set the fire shortly after 3 a.m. on March 17, 2024.', [['3 a.m.', 'TIME', '2024-03-17T03:00'], ['March 17, 2024', 'DATE', '2024-03-17']]],
  ['Shares were down 6.8% by 1100 GMT.', [['1100 GMT', 'TIME', '2025-04-08T11:00']]],
  ['My waters broke at two in the morning.', [['two in the morning', 'TIME', 'XXXX-XX-XXT02:00']]],
  ['By nine o’clock it was raining ash; at 10 o\'clock at night it stopped.', [['nine o’clock', 'TIME', 'XXXX-XX-XXT09:00'], ['10 o\'clock at night', 'TIME', 'XXXX-XX-XXT22:00']]],
  ['The governor has led the bank since April last year and may cut in the first quarter of next year.', [['April last year', 'DATE', '2024-04'], ['the first quarter of next year', 'DATE', '2026-Q1']]],
  ['Exports fell 4.1% in March from a year earlier.', [['March', 'DATE', '2025-03'], ['a year earlier', 'DATE', '2024-03']]],
  ['Output shrank in February, and unemployment rose from a year earlier.', [['February', 'DATE', '2025-02'], ['a year earlier', 'DATE', '2024']]],
  ['Revenue in 2021 was $31 million. He told investors that year it was $118 million.', [['2021', 'DATE', '2021'], ['that year', 'DATE', '2021']]],
  ['Panels from the 15th century hang beside a 17th-century still life and art of the early twentieth century.', [['the 15th century', 'DATE', '14'], ['17th-century', 'DATE', '16'], ['the early twentieth century', 'DATE', '19']]],
  ['A former executive at Corvid Pay told jurors Monday that she had lied.', [['Monday', 'DATE', '2025-04-07']]],
  ['The department did not respond to requests for comment Monday.', [['Monday', 'DATE', '2025-04-07']]],
  ['The teams agreed to the deal late Monday night, but they agreed to meet again on Friday.', [['late Monday night', 'TIME', '2025-04-07TNI'], ['Friday', 'DATE', '2025-04-11']]],
  ['They sent two second-round picks.', []],
  ['She said the trust hoped to restore records by Friday, after the 2023 and 2024 seasons.', [['Friday', 'DATE', '2025-04-11'], ['2023', 'DATE', '2023'], ['2024', 'DATE', '2024']]],
  ['Doctors walked out from 07:00 on Tuesday; the strike will last until Friday. He ran 10:42.', [['07:00 on Tuesday', 'TIME', '2025-04-08T07:00'], ['Friday', 'DATE', '2025-04-11']]],
  ['The label signed him in 1962 and released his album the following year; the river could rival the 1974 floods.', [['1962', 'DATE', '1962'], ['the following year', 'DATE', '1963'], ['1974', 'DATE', '1974']]],
  ['It has not been fined since at least 2021, and at least 2021 people signed.', [['2021', 'DATE', '2021']]],
  ['It took a year and a half, then two and a half hours, then a couple of weeks.', [['a year and a half', 'DURATION', 'P18M'], ['two and a half hours', 'DURATION', 'PT150M'], ['a couple of weeks', 'DURATION', 'P2W']]],
  ['We were told in 2021 that the unit was safe. Four years later they are closing it.', [['2021', 'DATE', '2021'], ['Four years later', 'DATE', '2025']]],
  ['Forecasters saw a 60 percent chance that rainfall between October and December would be below average.', [['October', 'DATE', '2025-10'], ['December', 'DATE', '2025-12']]],
  ['Vail announced the broad outlines of the effort in a statement on Thursday.', [['Thursday', 'DATE', '2025-04-03']]],
  ['The Daily Courier and the sports daily Marca both ran it; the tests run daily.', [['daily', 'SET', 'P1D']]],
  ['He promised the roof would be done before the Fourth of July.', [['the Fourth of July', 'DATE', '2025-07-04']]],
  ['The family gathered on Thanksgiving last year.', [['Thanksgiving', 'DATE', '2024-11-28'], ['last year', 'DATE', '2024']]],
  ['Shops will close on Christmas Day.', [['Christmas Day', 'DATE', '2025-12-25']]],
  ['Deals fell 14% from a year earlier.', [['a year earlier', 'DATE', '2024']]],
  ['The plant closed on June 2. Three days later, workers protested.', [['June 2', 'DATE', '2024-06-02'], ['Three days later', 'DATE', '2024-06-05']]],
  ['They are testing us every night.', [['every night', 'SET', 'XXXX-XX-XXTNI']]],
  ['The department has spent the best part of a decade on it, and you can lose it in a single year.', [['a decade', 'DURATION', 'P10Y'], ['a single year', 'DURATION', 'P1Y']]],
  ['The senator signed the bill Monday.', [['Monday', 'DATE', '2025-04-07']]],
  ['The council will vote Friday on the budget.', [['Friday', 'DATE', '2025-04-11']]],
  ['The museum reopens Saturday after repairs.', [['Saturday', 'DATE', '2025-04-12']]],
  ['Officials met on Thursday and again on Tuesday.', [['Thursday', 'DATE', '2025-04-03'], ['Tuesday', 'DATE', '2025-04-08']]],
  ['She resigned last Tuesday.', [['last Tuesday', 'DATE', '2025-04-01']]],
  ['Results are due next Monday.', [['next Monday', 'DATE', '2025-04-14']]],
  ['The two agencies signed an agreement Monday. Monday’s agreement would permit data sharing.', [['Monday', 'DATE', '2025-04-07'], ['Monday', 'DATE', '2025-04-07']]],
  ['Power failed Tuesday night across the region.', [['Tuesday night', 'TIME', '2025-04-08TNI']]],
  ['Crews were expected to arrive late Wednesday.', [['late Wednesday', 'DATE', '2025-04-09']]],
  ['The polls close at 8 p.m. Tuesday.', [['8 p.m. Tuesday', 'TIME', '2025-04-08T20:00']]],
  ['Fire crews worked overnight to contain the blaze.', [['overnight', 'TIME', '2025-04-07TNI']]],
  ['Yesterday the governor signed the order.', [['Yesterday', 'DATE', '2025-04-07']]],
  ['The ruling came on Feb. 28.', [['Feb. 28', 'DATE', '2025-02-28']]],
  ['The new law will take effect Jan. 1.', [['Jan. 1', 'DATE', '2026-01-01']]],
  ['The new rules took effect Jan. 1.', [['Jan. 1', 'DATE', '2025-01-01']]],
  ['Hearings are set to begin on April 28.', [['April 28', 'DATE', '2025-04-28']]],
  ['The company was founded on March 5, 1998.', [['March 5, 1998', 'DATE', '1998-03-05']]],
  ['Posted Thursday, February 23, 2023, by the desk.', [['Thursday, February 23, 2023', 'DATE', '2023-02-23']]],
  ['The plant closed in September 2021.', [['September 2021', 'DATE', '2021-09']]],
  ['Prices rose sharply in February.', [['February', 'DATE', '2025-02']]],
  ['The report will be published in June.', [['June', 'DATE', '2025-06']]],
  ['Sales fell last week.', [['last week', 'DATE', '2025-W14']]],
  ['The board meets again next month.', [['next month', 'DATE', '2025-05']]],
  ['Unemployment fell last year and will rise next year.', [['last year', 'DATE', '2024'], ['next year', 'DATE', '2026']]],
  ['The plan was announced earlier this year.', [['earlier this year', 'DATE', '2025']]],
  ['The bridge opened two years ago.', [['two years ago', 'DATE', '2023']]],
  ['Inflation peaked in the 1990s and again in 2008.', [['the 1990s', 'DATE', '199'], ['2008', 'DATE', '2008']]],
  ['Revenue for fiscal 2026 is expected to grow.', [['fiscal 2026', 'DATE', 'FY2026']]],
  // fiscal years are named by the year they end in; without a stated start, one begins in July
  ['Spending fell in the 2024-25 financial year, and FY23 was worse.', [['the 2024-25 financial year', 'DATE', 'FY2025'], ['FY23', 'DATE', 'FY2023']]],
  ['Profits doubled last fiscal, and this financial year looks better.', [['last fiscal', 'DATE', 'FY2024'], ['this financial year', 'DATE', 'FY2025']]],
  ['Results for the fiscal year 2019-2023 period were restated.', [['2019', 'DATE', '2019'], ['2023', 'DATE', '2023']]],
  // "due" looks ahead; a month a noun is "for" is the nearest, whatever the clause's tense
  ['Inflation data are due on Thursday.', [['Thursday', 'DATE', '2025-04-10']]],
  ['The cartel paused its planned increases for June, sources said.', [['June', 'DATE', '2025-06']]],
  // a clock time told in the past does not take a later sentence's future day
  ['The House passed the bill early Tuesday, before the session ends June 30. It voted 102-99 at 1:12 a.m.', [['early Tuesday', 'DATE', '2025-04-08'], ['June 30', 'DATE', '2025-06-30'], ['1:12 a.m.', 'TIME', '2025-04-08T01:12']]],
  // the verb of a clause after "while", or of a relative clause, is not the date's
  ['Calderbrook travel to Brackwater on Thursday, while Wexley, who have won once, host Albion.', [['Thursday', 'DATE', '2025-04-10']]],
  ['Growth should return in the first quarter of 2026.', [['the first quarter of 2026', 'DATE', '2026-Q1']]],
  ['Flooding hit the town last summer.', [['last summer', 'DATE', '2024-SU']]],
  ['The strike lasted three months.', [['three months', 'DURATION', 'P3M']]],
  ['The shelter will stay open for two weeks.', [['two weeks', 'DURATION', 'P2W']]],
  ['He served more than a year in prison.', [['more than a year', 'DURATION', 'P1Y']]],
  ['The four-hour meeting ended in a vote.', [['four-hour', 'DURATION', 'PT4H']]],
  ['She finished in 2 hours, 4 minutes and 37 seconds.', [['2 hours, 4 minutes and 37 seconds', 'DURATION', 'PT2H4M37S']]],
  ['The dam has stood for half a century.', [['half a century', 'DURATION', 'P50Y']]],
  ['Output has doubled over the past three years.', [['the past three years', 'DURATION', 'P3Y']]],
  ['He spent a week in the hospital.', [['a week', 'DURATION', 'P1W']]],
  ['The board meets every six months.', [['every six months', 'SET', 'P6M']]],
  ['The newsletter is published weekly.', [['weekly', 'SET', 'P1W']]],
  ['The glacier loses 0.6 meters a year.', [['a year', 'SET', 'P1Y']]],
  ['Talks have stalled in recent days.', [['in recent days', 'DATE', 'PAST_REF']]],
  ['The mayor recently said the city is broke.', [['recently', 'DATE', 'PAST_REF']]],
  ['More layoffs are expected in the coming weeks.', [['in the coming weeks', 'DATE', 'FUTURE_REF']]],
  // a deadline that something past happened before is past; one just set is ahead (2025-04-08 is a Tuesday)
  ['Talks failed to produce a deal before a legal deadline on Friday.', [['Friday', 'DATE', '2025-04-04']]],
  ['The union set a deadline of midnight Friday for a better offer.', [['midnight Friday', 'TIME', '2025-04-11T24:00']]],
  // the "am" of a clock time is no verb: "came" makes the Monday past
  ['He said the water came at around 2 am on Monday.', [['2 am on Monday', 'TIME', '2025-04-07T02:00']]],
  // a day named with an earlier year is that day when named again without it; a later year is no guide
  ['The vote was held on February 8, 2024. Rigging on February 8 was alleged.', [['February 8, 2024', 'DATE', '2024-02-08'], ['February 8', 'DATE', '2024-02-08']]],
  ['Reserves run out by June 30, 2027. We must adopt a budget by June 30.', [['June 30, 2027', 'DATE', '2027-06-30'], ['June 30', 'DATE', '2025-06-30']]],
  // not dates
  ['The 13-year-old student won the prize.', []],
  ['The market may recover, and protesters will march on the capitol.', []],
  ['The fall in prices hurt farmers.', []],
  ['A second round of talks is planned.', []],
  ['Workers earn $4 an hour.', []],
  ['The decisions being made now matter.', []],
  ['About 1500 workers joined the strike.', []],
];

describe('dates stage', () => {
  it.each(ROWS)('%s', (sentence, expected) => {
    const got = datesOf(sentence).map((d) => [d.text, d.type, d.value]);
    expect(got).toEqual(expected);
  });

  it('keeps unknown parts as X without a document date', () => {
    expect(datesOf('The deal was signed Feb. 28 and announced Monday.', null).map((d) => [d.text, d.value])).toEqual([
      ['Feb. 28', 'XXXX-02-28'],
      ['Monday', 'XXXX-WXX-1'],
    ]);
  });

  it('reads a quoted "today" as the day of the story’s event', () => {
    const text = 'The runner won the race on Sunday. "Today the door opened," her coach said.';
    expect(datesOf(text, '2024-10-14').map((d) => [d.text, d.value])).toEqual([
      ['Sunday', '2024-10-13'],
      ['Today', '2024-10-13'],
    ]);
  });

  it('records the rule that found each mention', () => {
    expect(datesOf('The senator signed the bill Monday after three months.').map((d) => d.rule)).toEqual(['dates/weekday-by-tense', 'dates/duration']);
  });
});
