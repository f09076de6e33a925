/**
 * Attribution cases for the quotes and sources stages (issue 4), run through the whole pipeline.
 * Each row is a passage and what a standards editor would mark in it: every quote with its kind,
 * speaker span and source, and where it matters the sources (sourcing, anonymity reason,
 * no-comment). Conventions follow the team gold: direct quotes keep their marks (and a comma
 * inside them); indirect quotes are the reported content only; mixed quotes span the paraphrase.
 */
import { describe, it } from 'vitest';
import { checkQuoteCase, curlCase, type QuoteCase } from '../helpers/quote-cases.js';

const ATTRIBUTION: QuoteCase[] = [
  {
    name: 'two appositions between the name opening the sentence and "said"',
    text: 'Jason Levitt, executive director of Motorists for Safe Roads, a nonprofit advocacy group in Washington, said the gap was far too long.',
    quotes: [{ text: 'the gap was far too long', kind: 'indirect', speaker: 'Jason Levitt', source: 'Jason Levitt', sourcing: 'named' }],
  },
  {
    name: 'a product recall is no speech: "recalled" needs "that" or a quotation, and after an amount "that" opens a relative clause',
    text: 'In March, the company recalled about 96,000 of the SUVs because the camera could freeze. In July it recalled 22,500 models over a fuel line that could leak. Officials said at least nine of the deaths were in the county. Maria Lopez recalled that the water rose quickly.',
    quotes: [
      { text: 'at least nine of the deaths were in the county', kind: 'indirect', speaker: 'Officials', source: 'Officials', sourcing: 'anonymous' },
      { text: 'the water rose quickly', kind: 'indirect', speaker: 'Maria Lopez', cue: 'recalled', source: 'Maria Lopez', sourcing: 'named' },
    ],
  },
  {
    name: 'a hyphenated compound opening the reported clause; "the diplomat" is the anonymous diplomat described before, not a named person whose role is diplomat',
    text: 'Anika Sandhu, a law professor, said back-to-work laws often survived court challenges. Khalid al-Mannai, a Qatari diplomat who heads the mission, praised the vote. A Western diplomat, speaking on condition of anonymity because of the sensitivity of the matter, said the margin was big. “It is over,” the diplomat said.',
    quotes: [
      { text: 'back-to-work laws often survived court challenges', kind: 'indirect', speaker: 'Anika Sandhu', source: 'Anika Sandhu', sourcing: 'named' },
      { text: 'the margin was big', kind: 'indirect', speaker: 'A Western diplomat', source: 'Western diplomat', sourcing: 'anonymous' },
      { text: '“It is over,”', kind: 'direct', speaker: 'the diplomat', source: 'Western diplomat', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'Western diplomat', sourcing: 'anonymous', anonymityReason: 'because of the sensitivity of the matter' }],
  },
  {
    name: 'a person "identified only as" one name who "cannot be named"; "has ruled" after the content; an acronym in parentheses before a relative clause; an official "in the prime minister’s office"; residents "in the area"',
    text: 'The case was brought by a grandmother, identified in court only as Carla, who cannot be named for legal reasons. ‘I never wanted anything,’ she said. The cap was unlawful, the Supreme Court has ruled. The Rural Movement (PLB), which holds 17 seats, said late on Wednesday that it would oppose the budget. A senior official in the prime minister’s office said the deal was close. Residents in the area said the water was rising.',
    quotes: [
      { text: '‘I never wanted anything,’', kind: 'direct', speaker: 'she', source: 'Carla', sourcing: 'anonymous' },
      { text: 'The cap was unlawful', kind: 'indirect', speaker: 'the Supreme Court', cue: 'ruled', source: 'Supreme Court', sourcing: 'named' },
      { text: 'it would oppose the budget', kind: 'indirect', speaker: 'The Rural Movement', source: 'Rural Movement', sourcing: 'named' },
      { text: 'the deal was close', kind: 'indirect', speaker: 'A senior official in the prime minister’s office', source: 'senior official in the prime minister’s office', sourcing: 'anonymous' },
      { text: 'the water was rising', kind: 'indirect', speaker: 'Residents in the area', source: 'Residents in the area', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'Carla', sourcing: 'anonymous', anonymityReason: 'for legal reasons' }],
  },
  {
    name: 'a participle phrase and a "where" clause between the speaker and "said"; a long title before the name; researchers who "wrote in the journal"',
    text: 'Industries Minister S. Prakash Hegde, speaking over the phone from Tokyo, where he is leading a roadshow, said the subsidy was fair. Leader of the Opposition R. Ashwath Gowda said the land was worth more. The star lies 2,300 light-years away, the researchers wrote in the journal Nature.',
    quotes: [
      { text: 'the subsidy was fair', kind: 'indirect', speaker: 'Industries Minister S. Prakash Hegde', source: 'S. Prakash Hegde', sourcing: 'named' },
      { text: 'the land was worth more', kind: 'indirect', speaker: 'Leader of the Opposition R. Ashwath Gowda', source: 'R. Ashwath Gowda', sourcing: 'named' },
      { text: 'The star lies 2,300 light-years away', kind: 'indirect', speaker: 'the researchers', cue: 'wrote', source: 'researchers', sourcing: 'named' },
    ],
  },
  {
    name: 'sources "in the" ministry are anonymous, and "they" goes back to them',
    text: 'Sources in the Union Ministry of Heavy Industries said the project was among 11 proposals. A decision was likely before March 31, they said.',
    quotes: [
      { text: 'the project was among 11 proposals', kind: 'indirect', speaker: 'Sources in the Union Ministry of Heavy Industries', source: 'Sources in the Union Ministry of Heavy Industries', sourcing: 'anonymous' },
      { text: 'A decision was likely before March 31', kind: 'indirect', speaker: 'they', source: 'Sources in the Union Ministry of Heavy Industries', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'a participle phrase opening the sentence is no content; a compound noun ending a sentence ("asylum claims") is no cue',
    text: 'Asked about the report, an agency spokesman said the work was on track. Most remain in the country, many with pending asylum claims.',
    quotes: [{ text: 'the work was on track', kind: 'indirect', speaker: 'an agency spokesman', source: 'spokesman', sourcing: 'official' }],
  },
  {
    name: 'a speaker "in nearby" a place; "said in a video message posted Monday that"; a plural common noun opening the sentence is a group; negotiators from somewhere are anonymous',
    text: 'Nine of the injured remained in hospital, a spokeswoman for San Isabel Medical Center in nearby Pine Ridge said. The airline’s chief executive, Gregory Tallis, said in a video message posted Monday that the captain was experienced. Landlords say the increases reflect rising costs. Two negotiators from African countries, who spoke on condition of anonymity because the talks were continuing, said the offer was too low.',
    quotes: [
      { text: 'Nine of the injured remained in hospital', kind: 'indirect', speaker: 'a spokeswoman for San Isabel Medical Center in nearby Pine Ridge', source: 'San Isabel Medical Center spokeswoman', sourcing: 'official' },
      { text: 'the captain was experienced', kind: 'indirect', speaker: 'Gregory Tallis', source: 'Gregory Tallis', sourcing: 'named' },
      { text: 'the increases reflect rising costs', kind: 'indirect', speaker: 'Landlords', cue: 'say', source: 'Landlords', sourcing: 'anonymous' },
      { text: 'the offer was too low', kind: 'indirect', speaker: 'Two negotiators from African countries', source: 'Two negotiators from African countries', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'Two negotiators from African countries', sourcing: 'anonymous', anonymityReason: 'because the talks were continuing' }],
  },
  {
    name: 'a possessive description before the name after a quotation; "told" is followed by its listener; a capitalised name wink tags as a verb inside an apposition; a relative "that" after the cue is no content; a surname withheld',
    text: 'The singer has canceled her tour, the label announced Monday, just over a week before the show in Denver that was set to open it. “We know how hard this is,” Marlow’s manager, Jordan Pike, told People on Monday. Dana Okafor, a researcher at the security firm Redline Forensics who studies doorbells, said the data was valuable. Halyna, 71, who declined to give her surname for security reasons, swept glass. “The building shook,” she said. One of the suits says the company waited three weeks.',
    quotes: [
      { text: 'The singer has canceled her tour', kind: 'indirect', speaker: 'the label', cue: 'announced', source: 'label', sourcing: 'named' },
      { text: '“We know how hard this is,”', kind: 'direct', speaker: 'Jordan Pike', cue: 'told', source: 'Jordan Pike', sourcing: 'named' },
      { text: 'the data was valuable', kind: 'indirect', speaker: 'Dana Okafor', source: 'Dana Okafor', sourcing: 'named' },
      { text: '“The building shook,”', kind: 'direct', speaker: 'she', source: 'Halyna', sourcing: 'anonymous' },
      { text: 'the company waited three weeks', kind: 'indirect', speaker: 'One of the suits', cue: 'says', source: 'One of the suits', sourcing: 'named' },
    ],
    sources: [{ name: 'Halyna', sourcing: 'anonymous', anonymityReason: 'for security reasons' }],
  },
  {
    name: 'an epithet ("the striker") for the person named in the sentence before',
    text: 'Record signing Mateo Lindqvist, who cost €38million in the summer, has scored just three goals. “The manager believed in me,” the striker told Sky Sports.',
    quotes: [{ text: '“The manager believed in me,”', kind: 'direct', speaker: 'the striker', cue: 'told', source: 'Mateo Lindqvist', sourcing: 'named' }],
  },
  {
    name: 'a time phrase after the cue, a "where" clause inside the subject, staff as an anonymous group, the full name in apposition after "according to", a first name given at the source’s request found at the entity',
    text: 'Harlow Pumps said on Thursday it would cut 900 jobs. Staff say the problems are not new. One nurse who works at Eastfield Community Hospital, where the unit is based, said managers had been warned. She did not want to be identified for fear of losing her job. The senator asked for a briefing, according to his spokeswoman, Megan Sowell. Nadia, 41, who asked that her surname not be used, lives nearby. ‘I was lucky,’ she said.',
    quotes: [
      { text: 'it would cut 900 jobs', kind: 'indirect', speaker: 'Harlow Pumps', source: 'Harlow Pumps', sourcing: 'named' },
      { text: 'the problems are not new', kind: 'indirect', speaker: 'Staff', source: 'Staff', sourcing: 'anonymous' },
      { text: 'managers had been warned', kind: 'indirect', speaker: 'One nurse', source: 'One nurse', sourcing: 'anonymous' },
      { text: 'The senator asked for a briefing', kind: 'indirect', speaker: 'his spokeswoman, Megan Sowell', cue: 'according to', source: 'Megan Sowell', sourcing: 'named' },
      { text: '‘I was lucky,’', kind: 'direct', speaker: 'she', source: 'Nadia', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'One nurse', sourcing: 'anonymous', anonymityReason: 'for fear of losing her job' }],
  },
  {
    name: 'someone described by where they work or stand is anonymous, whatever names follow the head; a study published last month speaks, not the month',
    text: 'Owen Harte was jailed on Friday. An official at the Water Ministry, who spoke on condition of anonymity because the plan had not been approved, said the government would buy water. A person close to Harte’s family said he had borrowed heavily. A forensic accountant called by prosecutors testified that Harte had missed five payments. A study published last month found that droughts had become twice as frequent.',
    quotes: [
      { text: 'the government would buy water', kind: 'indirect', speaker: 'An official at the Water Ministry', source: 'official at the Water Ministry', sourcing: 'anonymous' },
      { text: 'he had borrowed heavily', kind: 'indirect', speaker: 'A person close to Harte’s family', source: 'person close to Harte’s family', sourcing: 'anonymous' },
      { text: 'Harte had missed five payments', kind: 'indirect', speaker: 'A forensic accountant called by prosecutors', cue: 'testified', source: 'forensic accountant called by prosecutors', sourcing: 'anonymous' },
      { text: 'droughts had become twice as frequent', kind: 'indirect', speaker: 'A study', cue: 'found', source: 'study', sourcing: 'named' },
    ],
    sources: [{ name: 'official at the Water Ministry', sourcing: 'anonymous', anonymityReason: 'because the plan had not been approved' }],
  },
  {
    name: 'a source named by first name only at her request is anonymous, with the reason; a passive "have been reported" names no speaker',
    text: 'According to the CDC, 164 measles cases have been reported this year. Brianna, who asked that her last name not be used to protect her children’s privacy, said her son caught measles in a clinic. “I thought I was doing everything right,” she said.',
    quotes: [
      { text: '164 measles cases have been reported this year', kind: 'indirect', speaker: 'the CDC', cue: 'According to', source: 'CDC', sourcing: 'named' },
      { text: 'her son caught measles in a clinic', kind: 'indirect', speaker: 'Brianna', source: 'Brianna', sourcing: 'anonymous' },
      { text: '“I thought I was doing everything right,”', kind: 'direct', speaker: 'she', source: 'Brianna', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'Brianna', sourcing: 'anonymous', anonymityReason: 'to protect her children’s privacy' }],
  },
  {
    name: 'the subject of coordinated verbs after an opening phrase, a speaker behind a verb-tagged modifier, a long dash-enclosed subject, "countered that"',
    text: 'In a 90-minute interview last week, the first-term mayor defended the plan, acknowledged that the city had moved too slowly and said she would ask voters to approve a tax. At a briefing on Wednesday, the mission’s lead scientist, Esteban Quill, said the probe’s three main instruments — a neutron spectrometer, a thermal camera and a ground-penetrating radar — would be switched on in turn. Rafael Dunn, who represents the North End, countered that the mayor was asking too much.',
    quotes: [
      { text: 'the city had moved too slowly', kind: 'indirect', speaker: 'the first-term mayor', source: 'mayor', sourcing: 'official' },
      { text: 'she would ask voters to approve a tax', kind: 'indirect', speaker: 'the first-term mayor', source: 'mayor', sourcing: 'official' },
      { text: 'the probe’s three main instruments — a neutron spectrometer, a thermal camera and a ground-penetrating radar — would be switched on in turn', kind: 'indirect', speaker: 'Esteban Quill', source: 'Esteban Quill', sourcing: 'named' },
      { text: 'the mayor was asking too much', kind: 'indirect', speaker: 'Rafael Dunn', cue: 'countered', source: 'Rafael Dunn', sourcing: 'named' },
    ],
  },
  {
    name: 'documents that "show", records obtained through a request, sources close to the club, and a newspaper named after "daily"',
    text: 'The emails, which span 14 months, show that 118 samples were retested. Records obtained through a public records request show that officials were warned. The club will not sell, sources close to the club said. Berrocal wants a deal, the Spanish sports daily Marca reported.',
    quotes: [
      { text: '118 samples were retested', kind: 'indirect', speaker: 'The emails', cue: 'show', source: 'emails', sourcing: 'named' },
      { text: 'officials were warned', kind: 'indirect', speaker: 'Records obtained through a public records request', cue: 'show', source: 'records', sourcing: 'named' },
      { text: 'The club will not sell', kind: 'indirect', speaker: 'sources close to the club', source: 'sources close to the club', sourcing: 'anonymous' },
      { text: 'Berrocal wants a deal', kind: 'indirect', speaker: 'the Spanish sports daily Marca', source: 'Marca', sourcing: 'named' },
    ],
  },
  {
    name: 'a description before the named speaker is no content, "her daughter" is the daughter named before, and a double relative clause',
    text: 'The cause was heart failure, her daughter, Celeste Boyd, said. “She played until her hands gave out,” her daughter said. A Republican strategist who has worked on races in the region, who spoke on the condition of anonymity to discuss internal polling, said the surveys showed a deficit. “We knew in October,” the strategist said.',
    quotes: [
      { text: 'The cause was heart failure', kind: 'indirect', speaker: 'Celeste Boyd', source: 'Celeste Boyd', sourcing: 'named' },
      { text: '“She played until her hands gave out,”', kind: 'direct', speaker: 'her daughter', source: 'Celeste Boyd', sourcing: 'named' },
      { text: 'the surveys showed a deficit', kind: 'indirect', speaker: 'A Republican strategist', source: 'Republican strategist', sourcing: 'anonymous' },
      { text: '“We knew in October,”', kind: 'direct', speaker: 'the strategist', source: 'Republican strategist', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'content before "officials said Friday, as ...", an amount opening the reported clause, and a request after a participle',
    text: 'Storms killed at least 14 people, officials said Friday, as rivers kept rising. Dana Whitfield, the county’s emergency director, said at least nine of the deaths were on flooded roads. The union wrote to the employers, urging them to convene fresh talks.',
    quotes: [
      { text: 'Storms killed at least 14 people', kind: 'indirect', speaker: 'officials', source: 'officials', sourcing: 'anonymous' },
      { text: 'at least nine of the deaths were on flooded roads', kind: 'indirect', speaker: 'Dana Whitfield', source: 'Dana Whitfield', sourcing: 'named' },
      { text: 'them to convene fresh talks', kind: 'indirect', speaker: 'The union', cue: 'urging', source: 'union', sourcing: 'named' },
    ],
  },
  {
    name: 'a subject after "warned", an acronym in parentheses before the verb, a hyphenated speaker, and "accused ... and called for"',
    text: 'Queensland has warned the deal’s strict conditions will leave states paying more. The Manufacturing Workers’ Union (MWU) said on Tuesday that 81 percent of members had backed walkouts. The state-run news agency said 12 people died. He accused the agency of treating passengers “as an afterthought” and called for a review.',
    quotes: [
      { text: 'the deal’s strict conditions will leave states paying more', kind: 'indirect', speaker: 'Queensland', cue: 'warned', source: 'Queensland', sourcing: 'named' },
      { text: '81 percent of members had backed walkouts', kind: 'indirect', speaker: 'The Manufacturing Workers’ Union', source: 'Manufacturing Workers', sourcing: 'named' },
      { text: '12 people died', kind: 'indirect', speaker: 'The state-run news agency', source: 'news agency', sourcing: 'named' },
      { text: 'the agency of treating passengers “as an afterthought”', kind: 'mixed', speaker: 'He', cue: 'accused', source: null },
      { text: 'a review', kind: 'indirect', speaker: 'He', cue: 'called', source: null },
    ],
  },
  {
    name: 'a split quotation around "says NAME, whose ...,", and "pointing out that" after the reported clause',
    text: '“What hurts the most,” says Rosa Delgado, whose twin daughters are in second grade, “is that nobody asked us.” Tom Becker, whose son is in fifth grade, says the district should spend the money on reading help instead, pointing out that only 38% of its third-graders met state standards.',
    quotes: [
      { text: '“What hurts the most,”', kind: 'direct', speaker: 'Rosa Delgado', cue: 'says', source: 'Rosa Delgado', sourcing: 'named' },
      { text: '“is that nobody asked us.”', kind: 'direct', speaker: 'Rosa Delgado', cue: 'says', source: 'Rosa Delgado', sourcing: 'named' },
      { text: 'the district should spend the money on reading help instead', kind: 'indirect', speaker: 'Tom Becker', cue: 'says', source: 'Tom Becker', sourcing: 'named' },
      { text: 'only 38% of its third-graders met state standards', kind: 'indirect', speaker: 'Tom Becker', cue: 'pointing out', source: 'Tom Becker', sourcing: 'named' },
    ],
  },
  {
    name: 'a gerund subject after "says", and a participle after a comma inside closing quotation marks',
    text: 'The Home Office says converting the six sites will cost £320m. Sabine Achterberg, an analyst at Norrland Bank, called a deal “a stretch, but not a reckless one,” noting that net debt stood at 1.9 times earnings.',
    quotes: [
      { text: 'converting the six sites will cost £320m', kind: 'indirect', speaker: 'The Home Office', cue: 'says', source: 'Home Office', sourcing: 'named' },
      { text: 'a deal “a stretch, but not a reckless one,”', kind: 'mixed', speaker: 'Sabine Achterberg', cue: 'called', source: 'Sabine Achterberg', sourcing: 'named' },
      { text: 'net debt stood at 1.9 times earnings', kind: 'indirect', speaker: 'Sabine Achterberg', cue: 'noting', source: 'Sabine Achterberg', sourcing: 'named' },
    ],
  },
  {
    name: 'speakers with a place, a participle, "and" inside a name, or a relative clause before the verb',
    text: 'Aid workers in Kessin said the market had closed. The Better Business Bureau serving northern Indiana said it had received 31 complaints. A spokesperson for the Centers for Disease Control and Prevention said the agency "welcomes new evidence" on falls. A woman who answered the phone at the office on Tuesday said the company had "no statement at this time".',
    quotes: [
      { text: 'the market had closed', kind: 'indirect', speaker: 'Aid workers in Kessin', source: 'aid workers', sourcing: 'anonymous' },
      { text: 'it had received 31 complaints', kind: 'indirect', speaker: 'The Better Business Bureau serving northern Indiana', source: 'Better Business Bureau', sourcing: 'named' },
      { text: 'the agency "welcomes new evidence" on falls', kind: 'mixed', speaker: 'A spokesperson for the Centers for Disease Control and Prevention', source: 'spokesperson', sourcing: 'official' },
      { text: 'the company had "no statement at this time"', kind: 'mixed', speaker: 'A woman', source: 'woman', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'an office holder named earlier is that person; a study\'s researchers are named by it; researchers in general are not',
    text: 'Home Secretary Yvette Cooper announced the plan on Monday. The Home Secretary said every hotel would close by 2027. The study was published in the journal Science. The researchers wrote that the effect was large. Other researchers said the glacier was shrinking.',
    quotes: [
      { text: 'every hotel would close by 2027', kind: 'indirect', speaker: 'The Home Secretary', source: 'Yvette Cooper', sourcing: 'named' },
      { text: 'the effect was large', kind: 'indirect', speaker: 'The researchers', source: 'researchers', sourcing: 'named' },
      { text: 'the glacier was shrinking', kind: 'indirect', speaker: 'Other researchers', source: 'Other researchers', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'a speaker whose modifier wink tags as a verb ("the study’s lead author")',
    text: '"We were honestly surprised," the study’s lead author said in an interview.',
    quotes: [{ text: '"We were honestly surprised,"', kind: 'direct', speaker: 'the study’s lead author', source: 'lead author', sourcing: 'unknown' }],
  },
  {
    name: '"according to" at the end of a sentence, with a bare plural that wink tags as a verb ("to police")',
    text: 'A contractor was arrested on Tuesday and charged with fraud, according to police.',
    quotes: [{ text: 'A contractor was arrested on Tuesday and charged with fraud', kind: 'indirect', speaker: 'police', cue: 'according to', source: 'police', sourcing: 'named' }],
  },
  {
    name: '"according to" anonymous people at the end, and a possessive document',
    text: 'The deal would value the maker at $9 billion, according to people with knowledge of the matter. The company had 118 million shares, according to its most recent quarterly filing.',
    quotes: [
      { text: 'The deal would value the maker at $9 billion', kind: 'indirect', speaker: 'people with knowledge of the matter', source: 'people with knowledge', sourcing: 'anonymous' },
      { text: 'The company had 118 million shares', kind: 'indirect', speaker: 'its most recent quarterly filing', source: 'quarterly filing', sourcing: 'named' },
    ],
  },
  {
    name: 'a pronoun after a person whose gender was only guessed from a first-name list',
    text: 'North Korean leader Kim Jong-Un declared his country was a nuclear state. However, he said it would not use nuclear weapons first.',
    quotes: [
      { text: 'his country was a nuclear state', kind: 'indirect', speaker: 'North Korean leader Kim Jong-Un', source: 'Kim Jong', sourcing: 'named' },
      { text: 'it would not use nuclear weapons first', kind: 'indirect', speaker: 'he', source: 'Kim Jong', sourcing: 'named' },
    ],
  },
  {
    name: 'a participle after "whilst", the subject after an opening adverbial, and a prepositional phrase inside the reported clause',
    text: 'During questions on Wednesday, Marta Quill defended the plan whilst promising a "formal update" from the minister is forthcoming.',
    quotes: [{ text: 'a "formal update" from the minister is forthcoming', kind: 'mixed', speaker: 'Marta Quill', cue: 'promising', source: 'Marta Quill', sourcing: 'named' }],
  },
  {
    name: 'a participle that wink tags as a noun: "..., warning that ..."',
    text: 'Brightwell Foods cut its forecast, warning that demand would stay "weak for some time".',
    quotes: [{ text: 'demand would stay "weak for some time"', kind: 'mixed', speaker: 'Brightwell Foods', cue: 'warning', source: 'Brightwell Foods', sourcing: 'named' }],
  },
  {
    name: 'a noun after a comma that only looks like a participle is no cue',
    text: 'The engine failed, warning lights flashed across the panel.',
    quotes: [],
  },
  {
    name: 'British single quotation marks, a plural possessive inside, and a description before the name',
    text: '‘We will not back down,’ the union’s leader, Orla Penhale, said. ‘The workers’ patience has run out.’',
    quotes: [
      { text: '‘We will not back down,’', kind: 'direct', speaker: 'Orla Penhale', source: 'Orla Penhale', sourcing: 'named' },
      { text: '‘The workers’ patience has run out.’', kind: 'direct', speaker: 'Orla Penhale', source: 'Orla Penhale', sourcing: 'named' },
    ],
  },
  {
    name: 'a description of the speaker before the name: "...," a spokeswoman for X, Name, said',
    text: '"The line will reopen on Monday," a spokeswoman for the rail operator, Ines Varga, said.',
    quotes: [{ text: '"The line will reopen on Monday,"', kind: 'direct', speaker: 'Ines Varga', source: 'Ines Varga', sourcing: 'named' }],
  },
  {
    name: 'quote before the verb: "...," Name said',
    text: '"We will reopen the bridge by Friday," Lena Ortiz said.',
    quotes: [{ text: '"We will reopen the bridge by Friday,"', kind: 'direct', speaker: 'Lena Ortiz', cue: 'said', source: 'Lena Ortiz', sourcing: 'named', sourceKind: 'person' }],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'verb before the quote: Name said, "..."',
    text: 'Lena Ortiz said, "We will reopen the bridge by Friday."',
    quotes: [{ text: '"We will reopen the bridge by Friday."', kind: 'direct', speaker: 'Lena Ortiz', cue: 'said', source: 'Lena Ortiz', sourcing: 'named' }],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'inverted: "...," said Name, the county auditor',
    text: '"The numbers do not add up," said Raymond Okafor, the county auditor.',
    quotes: [{ text: '"The numbers do not add up,"', kind: 'direct', speaker: 'Raymond Okafor', cue: 'said', source: 'Raymond Okafor', sourcing: 'named', sourceKind: 'person' }],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'present tense: "...," says Name, who ...',
    text: '"It was chaos from the first minute," says Priya Natarajan, who manages the shelter.',
    quotes: [{ text: '"It was chaos from the first minute,"', kind: 'direct', speaker: 'Priya Natarajan', cue: 'says', source: 'Priya Natarajan', sourcing: 'named' }],
  },
  {
    name: 'a question: "...?" asked Name',
    text: '"Who signed off on this?" asked Dana Reyes, a member of the council.',
    quotes: [{ text: '"Who signed off on this?"', kind: 'direct', speaker: 'Dana Reyes', cue: 'asked', source: 'Dana Reyes', sourcing: 'named' }],
  },
  {
    name: 'inverted: a surname that is also a common word ("said Lisa Grant")',
    text: '"The shifts were twelve hours long," said Lisa Grant, a welder at the plant.',
    quotes: [{ text: '"The shifts were twelve hours long,"', kind: 'direct', speaker: 'Lisa Grant', cue: 'said', source: 'Lisa Grant', sourcing: 'named', sourceKind: 'person' }],
    sourceCount: 1,
  },
  {
    name: 'a title before the name is part of the speaker span',
    text: '"This is a win for renters," said Sen. Beth Cole.',
    quotes: [{ text: '"This is a win for renters,"', kind: 'direct', speaker: 'Sen. Beth Cole', source: 'Beth Cole', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'a role before the name is part of the speaker span',
    text: '"Our crews worked through the night," Fire Chief Alan Pruitt said.',
    quotes: [{ text: '"Our crews worked through the night,"', kind: 'direct', speaker: 'Fire Chief Alan Pruitt', source: 'Alan Pruitt', sourcing: 'named' }],
  },
  {
    name: 'appositive and colon: Name, a doctor, said: "..."',
    text: 'Amira Haddad, an emergency physician in Tucson, said: "We are seeing more heat injuries every summer."',
    quotes: [{ text: '"We are seeing more heat injuries every summer."', kind: 'direct', speaker: 'Amira Haddad', cue: 'said', source: 'Amira Haddad', sourcing: 'named' }],
    sourceCount: 1,
    curly: true,
  },
  {
    name: '"...," Name said in an interview',
    text: '"I never saw the memo," Nora Blum said in an interview on Monday.',
    quotes: [{ text: '"I never saw the memo,"', kind: 'direct', speaker: 'Nora Blum', source: 'Nora Blum', sourcing: 'named' }],
  },
  {
    name: '"...," Gov. Name told reporters',
    text: '"We are not going to negotiate in public," Gov. Mark Delaney told reporters on Tuesday.',
    quotes: [{ text: '"We are not going to negotiate in public,"', kind: 'direct', speaker: 'Gov. Mark Delaney', cue: 'told', source: 'Mark Delaney', sourcing: 'named' }],
  },
  {
    name: 'a second attributed quote with "she added"',
    text: 'Tessa Grant coached the team for a decade. "We will be back next season," Grant said. "And we will be better," she added.',
    quotes: [
      { text: '"We will be back next season,"', kind: 'direct', speaker: 'Grant', source: 'Tessa Grant', sourcing: 'named' },
      { text: '"And we will be better,"', kind: 'direct', speaker: 'she', cue: 'added', source: 'Tessa Grant', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: 'a named person "said in a statement"',
    text: '"We are cooperating fully with investigators," Nora Blum said in a statement.',
    quotes: [{ text: '"We are cooperating fully with investigators,"', kind: 'direct', speaker: 'Nora Blum', source: 'Nora Blum', sourcing: 'named', sourceKind: 'person' }],
    sourceCount: 1,
  },
  {
    name: 'trap: "said" inside the quotation is not a second attribution',
    text: '"I said no three times," Lisa Grant said.',
    quotes: [{ text: '"I said no three times,"', kind: 'direct', speaker: 'Lisa Grant', cue: 'said', source: 'Lisa Grant', sourcing: 'named' }],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'a US legislator\'s party and state or district between commas ("D-Scranton", "R-Ohio") is not the speaker',
    text: '“The votes are not there,” Senate Minority Leader Paula Brandt, D-Scranton, said as the roll was called. Sen. Omar Whitlock, R-Ohio, said the bill was dead.',
    quotes: [
      { text: '“The votes are not there,”', kind: 'direct', speaker: 'Senate Minority Leader Paula Brandt', source: 'Paula Brandt', sourcing: 'named' },
      { text: 'the bill was dead', kind: 'indirect', speaker: 'Sen. Omar Whitlock', source: 'Omar Whitlock', sourcing: 'named' },
    ],
  },
  {
    name: '"with two traders saying": the noun phrase after "with" speaks',
    text: 'Copper prices climbed on Monday, with two traders saying supply had tightened.',
    quotes: [{ text: 'supply had tightened', kind: 'indirect', speaker: 'two traders', cue: 'saying', source: 'two traders', sourcing: 'anonymous' }],
  },
  {
    name: 'a focusing adverb opens the reported clause; "in September" between the cue and the clause; a document "projects that"',
    text: 'Judge Ellen Marsh said only a prison term could be justified. Veltro Systems has 2,000 staff and said in September it would hire 300 more. The study projects that the lakes will shrink by a third by 2080.',
    quotes: [
      { text: 'only a prison term could be justified', kind: 'indirect', speaker: 'Judge Ellen Marsh', source: 'Ellen Marsh', sourcing: 'named' },
      { text: 'it would hire 300 more', kind: 'indirect', speaker: 'Veltro Systems', source: 'Veltro Systems', sourcing: 'named' },
      { text: 'the lakes will shrink by a third by 2080', kind: 'indirect', speaker: 'The study', cue: 'projects', source: 'study' },
    ],
  },
  {
    name: 'a participle clause after ", traders said," is not their content; a lodge number ends the organisation\'s name',
    text: 'Bread prices have doubled since March, traders said, putting loaves out of reach of many families. The Harlow Fraternal Order of Police Lodge 12 said in a statement that the vote was unfair.',
    quotes: [
      { text: 'Bread prices have doubled since March', kind: 'indirect', speaker: 'traders', source: 'traders', sourcing: 'anonymous' },
      { text: 'the vote was unfair', kind: 'indirect', speaker: 'The Harlow Fraternal Order of Police Lodge 12', source: 'Fraternal Order of Police Lodge', sourcing: 'named' },
    ],
  },
  {
    name: 'wink tags "chief" an adjective after "the": still the speaker after the content',
    text: 'The bureau sent its findings to a prosecutor in June, the chief said.',
    quotes: [{ text: 'The bureau sent its findings to a prosecutor in June', kind: 'indirect', speaker: 'the chief', source: 'chief' }],
  },
  {
    name: 'two titles joined by "and" before the name; "who voted no," does not negate the cue after it; a town and its province inside an apposition',
    text: '“Sales recovered,” chairman and managing director Ravi Menon said in the statement. Ana Ortiz-Brandt, a statistician at Lakeside University who voted no, said the trial was flawed. Jean-Luc Marchand, speaking outside the plant in Laval, Que., said talks had failed.',
    quotes: [
      { text: '“Sales recovered,”', kind: 'direct', speaker: 'chairman and managing director Ravi Menon', source: 'Ravi Menon', sourcing: 'named' },
      { text: 'the trial was flawed', kind: 'indirect', speaker: 'Ana Ortiz-Brandt', source: 'Ana Ortiz-Brandt', sourcing: 'named' },
      { text: 'talks had failed', kind: 'indirect', speaker: 'Jean-Luc Marchand', source: 'Jean-Luc Marchand', sourcing: 'named' },
    ],
  },
  {
    name: 'a filing "disclosed that"; an inquiry "has found" a bare clause, and "the inquiry" is that same inquiry',
    text: 'The company\'s filing also disclosed that the regulator had fined it. An independent inquiry into the Marlow fire has found the brigade was short of crews. The inquiry found crews had fought bravely.',
    quotes: [
      { text: 'the regulator had fined it', kind: 'indirect', speaker: 'The company\'s filing', cue: 'disclosed', source: 'company' },
      { text: 'the brigade was short of crews', kind: 'indirect', speaker: 'An independent inquiry into the Marlow fire', cue: 'found', source: 'inquiry', sourcing: 'named' },
      { text: 'crews had fought bravely', kind: 'indirect', speaker: 'The inquiry', cue: 'found', source: 'inquiry', sourcing: 'named' },
    ],
    sourceCount: 2,
  },
  {
    name: 'a split quote attributed to a name with "its" role in apposition; a name, its role and a relative clause after a quotation',
    text: 'The union was angry. “Changing the chief executive is a start,” Joseph Mulenga, its general secretary, said, “but our members want the fans fixed.” “It is over,” Ramona Whitfield, the attorney general, who led the team, said.',
    quotes: [
      { text: '“Changing the chief executive is a start,”', kind: 'direct', speaker: 'Joseph Mulenga', source: 'Joseph Mulenga', sourcing: 'named' },
      { text: '“but our members want the fans fixed.”', kind: 'direct', speaker: 'Joseph Mulenga', source: 'Joseph Mulenga', sourcing: 'named' },
      { text: '“It is over,”', kind: 'direct', speaker: 'Ramona Whitfield', source: 'Ramona Whitfield', sourcing: 'named' },
    ],
  },
  {
    name: '"another" opens an apposition; "lamented" reports speech',
    text: 'Norrvik Pension Fund, another top-20 shareholder, said in a statement that it would still vote against the board. “Customers now buy half of what they used to,” Amaka Obi lamented.',
    quotes: [
      { text: 'it would still vote against the board', kind: 'indirect', speaker: 'Norrvik Pension Fund', source: 'Norrvik Pension Fund', sourcing: 'named' },
      { text: '“Customers now buy half of what they used to,”', kind: 'direct', speaker: 'Amaka Obi', cue: 'lamented', source: 'Amaka Obi', sourcing: 'named' },
    ],
  },
  {
    name: 'an emphatic reflexive after the subject is no part of the speaker ("Vaalgaard himself said")',
    text: 'Nils Vaalgaard himself said he was open to finding savings elsewhere.',
    quotes: [{ text: 'he was open to finding savings elsewhere', kind: 'indirect', speaker: 'Nils Vaalgaard', source: 'Nils Vaalgaard', sourcing: 'named' }],
  },
];

const COLON_AND_DASH: QuoteCase[] = [
  {
    name: 'dash attribution after a pull quote: "..." — Commissioner Name',
    text: '"Nobody voted for this." — Commissioner Jane Whitfield',
    quotes: [{ text: '"Nobody voted for this."', kind: 'direct', speaker: 'Commissioner Jane Whitfield', source: 'Jane Whitfield', sourcing: 'named' }],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'dash attribution on its own paragraph after narration',
    text: 'The commission met for six hours on Monday.\n"We owe residents an answer by summer." — Commissioner Jane Whitfield',
    quotes: [{ text: '"We owe residents an answer by summer."', kind: 'direct', speaker: 'Commissioner Jane Whitfield', source: 'Jane Whitfield', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'colon attribution: And from the chairwoman: "..."',
    text: 'Rep. Maria Santos, who chairs the committee, opened the hearing.\nAnd from the chairwoman: "We will vote on Thursday, with or without the report."',
    quotes: [{ text: '"We will vote on Thursday, with or without the report."', kind: 'direct', speaker: 'the chairwoman', source: 'Maria Santos', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'colon attribution without a speech verb: Surname put it plainly: "..."',
    text: 'Mayor Lena Ortiz closed the bridge on Monday.\nOrtiz put it plainly: "The bridge is not safe, and I will not pretend it is."',
    quotes: [{ text: '"The bridge is not safe, and I will not pretend it is."', kind: 'direct', speaker: 'Ortiz', source: 'Lena Ortiz', sourcing: 'named' }],
    sourceCount: 1,
  },
];

const ORGANISATIONS_AND_OFFICIALS: QuoteCase[] = [
  {
    name: 'an organisation speaking as itself "in a statement"',
    text: '"We did nothing wrong," Halvorsen Freight said in a statement.',
    quotes: [{ text: '"We did nothing wrong,"', kind: 'direct', speaker: 'Halvorsen Freight', source: 'Halvorsen Freight', sourcing: 'named', sourceKind: 'organization' }],
    sourceCount: 1,
  },
  {
    name: '"the company said in a statement" resolves to the company named before',
    text: 'Brightwater Energy disputed the findings. "Our wells meet every federal standard," the company said in a statement.',
    quotes: [{ text: '"Our wells meet every federal standard,"', kind: 'direct', speaker: 'the company', source: 'Brightwater Energy', sourcing: 'named', sourceKind: 'organization' }],
    sourceCount: 1,
  },
  {
    name: 'In a statement, the department said Y (indirect)',
    text: 'In a statement, the Labor Department said it would appeal the ruling.',
    quotes: [{ text: 'it would appeal the ruling', kind: 'indirect', speaker: 'the Labor Department', source: 'Labor Department', sourcing: 'named', sourceKind: 'organization' }],
    sourceCount: 1,
  },
  {
    name: 'Y, according to an agency (organisation, named)',
    text: 'Unemployment fell to 3.9 percent in March, according to the Labor Department.',
    quotes: [{ text: 'Unemployment fell to 3.9 percent in March', kind: 'indirect', speaker: 'the Labor Department', cue: 'according to', source: 'Labor Department', sourcing: 'named', sourceKind: 'organization' }],
  },
  {
    name: 'official: a department spokesperson said Y',
    text: 'A Commerce Department spokesperson said the rules would take effect in May.',
    quotes: [{ text: 'the rules would take effect in May', kind: 'indirect', speaker: 'A Commerce Department spokesperson', source: 'Commerce Department', sourcing: 'official' }],
    sourceCount: 1,
  },
  {
    name: '"the spokesperson" resolves to "a Commerce Department spokesperson"',
    text: 'A Commerce Department spokesperson said the rules would take effect in May. "We expect full compliance from day one," the spokesperson said.',
    quotes: [
      { text: 'the rules would take effect in May', kind: 'indirect', speaker: 'A Commerce Department spokesperson', source: 'Commerce Department', sourcing: 'official' },
      { text: '"We expect full compliance from day one,"', kind: 'direct', speaker: 'the spokesperson', source: 'Commerce Department', sourcing: 'official' },
    ],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'official: representatives from the State Department',
    text: 'Representatives from the State Department said the embassy would remain open.',
    quotes: [{ text: 'the embassy would remain open', kind: 'indirect', speaker: 'Representatives from the State Department', source: 'State Department', sourcing: 'official' }],
  },
  {
    name: 'official: "...," a Pentagon spokeswoman said',
    text: '"The exercise was planned months ago," a Pentagon spokeswoman said.',
    quotes: [{ text: '"The exercise was planned months ago,"', kind: 'direct', speaker: 'a Pentagon spokeswoman', source: 'Pentagon', sourcing: 'official' }],
  },
  {
    name: 'a named spokeswoman is named, not official',
    text: '"The exercise was planned months ago," said Pentagon spokeswoman Carla Ruiz.',
    quotes: [{ text: '"The exercise was planned months ago,"', kind: 'direct', speaker: 'Pentagon spokeswoman Carla Ruiz', source: 'Carla Ruiz', sourcing: 'named', sourceKind: 'person' }],
  },
  {
    name: '"the Crown corporation" is the organisation named last, after a capitalised modifier',
    text: 'Canada Post said it had offered raises. The Crown corporation said it lost $748 million last year.',
    quotes: [
      { text: 'it had offered raises', kind: 'indirect', speaker: 'Canada Post', source: 'Canada Post', sourcing: 'named' },
      { text: 'it lost $748 million last year', kind: 'indirect', speaker: 'The Crown corporation', source: 'Canada Post', sourcing: 'named' },
    ],
  },
  {
    name: 'a capitalised name wink tags as a verb inside "a Red Cross spokeswoman"; "the cooperative" is the co-op named before',
    text: 'About 90 people slept there Friday night, a Red Cross spokeswoman said. Hollin Electric Cooperative restored power. Line crews from four other states were helping, the cooperative said.',
    quotes: [
      { text: 'About 90 people slept there Friday night', kind: 'indirect', speaker: 'a Red Cross spokeswoman', source: 'spokeswoman', sourcing: 'official' },
      { text: 'Line crews from four other states were helping', kind: 'indirect', speaker: 'the cooperative', source: 'Hollin Electric Cooperative', sourcing: 'named' },
    ],
  },
  {
    name: 'a spokesperson for a titled person speaks for that person, on the record',
    text: 'A spokesperson for Associate Health Minister Hamish Coldwell said the minister expected a recovery plan.',
    quotes: [{ text: 'the minister expected a recovery plan', kind: 'indirect', speaker: 'A spokesperson for Associate Health Minister Hamish Coldwell', source: 'Hamish Coldwell', sourcing: 'official' }],
  },
  {
    name: 'a name opening the sentence before two appositions speaks for itself ("Ahn Jae-min, a spokesperson for the federation, the largest group, said")',
    text: "Ahn Jae-min, a spokesperson for the Korea Physicians' Federation, the country's largest doctors' group, said the government was holding patients hostage.",
    quotes: [{ text: 'the government was holding patients hostage', kind: 'indirect', speaker: "a spokesperson for the Korea Physicians' Federation", source: 'Ahn Jae-min', sourcing: 'named' }],
  },
  {
    name: 'a role without an article in apposition to a name, before a relative clause, is that name speaking; "the superintendent" is the person introduced as one',
    text: 'Åsa Berg, chief executive of the municipal housing company Järnvikshem, which owns about 21,000 of the city’s rental flats, said fewer tenants were moving out. Luis Arredondo, superintendent of Calloway Springs ISD, said his district lost 37 students. "We were told vouchers would empty our schools," the superintendent said.',
    quotes: [
      { text: 'fewer tenants were moving out', kind: 'indirect', speaker: 'Åsa Berg', source: 'Åsa Berg', sourcing: 'named' },
      { text: 'his district lost 37 students', kind: 'indirect', speaker: 'Luis Arredondo', source: 'Luis Arredondo', sourcing: 'named' },
      { text: '"We were told vouchers would empty our schools,"', kind: 'direct', speaker: 'the superintendent', source: 'Luis Arredondo', sourcing: 'named' },
    ],
  },
  {
    name: 'a title in apposition to a name after an honorific speaks for the name; a noun wink tags as an adverb closes a speaker phrase ("the Toronto-based firm"); a presentation is a document',
    text: 'Ms Chua Li Ting, MP for Tampines GRC, who raised the issue in Parliament, said the rules were a first step. Pinecrest “submitted a disciplined offer,” a spokesperson for the Toronto-based firm said in a statement. Earnings fell 11%, according to a Kesselring presentation to bondholders.',
    quotes: [
      { text: 'the rules were a first step', kind: 'indirect', speaker: 'MP for Tampines GRC', source: 'Chua Li Ting', sourcing: 'named' },
      { text: 'Pinecrest “submitted a disciplined offer,”', kind: 'mixed', speaker: 'a spokesperson for the Toronto-based firm', source: 'spokesperson', sourcing: 'official' },
      { text: 'Earnings fell 11%', kind: 'indirect', speaker: 'a Kesselring presentation', source: 'presentation', sourcing: 'named' },
    ],
  },
  {
    name: 'a press office speaks as its institution; "the spokesperson" is the person introduced as one with a plural possessive in the body named ("the Korea Physicians\' Federation")',
    text: "Ahn Jae-min, a spokesperson for the Korea Physicians' Federation, the country's largest doctors' group, said the plan was wrong. \"Adding 1,500 students a year,\" the spokesperson said, \"will not help.\" The University of Calder said in a statement that the work was reviewed. The university’s press office said the team had 14 researchers.",
    quotes: [
      { text: 'the plan was wrong', kind: 'indirect', speaker: "a spokesperson for the Korea Physicians' Federation", source: 'Ahn Jae-min', sourcing: 'named' },
      { text: '"Adding 1,500 students a year,"', kind: 'direct', speaker: 'the spokesperson', source: 'Ahn Jae-min', sourcing: 'named' },
      { text: '"will not help."', kind: 'direct', speaker: 'the spokesperson', source: 'Ahn Jae-min', sourcing: 'named' },
      { text: 'the work was reviewed', kind: 'indirect', speaker: 'The University of Calder', source: 'University of Calder', sourcing: 'named' },
      { text: 'the team had 14 researchers', kind: 'indirect', speaker: 'The university’s press office', source: 'press office', sourcing: 'named' },
    ],
  },
];

const SPLIT_AND_CONTINUED: QuoteCase[] = [
  {
    name: 'split quote around "said in <place>, where …,"',
    text: '"Nobody wants a strike," Ms Wanjiru said in Nakuru, where she was opening a girls\' school, "and I am asking for patience."',
    quotes: [
      { text: '"Nobody wants a strike,"', kind: 'direct', speaker: 'Ms Wanjiru', source: 'Wanjiru', sourcing: 'named' },
      { text: '"and I am asking for patience."', kind: 'direct', speaker: 'Ms Wanjiru', source: 'Wanjiru', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: '"she" after an institution is the person quoted before it, whatever a name list guessed of the first name',
    text: '"Prices have come down," Governor Rosario Vell told reporters.\nInflation slowed to 3.6% in May, the statistics office said.\n"We are not declaring victory," she said.',
    quotes: [
      { text: '"Prices have come down,"', kind: 'direct', speaker: 'Governor Rosario Vell', source: 'Rosario Vell', sourcing: 'named' },
      { text: 'Inflation slowed to 3.6% in May', kind: 'indirect', speaker: 'the statistics office', source: 'statistics office', sourcing: 'named' },
      { text: '"We are not declaring victory,"', kind: 'direct', speaker: 'she', source: 'Rosario Vell', sourcing: 'named' },
    ],
    sourceCount: 2,
  },
  {
    name: 'split quote around "said later in the evening," and "said later,"; a councillor titled "Coun." after a ward number',
    text: '"We have waited long enough," Dana Reyes said later in the evening, "and the riders have waited longer."\n"It is done," Owen Pike said later, "and it stays done."\n"This is about safety," Ward 4 Coun. Mara Lindgren told council.',
    quotes: [
      { text: '"We have waited long enough,"', kind: 'direct', speaker: 'Dana Reyes', source: 'Dana Reyes', sourcing: 'named' },
      { text: '"and the riders have waited longer."', kind: 'direct', speaker: 'Dana Reyes', source: 'Dana Reyes', sourcing: 'named' },
      { text: '"It is done,"', kind: 'direct', speaker: 'Owen Pike', source: 'Owen Pike', sourcing: 'named' },
      { text: '"and it stays done."', kind: 'direct', speaker: 'Owen Pike', source: 'Owen Pike', sourcing: 'named' },
      { text: '"This is about safety,"', kind: 'direct', speaker: 'Ward 4 Coun. Mara Lindgren', source: 'Mara Lindgren', sourcing: 'named' },
    ],
    sourceCount: 3,
    curly: true,
  },
  {
    name: 'split quote: "...," Name said, "..."',
    text: '"We cannot afford it," Dana Reyes said, "and we will not pretend otherwise."',
    quotes: [
      { text: '"We cannot afford it,"', kind: 'direct', speaker: 'Dana Reyes', source: 'Dana Reyes', sourcing: 'named' },
      { text: '"and we will not pretend otherwise."', kind: 'direct', speaker: 'Dana Reyes', source: 'Dana Reyes', sourcing: 'named' },
    ],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'split quote around an inverted attribution with an appositive',
    text: '"The pool will stay closed," said Tom Brennan, the parks director, "until the repairs are finished."',
    quotes: [
      { text: '"The pool will stay closed,"', kind: 'direct', speaker: 'Tom Brennan', source: 'Tom Brennan', sourcing: 'named' },
      { text: '"until the repairs are finished."', kind: 'direct', speaker: 'Tom Brennan', source: 'Tom Brennan', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: 'split quote with a pronoun speaker (curly marks)',
    text: 'Lucia Ferrante lost her home in the flood.\n“We tried,” she said, “but the water came too fast.”',
    quotes: [
      { text: '“We tried,”', kind: 'direct', speaker: 'she', source: 'Lucia Ferrante', sourcing: 'named' },
      { text: '“but the water came too fast.”', kind: 'direct', speaker: 'she', source: 'Lucia Ferrante', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: 'a quote-only paragraph continues the last speaker',
    text: '"We ran out of beds by noon," said Helen Marsh, a nurse at the clinic.\n"By evening, patients were waiting in the hallway."',
    quotes: [
      { text: '"We ran out of beds by noon,"', kind: 'direct', speaker: 'Helen Marsh', cue: 'said', source: 'Helen Marsh', sourcing: 'named' },
      { text: '"By evening, patients were waiting in the hallway."', kind: 'direct', speaker: 'Helen Marsh', cue: null, source: 'Helen Marsh', sourcing: 'named' },
    ],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'a second quoted sentence in the same paragraph is its own quote',
    text: '"The river rose four feet overnight," said Owen Pike, the county\'s emergency manager. "We had never seen anything like it."',
    quotes: [
      { text: '"The river rose four feet overnight,"', kind: 'direct', speaker: 'Owen Pike', cue: 'said', source: 'Owen Pike', sourcing: 'named' },
      { text: '"We had never seen anything like it."', kind: 'direct', speaker: 'Owen Pike', cue: null, source: 'Owen Pike', sourcing: 'named' },
    ],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'two sentences inside one pair of marks are one quote',
    text: '"We knew the risks," Owen Pike said. "We took them anyway. And we would do it again."',
    quotes: [
      { text: '"We knew the risks,"', kind: 'direct', speaker: 'Owen Pike', source: 'Owen Pike', sourcing: 'named' },
      { text: '"We took them anyway. And we would do it again."', kind: 'direct', speaker: 'Owen Pike', cue: null, source: 'Owen Pike', sourcing: 'named' },
    ],
  },
  {
    name: 'indirect then a direct quote from the same speaker',
    text: 'Helen Marsh, a nurse, said the clinic had been overwhelmed. "We have never treated this many patients in a day."',
    quotes: [
      { text: 'the clinic had been overwhelmed', kind: 'indirect', speaker: 'Helen Marsh', source: 'Helen Marsh', sourcing: 'named' },
      { text: '"We have never treated this many patients in a day."', kind: 'direct', speaker: 'Helen Marsh', cue: null, source: 'Helen Marsh', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: 'a quotation running over two paragraphs is one quote',
    text: '"The first thing we did was call the families," said Alan Pruitt, the fire chief. "We told them everything we knew.\n"Then we waited for the divers."',
    quotes: [
      { text: '"The first thing we did was call the families,"', kind: 'direct', speaker: 'Alan Pruitt', source: 'Alan Pruitt', sourcing: 'named' },
      { text: '"We told them everything we knew.\n"Then we waited for the divers."', kind: 'direct', speaker: 'Alan Pruitt', cue: null, source: 'Alan Pruitt', sourcing: 'named' },
    ],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'trap: appositive speaker before a quote that runs into the next paragraph',
    text: 'Greta Lindqvist, a glaciologist at the university, said: "The ice is thinning faster than our models predicted.\n"We need better instruments, and we need them now."',
    quotes: [
      {
        text: '"The ice is thinning faster than our models predicted.\n"We need better instruments, and we need them now."',
        kind: 'direct',
        speaker: 'Greta Lindqvist',
        source: 'Greta Lindqvist',
        sourcing: 'named',
      },
    ],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'trap: a quote paragraph after "X said he was worried." belongs to X',
    text: 'Paul Esposito, the city manager, said he was worried.\n"If the levee fails, we lose the whole east side."',
    quotes: [
      { text: 'he was worried', kind: 'indirect', speaker: 'Paul Esposito', source: 'Paul Esposito', sourcing: 'named' },
      { text: '"If the levee fails, we lose the whole east side."', kind: 'direct', speaker: 'Paul Esposito', cue: null, source: 'Paul Esposito', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: 'three quote-only paragraphs after an attribution keep the speaker',
    text: 'Marcus Bell, the team\'s longtime coach, said the season had been the hardest of his career.\n"We lost four starters in a month."\n"Nobody expected us to win a game."\n"We won nine."',
    quotes: [
      { text: 'the season had been the hardest of his career', kind: 'indirect', speaker: 'Marcus Bell', source: 'Marcus Bell', sourcing: 'named' },
      { text: '"We lost four starters in a month."', kind: 'direct', speaker: 'Marcus Bell', cue: null, source: 'Marcus Bell', sourcing: 'named' },
      { text: '"Nobody expected us to win a game."', kind: 'direct', speaker: 'Marcus Bell', cue: null, source: 'Marcus Bell', sourcing: 'named' },
      { text: '"We won nine."', kind: 'direct', speaker: 'Marcus Bell', cue: null, source: 'Marcus Bell', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: 'a quote-only paragraph after a pronoun attribution keeps the resolved source',
    text: 'Lucia Ferrante has run the bakery since 1998.\n"We lost everything in one night," she said.\n"But we opened again a week later."',
    quotes: [
      { text: '"We lost everything in one night,"', kind: 'direct', speaker: 'she', source: 'Lucia Ferrante', sourcing: 'named' },
      { text: '"But we opened again a week later."', kind: 'direct', speaker: 'she', cue: null, source: 'Lucia Ferrante', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: 'a short adverbial between the verb and the second part of a split quotation',
    text: '“We take the concerns seriously,” Wrenfield said in an interview after the vote, “and we will work with the agency.”',
    quotes: [
      { text: '“We take the concerns seriously,”', kind: 'direct', speaker: 'Wrenfield', source: 'Wrenfield', sourcing: 'named' },
      { text: '“and we will work with the agency.”', kind: 'direct', speaker: 'Wrenfield', source: 'Wrenfield', sourcing: 'named' },
    ],
  },
  {
    name: 'a listener and where it was said stand between the cue and the second part, which runs on into the next paragraph',
    text: '"A long stoppage hurts everyone," Lidia Ferrante told reporters at the presidential palace in Lima, "and it hurts the workers most of all.\n\n"We are asking both parties to show flexibility."',
    quotes: [
      { text: '"A long stoppage hurts everyone,"', kind: 'direct', speaker: 'Lidia Ferrante', source: 'Lidia Ferrante', sourcing: 'named' },
      { text: '"and it hurts the workers most of all.\n\n"We are asking both parties to show flexibility."', kind: 'direct', speaker: 'Lidia Ferrante', source: 'Lidia Ferrante', sourcing: 'named' },
    ],
  },
];

const RESOLUTION: QuoteCase[] = [
  {
    name: '"the Corvane CEO" is the person introduced as its chief executive; "the police spokeswoman" the public relations officer; a split quotation around "told a news conference … at 3 p.m.,"',
    text: 'Tomas Vell, Corvane’s chief executive, framed the sale as a matter of survival.\n"It gives us the balance sheet," the Corvane CEO added.\nJane Roe, the police public relations officer, said 37 people were arrested.\n"We will not fold our arms," the police spokeswoman said.\n"The restart is unavoidable," Governor Aki Sato told a news conference at the prefectural office at 3 p.m., "but it was not easy."',
    quotes: [
      { text: '"It gives us the balance sheet,"', kind: 'direct', speaker: 'the Corvane CEO', source: 'Tomas Vell', sourcing: 'named' },
      { text: '37 people were arrested', kind: 'indirect', speaker: 'Jane Roe', source: 'Jane Roe', sourcing: 'named' },
      { text: '"We will not fold our arms,"', kind: 'direct', speaker: 'the police spokeswoman', source: 'Jane Roe', sourcing: 'named' },
      { text: '"The restart is unavoidable,"', kind: 'direct', speaker: 'Governor Aki Sato', source: 'Aki Sato', sourcing: 'named' },
      { text: '"but it was not easy."', kind: 'direct', speaker: 'Governor Aki Sato', source: 'Aki Sato', sourcing: 'named' },
    ],
    allowExtra: true,
  },
  {
    name: '"the managing director" is the person introduced with that role (wink tags "managing" a verb); "the judge" is the person titled Justice',
    text: '"It is a blow," said Niall Barrow, the managing director of Harlow Homes.\n"We will appeal," the managing director said.\nJustice Meera Anand set aside the order on Monday.\nCompensation need not be refunded, the judge said.',
    quotes: [
      { text: '"It is a blow,"', kind: 'direct', speaker: 'Niall Barrow', source: 'Niall Barrow', sourcing: 'named' },
      { text: '"We will appeal,"', kind: 'direct', speaker: 'the managing director', source: 'Niall Barrow', sourcing: 'named' },
      { text: 'Compensation need not be refunded', kind: 'indirect', speaker: 'the judge', source: 'Meera Anand', sourcing: 'named' },
    ],
    sourceCount: 2,
  },
  {
    name: '"the spokesman" is the person introduced as spokesman before his own titles, until an unnamed spokesperson speaks; a juror who spoke on condition her name not be used is anonymous with the reason',
    text: 'The council’s spokesman, Lieutenant Colonel Musa Kargbo, said on Wednesday that talks would go on.\nThe spokesman said 31 detainees had been freed.\nA regional bloc spokesperson said on Thursday that mediation would continue. Sanctions would stay, the spokesperson added.\nOne juror said the panel had struggled. She spoke on the condition that her name not be used because the court had asked jurors to stay silent.',
    quotes: [
      { text: 'talks would go on', kind: 'indirect', speaker: 'Lieutenant Colonel Musa Kargbo', source: 'Musa Kargbo', sourcing: 'named' },
      { text: '31 detainees had been freed', kind: 'indirect', speaker: 'The spokesman', source: 'Musa Kargbo', sourcing: 'named' },
      { text: 'mediation would continue', kind: 'indirect', speaker: 'A regional bloc spokesperson', source: 'spokesperson', sourcing: 'official' },
      { text: 'Sanctions would stay', kind: 'indirect', speaker: 'the spokesperson', source: 'spokesperson', sourcing: 'official' },
      { text: 'the panel had struggled', kind: 'indirect', speaker: 'One juror', source: 'One juror', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'One juror', sourcing: 'anonymous', anonymityReason: 'because the court had asked jurors to stay silent' }],
    allowExtra: true,
  },
  {
    name: 'a councillor\'s party and ward in parentheses, then a relative clause, stand between the speaker and "said"',
    text: 'Cllr Maud Tarrant (Liberal Democrat, Abbey ward), who chairs the finance committee, said the money was needed to close a gap. Cllr Ravi Okafor (Labour, Eastfield), who abstained, said she had wanted a trial.',
    quotes: [
      { text: 'the money was needed to close a gap', kind: 'indirect', speaker: 'Cllr Maud Tarrant', source: 'Maud Tarrant', sourcing: 'named' },
      { text: 'she had wanted a trial', kind: 'indirect', speaker: 'Cllr Ravi Okafor', source: 'Ravi Okafor', sourcing: 'named' },
    ],
  },
  {
    name: '"the analyst" with no analyst described before is the person who spoke just before; a lone "the official" with no speaker before stays unnamed',
    text: 'Mira Castell, a partner at an aviation consultancy, said the order was a bet. “There is room for one more carrier,” the analyst said.\nThe ministry opened an inquiry on Monday. “We were told he was fine,” the official said.',
    quotes: [
      { text: 'the order was a bet', kind: 'indirect', speaker: 'Mira Castell', source: 'Mira Castell', sourcing: 'named' },
      { text: '“There is room for one more carrier,”', kind: 'direct', speaker: 'the analyst', source: 'Mira Castell', sourcing: 'named' },
      { text: '“We were told he was fine,”', kind: 'direct', speaker: 'the official', source: 'official', sourcing: 'anonymous' },
    ],
  },
  {
    name: '"the coast guard" after the Italian-style full name is that organisation, speaking for itself',
    text: 'The Maltese Coast Guard sent two patrol boats. Rescuers pulled 40 survivors from the water, the coast guard said.',
    quotes: [{ text: 'Rescuers pulled 40 survivors from the water', kind: 'indirect', speaker: 'the coast guard', source: 'Maltese Coast Guard', sourcing: 'named' }],
  },
  {
    name: 'a weekday after "said" is no inverted speaker: the subject with its apposition speaks',
    text: 'Tarn Valley Bank reported results. The Leeds-based lender, the region’s largest by assets, said Wednesday that it earned £1.4 billion in the quarter.',
    quotes: [{ text: 'it earned £1.4 billion in the quarter', kind: 'indirect', speaker: 'The Leeds-based lender', source: 'Tarn Valley Bank', sourcing: 'named' }],
  },
  {
    name: 'a noun\'s modifier wink tags as a verb opens the reported clause ("said plow crews had …")',
    text: 'A spokesperson for the county said plow crews had pretreated the road overnight.',
    quotes: [{ text: 'plow crews had pretreated the road overnight', kind: 'indirect', speaker: 'A spokesperson for the county', source: 'spokesperson', sourcing: 'official' }],
  },
  {
    name: 'a role written after a place\'s possessive with small words before the title, or in an apposition with its body before the name, is that person\'s',
    text: 'Ola Brekke, Tindfjell’s ski patrol director, said the slope had held. The patrol director said 20 patrollers responded.\nThe leader of Harrow Vale council, Cllr Nadia Obi, said the plan was too big. The council leader added that talks would begin soon.',
    quotes: [
      { text: '20 patrollers responded', kind: 'indirect', speaker: 'The patrol director', source: 'Ola Brekke', sourcing: 'named' },
      { text: 'talks would begin soon', kind: 'indirect', speaker: 'The council leader', source: 'Nadia Obi', sourcing: 'named' },
    ],
    allowExtra: true,
  },
  {
    name: 'shop owners and commuters are unnamed people; a profile and a summit\'s conclusions are documents',
    text: 'Shop owners in the district said water prices had doubled. Commuters said the trains were late. According to a networking profile, he worked at the mall. The final summit conclusions said the fund would open in May.',
    quotes: [
      { text: 'water prices had doubled', kind: 'indirect', speaker: 'Shop owners in the district', source: 'Shop owners in the district', sourcing: 'anonymous' },
      { text: 'the trains were late', kind: 'indirect', speaker: 'Commuters', source: 'Commuters', sourcing: 'anonymous' },
      { text: 'he worked at the mall', kind: 'indirect', speaker: 'a networking profile', source: 'networking profile', sourcing: 'named' },
      { text: 'the fund would open in May', kind: 'indirect', speaker: 'The final summit conclusions', source: 'final summit conclusions', sourcing: 'named' },
    ],
  },
  {
    name: '"the chairwoman" is the person described as the one "who chairs" after her apposition\'s noun; a ward and number before a councillor leave her the speaker',
    text: 'Rep. Dana Whitlow, the Ohio Republican who chairs the committee, said the firm had ignored three letters. “The pill hasn’t changed,” the chairwoman said.\nWard 5 Coun. Amrit Sidhu, whose ward includes Eastfield, said residents there “cannot keep absorbing” rising premiums.',
    quotes: [
      { text: '“The pill hasn’t changed,”', kind: 'direct', speaker: 'the chairwoman', source: 'Dana Whitlow', sourcing: 'named' },
      { text: 'residents there “cannot keep absorbing” rising premiums', kind: 'mixed', speaker: 'Ward 5 Coun. Amrit Sidhu', source: 'Amrit Sidhu', sourcing: 'named' },
    ],
    allowExtra: true,
  },
  {
    name: '"the railroad" and "the miner" are the company named before; a steward is an unnamed person',
    text: 'Tristate Midland Railroad said crews were on site. About 30,000 gallons had leaked, the railroad said.\nOne steward, who asked not to be named, said the fans were angry. “We were outnumbered,” the steward said.',
    quotes: [
      { text: 'About 30,000 gallons had leaked', kind: 'indirect', speaker: 'the railroad', source: 'Tristate Midland Railroad', sourcing: 'named' },
      { text: '“We were outnumbered,”', kind: 'direct', speaker: 'the steward', source: 'One steward', sourcing: 'anonymous' },
    ],
    allowExtra: true,
  },
  {
    name: 'a weekday\'s possessive after "said" opens the reported clause; a bare weekday there is the time of saying',
    text: 'Sgt. Dana Vell said Sunday’s pileup was the largest in years. Vell said Monday that roads had reopened.',
    quotes: [
      { text: 'Sunday’s pileup was the largest in years', kind: 'indirect', speaker: 'Sgt. Dana Vell', source: 'Dana Vell', sourcing: 'named' },
      { text: 'roads had reopened', kind: 'indirect', speaker: 'Vell', source: 'Dana Vell', sourcing: 'named' },
    ],
  },
  {
    name: 'someone a named person has speaks, not that person: "Tolle’s agent" is unnamed, "Tolle’s spokeswoman" on the record, "Tolle’s family" speaks for him, "Brandt’s counsel, barrister …" is the barrister',
    text: 'Jonas Tolle was hurt on Sunday. Tolle’s agent said the injury was serious. Tolle’s spokeswoman said he would not comment further. Mr Tolle’s family said he was in good spirits. Marta Brandt was charged on Monday. Brandt’s counsel, barrister Ines Varga, said her client was innocent.',
    quotes: [
      { text: 'the injury was serious', kind: 'indirect', speaker: 'Tolle’s agent', source: 'agent', sourcing: 'anonymous' },
      { text: 'he would not comment further', kind: 'indirect', speaker: 'Tolle’s spokeswoman', source: 'spokeswoman', sourcing: 'official' },
      { text: 'he was in good spirits', kind: 'indirect', speaker: 'Mr Tolle’s family', source: 'Jonas Tolle', sourcing: 'named' },
      { text: 'her client was innocent', kind: 'indirect', speaker: 'Brandt’s counsel', source: 'Ines Varga', sourcing: 'named' },
    ],
  },
  {
    name: '"the MP" is the MP named before; "the executive" is the organisation named "… Executive"',
    text: 'Rachel Dinsdale, the Liberal Democrat MP for Caldersby, said she had written to the bank. According to the MP, 14 towns have lost their last branch. The union called on the National Health Executive (NHE) to act. According to the executive, 1,214 people were in hospital.',
    quotes: [
      { text: 'she had written to the bank', kind: 'indirect', speaker: 'Rachel Dinsdale', source: 'Rachel Dinsdale', sourcing: 'named' },
      { text: '14 towns have lost their last branch', kind: 'indirect', speaker: 'the MP', source: 'Rachel Dinsdale', sourcing: 'named' },
      { text: '1,214 people were in hospital', kind: 'indirect', speaker: 'the executive', source: 'National Health Executive', sourcing: 'named' },
    ],
    allowExtra: true,
  },
  {
    name: 'singular "they": an unnamed official whose introduction calls them "they" is the "they" quoted next',
    text: 'A senior official at the housing department, who spoke on condition of anonymity because they were not authorised to comment, said the plan had been cut. An earlier version was larger, the official said.\n"The map shrank every week," they said.',
    quotes: [
      { text: 'the plan had been cut', kind: 'indirect', speaker: 'A senior official at the housing department', source: 'senior official', sourcing: 'anonymous' },
      { text: 'An earlier version was larger', kind: 'indirect', speaker: 'the official', source: 'senior official', sourcing: 'anonymous' },
      { text: '"The map shrank every week,"', kind: 'direct', speaker: 'they', source: 'senior official', sourcing: 'anonymous' },
    ],
    sourceCount: 1,
  },
  {
    name: 'a dateline is not part of the reported clause, and its agency is not "the company"',
    text: 'VILNIUS, May 3 (Wireline) - Marsk Kraft has closed its smelter, the company said on Friday.',
    quotes: [{ text: 'Marsk Kraft has closed its smelter', kind: 'indirect', speaker: 'the company', source: 'company', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: '"the ranking member" is the legislator introduced with that role after a party tag in parentheses',
    text: 'Rep. Ola Brandt (D-Ore.), the committee’s ranking member, said the cap was fair. Others on the panel disagreed.\nThe ranking member said the real obstacle was the food aid language.',
    quotes: [
      { text: 'the cap was fair', kind: 'indirect', speaker: 'Rep. Ola Brandt', source: 'Ola Brandt', sourcing: 'named' },
      { text: 'the real obstacle was the food aid language', kind: 'indirect', speaker: 'The ranking member', source: 'Ola Brandt', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: '"Another said" before a capitalised word: one more of the group just described',
    text: 'Three aides spoke on condition of anonymity. One aide said the mood was bad. Another said Senate leaders had little appetite for a vote.',
    quotes: [
      { text: 'the mood was bad', kind: 'indirect', speaker: 'One aide', source: 'aide', sourcing: 'anonymous' },
      { text: 'Senate leaders had little appetite for a vote', kind: 'indirect', speaker: 'Another', source: 'Another', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'pronoun: "she said" after a named woman',
    text: 'Sen. Ruth Alvarez criticized the plan on Tuesday. "It is a giveaway to landlords," she said.',
    quotes: [{ text: '"It is a giveaway to landlords,"', kind: 'direct', speaker: 'she', source: 'Ruth Alvarez', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'pronoun: "he said" after a named man',
    text: 'Marcus Bell coached the team for 11 seasons.\n"I gave this place everything," he said.',
    quotes: [{ text: '"I gave this place everything,"', kind: 'direct', speaker: 'he', source: 'Marcus Bell', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'pronoun: "he said" skips a woman quoted later to the nearest man',
    text: '"The schedule is unrealistic," said Victor Lam, the chief engineer.\n"We warned the board in March," said Karen Oduya, the project manager.\n"Nobody listened," he said.',
    quotes: [
      { text: '"The schedule is unrealistic,"', kind: 'direct', speaker: 'Victor Lam', source: 'Victor Lam', sourcing: 'named' },
      { text: '"We warned the board in March,"', kind: 'direct', speaker: 'Karen Oduya', source: 'Karen Oduya', sourcing: 'named' },
      { text: '"Nobody listened,"', kind: 'direct', speaker: 'he', source: 'Victor Lam', sourcing: 'named' },
    ],
    sourceCount: 2,
  },
  {
    name: 'pronoun: "she said" skips a man quoted later to the nearest woman',
    text: '"The schedule is unrealistic," said Karen Oduya, the project manager.\n"We warned the board in March," said Victor Lam, the chief engineer.\n"Nobody listened," she said.',
    quotes: [
      { text: '"The schedule is unrealistic,"', kind: 'direct', speaker: 'Karen Oduya', source: 'Karen Oduya', sourcing: 'named' },
      { text: '"We warned the board in March,"', kind: 'direct', speaker: 'Victor Lam', source: 'Victor Lam', sourcing: 'named' },
      { text: '"Nobody listened,"', kind: 'direct', speaker: 'she', source: 'Karen Oduya', sourcing: 'named' },
    ],
    sourceCount: 2,
  },
  {
    name: 'surname mention resolves to the full-name source',
    text: 'Dr. Samuel Achebe, who runs the lab, said the samples had been contaminated.\n"We threw out two weeks of work," Achebe said.',
    quotes: [
      { text: 'the samples had been contaminated', kind: 'indirect', speaker: 'Dr. Samuel Achebe', source: 'Samuel Achebe', sourcing: 'named' },
      { text: '"We threw out two weeks of work,"', kind: 'direct', speaker: 'Achebe', source: 'Samuel Achebe', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: 'honorific and surname (Ms. Surname) resolves to the full name',
    text: 'Karen Oduya has led the project since 2021.\n"We are on budget and on time," Ms. Oduya said.',
    quotes: [{ text: '"We are on budget and on time,"', kind: 'direct', speaker: 'Ms. Oduya', source: 'Karen Oduya', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: '"they said" resolves to the group quoted before',
    text: 'Two people familiar with the negotiations said the deal was nearly done.\nThe final terms could still change, they said.',
    quotes: [
      { text: 'the deal was nearly done', kind: 'indirect', speaker: 'Two people familiar with the negotiations', source: 'people familiar with the negotiations', sourcing: 'anonymous' },
      { text: 'The final terms could still change', kind: 'indirect', speaker: 'they', source: 'people familiar with the negotiations', sourcing: 'anonymous' },
    ],
    sourceCount: 1,
  },
  {
    name: '"the people said" resolves to "two people familiar with the plans"',
    text: 'The plant will close in June, according to two people familiar with the plans.\nWorkers will be offered transfers to other sites, the people said.',
    quotes: [
      { text: 'The plant will close in June', kind: 'indirect', speaker: 'two people familiar with the plans', cue: 'according to', source: 'people familiar with the plans', sourcing: 'anonymous' },
      { text: 'Workers will be offered transfers to other sites', kind: 'indirect', speaker: 'the people', source: 'people familiar with the plans', sourcing: 'anonymous' },
    ],
    sourceCount: 1,
  },
  {
    name: '"one of the people said" resolves to the group',
    text: 'The board voted to remove the chief executive, according to two people familiar with the matter.\n"It was over before the meeting started," one of the people said.',
    quotes: [
      { text: 'The board voted to remove the chief executive', kind: 'indirect', speaker: 'two people familiar with the matter', source: 'people familiar with the matter', sourcing: 'anonymous' },
      { text: '"It was over before the meeting started,"', kind: 'direct', speaker: 'one of the people', source: 'people familiar with the matter', sourcing: 'anonymous' },
    ],
    sourceCount: 1,
    curly: true,
  },
  {
    name: '"a person familiar with the situation" resolves to the earlier two people',
    text: 'Two people familiar with the situation said the audit had been shelved.\n"Nobody wanted to read it," said a person familiar with the situation.',
    quotes: [
      { text: 'the audit had been shelved', kind: 'indirect', speaker: 'Two people familiar with the situation', source: 'familiar with the situation', sourcing: 'anonymous' },
      { text: '"Nobody wanted to read it,"', kind: 'direct', speaker: 'a person familiar with the situation', source: 'familiar with the situation', sourcing: 'anonymous' },
    ],
    sourceCount: 1,
  },
  {
    name: '"the official" resolves to "a senior official"',
    text: 'A senior official said the talks had stalled.\nThe official said a new round of negotiations was unlikely before May.',
    quotes: [
      { text: 'the talks had stalled', kind: 'indirect', speaker: 'A senior official', source: 'official', sourcing: 'anonymous' },
      { text: 'a new round of negotiations was unlikely before May', kind: 'indirect', speaker: 'The official', source: 'official', sourcing: 'anonymous' },
    ],
    sourceCount: 1,
  },
  {
    name: '"his son" later in the story is the son named in apposition before ("his son, Wesley Hale, said")',
    text: 'His death was announced by his family. But his son, Wesley Hale, said in an interview that his father had been ill. He recorded 27 albums. “He would sit on the porch,” his son said.',
    quotes: [
      { text: 'his father had been ill', kind: 'indirect', speaker: 'Wesley Hale', source: 'Wesley Hale', sourcing: 'named' },
      { text: '“He would sit on the porch,”', kind: 'direct', speaker: 'his son', source: 'Wesley Hale', sourcing: 'named' },
    ],
  },
  {
    name: 'a name inside a direct quotation is no antecedent for the pronoun that attributes it',
    text: 'Marcus Bell scored twice in the second half.\n“Daniel Reyes looked after me from the day I arrived,” he said.',
    quotes: [{ text: '“Daniel Reyes looked after me from the day I arrived,”', kind: 'direct', speaker: 'he', source: 'Marcus Bell', sourcing: 'named' }],
  },
  {
    name: '"the union leader" is the person introduced as one "who leads" the union',
    text: 'Lotte Brandsma, who leads the union’s negotiating team, told reporters the strike would go on. The union leader said members were ready to stay out.',
    quotes: [
      { text: 'the strike would go on', kind: 'indirect', speaker: 'Lotte Brandsma', source: 'Lotte Brandsma', sourcing: 'named' },
      { text: 'members were ready to stay out', kind: 'indirect', speaker: 'The union leader', source: 'Lotte Brandsma', sourcing: 'named' },
    ],
  },
  {
    name: '"the union leader" after a person whose role names the union ("president of the Transit Union", "the union’s secretary-general")',
    text: 'Gary Lindqvist, president of Amalgamated Transit Union Local 1879, said the driver was a veteran. “Our drivers have complained about that curve for years,” the union leader said. Rubén Ocampo, the union’s secretary-general, said the union would ask for a raise. “Nobody eats a currency band,” the union leader told reporters.',
    quotes: [
      { text: 'the driver was a veteran', kind: 'indirect', speaker: 'Gary Lindqvist', source: 'Gary Lindqvist', sourcing: 'named' },
      { text: '“Our drivers have complained about that curve for years,”', kind: 'direct', speaker: 'the union leader', source: 'Gary Lindqvist', sourcing: 'named' },
      { text: 'the union would ask for a raise', kind: 'indirect', speaker: 'Rubén Ocampo', source: 'Rubén Ocampo', sourcing: 'named' },
      { text: '“Nobody eats a currency band,”', kind: 'direct', speaker: 'the union leader', source: 'Rubén Ocampo', sourcing: 'named' },
    ],
  },
  {
    name: '"the patrol", "the Milwaukee-based system": an organisation named before, by its word',
    text: 'Eleven students were hurt, according to the Missouri State Highway Patrol. The crash happened on Route K, the patrol said. Lakeshore Health said it had turned off the alerts. The Milwaukee-based system said it would review them.',
    quotes: [
      { text: 'Eleven students were hurt', kind: 'indirect', speaker: 'the Missouri State Highway Patrol', source: 'Missouri State Highway Patrol', sourcing: 'named' },
      { text: 'The crash happened on Route K', kind: 'indirect', speaker: 'the patrol', source: 'Missouri State Highway Patrol', sourcing: 'named' },
      { text: 'it had turned off the alerts', kind: 'indirect', speaker: 'Lakeshore Health', source: 'Lakeshore Health', sourcing: 'named' },
      { text: 'it would review them', kind: 'indirect', speaker: 'The Milwaukee-based system', source: 'Lakeshore Health', sourcing: 'named' },
    ],
  },
  {
    name: 'another word for the same role: "the captain" is the person introduced as "Skipper …"',
    text: 'Skipper Tomas Eklund admitted that his side had been lucky. "We were in a hole," Eklund told reporters. "The dew helped us," the captain said.',
    quotes: [
      { text: 'his side had been lucky', kind: 'indirect', speaker: 'Skipper Tomas Eklund', source: 'Tomas Eklund' },
      { text: '"We were in a hole,"', kind: 'direct', speaker: 'Eklund', source: 'Tomas Eklund' },
      { text: '"The dew helped us,"', kind: 'direct', speaker: 'the captain', source: 'Tomas Eklund', sourcing: 'named' },
    ],
  },
  {
    name: 'an agent noun for a role named by its stem: "the strategist" is the "head of fixed-income strategy"',
    text: 'Lorenzo Badía, head of fixed-income strategy at Norvale Asset Management, said the bank had bought time. "The peso should find support," the strategist said.',
    quotes: [
      { text: 'the bank had bought time', kind: 'indirect', speaker: 'Lorenzo Badía', source: 'Lorenzo Badía' },
      { text: '"The peso should find support,"', kind: 'direct', speaker: 'the strategist', source: 'Lorenzo Badía', sourcing: 'named' },
    ],
  },
  {
    name: 'an agent noun for an anonymous description: "the selector" after "a member of the selection committee, who spoke on condition of anonymity"',
    text: 'Pacer Rohit Malde had suffered a strain. A member of the selection committee, who spoke on condition of anonymity because selectors may not speak to the media, said the injury was worse than thought. "Nobody will rush him back," the selector said.',
    quotes: [
      { text: 'the injury was worse than thought', kind: 'indirect', speaker: 'A member of the selection committee', source: 'member of the selection committee', sourcing: 'anonymous' },
      { text: '"Nobody will rush him back,"', kind: 'direct', speaker: 'the selector', source: 'member of the selection committee', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'a description before a name in apposition opening with "retired" or "former": the name speaks',
    text: 'The head of the army delegation, retired General Idris Malang Seko, said his side had come in good faith.',
    quotes: [{ text: 'his side had come in good faith', kind: 'indirect', speaker: 'General Idris Malang Seko', source: 'Idris Malang Seko', sourcing: 'named' }],
  },
  {
    name: 'a surname with a lower-case particle after "according to" ("according to de Grandval")',
    text: 'Anne-Sophie de Grandval, a fire ecologist, said the forest was dry. According to de Grandval, about 26,000 hectares have burned.',
    quotes: [
      { text: 'the forest was dry', kind: 'indirect', speaker: 'Anne-Sophie de Grandval', source: 'Anne-Sophie de Grandval' },
      { text: 'about 26,000 hectares have burned', kind: 'indirect', speaker: 'de Grandval', source: 'Anne-Sophie de Grandval', cue: 'According to' },
    ],
  },
  {
    name: '"the body" is an organisation: the one just named',
    text: 'The ICC fined the touring side 5% of their match fees for a slow over-rate, the body said.',
    quotes: [{ text: 'The ICC fined the touring side 5% of their match fees for a slow over-rate', kind: 'indirect', speaker: 'the body', source: 'ICC', sourcing: 'named' }],
  },
  {
    name: 'a surname\'s lower-case particle before the cue ("“…,” de Valmont said"); "Another said" is one more of the group just described',
    text: 'Sabine de Valmont leads the union. "We are ready to talk," de Valmont said. Four staff who spoke on condition of anonymity because they had not signed their agreements said the cuts were sudden. Another said the payout was "fair on paper".',
    quotes: [
      { text: '"We are ready to talk,"', kind: 'direct', speaker: 'de Valmont', source: 'Sabine de Valmont', sourcing: 'named' },
      { text: 'the cuts were sudden', kind: 'indirect', speaker: 'Four staff', source: 'staff', sourcing: 'anonymous' },
      { text: 'the payout was "fair on paper"', kind: 'mixed', speaker: 'Another', source: 'staff', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'people or a person described by where or whom they belong to are unnamed ("Commuters in Lagos", "Residents of Dar Tayba", "A neighbour of Whitlam\'s"); not a group led by a named person',
    text: 'Commuters in Lagos said fares had doubled. Residents of Dar Tayba said food was short. A neighbour of Whitlam\'s on Ashton Road, who did not want to be named, said cars came at all hours. Strategists at Linfield Markets led by Daniel Ferreira said rates would fall.',
    quotes: [
      { text: 'fares had doubled', kind: 'indirect', speaker: 'Commuters in Lagos', source: 'Commuters', sourcing: 'anonymous' },
      { text: 'food was short', kind: 'indirect', speaker: 'Residents of Dar Tayba', source: 'Residents', sourcing: 'anonymous' },
      { text: 'cars came at all hours', kind: 'indirect', speaker: "A neighbour of Whitlam's on Ashton Road", source: 'neighbour', sourcing: 'anonymous' },
      { text: 'rates would fall', kind: 'indirect', speaker: 'Strategists at Linfield Markets led by Daniel Ferreira', source: 'Ferreira', sourcing: 'named' },
    ],
  },
  {
    name: 'epithets for the person just named: an age used as a noun ("the 48-year-old said") and a description with modifiers ("The former Wales midfielder said")',
    text: 'Rhys Penhallow was sacked on Monday. "I still believe this group is good enough," the 48-year-old said. The former Wales midfielder said he was "hugely disappointed" to go.',
    quotes: [
      { text: '"I still believe this group is good enough,"', kind: 'direct', speaker: 'the 48-year-old', source: 'Rhys Penhallow', sourcing: 'named' },
      { text: 'he was "hugely disappointed" to go', kind: 'mixed', speaker: 'The former Wales midfielder', source: 'Rhys Penhallow', sourcing: 'named' },
    ],
  },
  {
    name: 'a phrasal speech verb wink tags as a noun ("Solidum shot back"); an independent office\'s capitalised name speaks as an institution',
    text: '"Then your people should be here," Tolentino shot back. According to the Controller of Budget, the county\'s wage bill stood at KSh4.7 billion.',
    quotes: [
      { text: '"Then your people should be here,"', kind: 'direct', speaker: 'Tolentino', source: 'Tolentino', cue: 'shot back' },
      { text: "the county's wage bill stood at KSh4.7 billion", kind: 'indirect', speaker: 'the Controller of Budget', source: 'Controller of Budget', sourcing: 'named' },
    ],
  },
];

const INDIRECT: QuoteCase[] = [
  {
    name: 'a hyphenated noun closed by a particle is a speaker ("A passer-by said", "The runner-up said"); a passer-by is unnamed',
    text: 'A passer-by said the car was speeding. The runner-up said she would appeal.',
    quotes: [
      { text: 'the car was speeding', kind: 'indirect', speaker: 'A passer-by', source: 'passer-by', sourcing: 'anonymous' },
      { text: 'she would appeal', kind: 'indirect', speaker: 'The runner-up', source: 'runner-up' },
    ],
  },
  {
    name: 'a reported clause opening with a quantity of a group ("said none of the members …", "neither of"), and "answered that"',
    text: 'Board chair Elena Marsh said none of the five members wanted the cuts. The witness, Tomas Reyl, answered that he had never changed a figure. Marsh said neither of the bids was good enough.',
    quotes: [
      { text: 'none of the five members wanted the cuts', kind: 'indirect', speaker: 'Board chair Elena Marsh', source: 'Elena Marsh', sourcing: 'named' },
      { text: 'he had never changed a figure', kind: 'indirect', speaker: 'Tomas Reyl', cue: 'answered', source: 'Tomas Reyl', sourcing: 'named' },
      { text: 'neither of the bids was good enough', kind: 'indirect', speaker: 'Marsh', source: 'Elena Marsh', sourcing: 'named' },
    ],
  },
  {
    name: 'a long parenthetical between subject and cue ("The association, in a communiqué issued at the end of …, said"); "the communiqué" is a document',
    text: 'The association, in a communiqué issued at the end of an emergency meeting of its National Executive Council in Lagos on Saturday, said its members could no longer borrow. The communiqué said the depots would close.',
    quotes: [
      { text: 'its members could no longer borrow', kind: 'indirect', speaker: 'The association', source: 'association', sourcing: 'named' },
      { text: 'the depots would close', kind: 'indirect', speaker: 'The communiqué', source: 'communiqué', sourcing: 'named' },
    ],
  },
  {
    name: 'people on a named street speak as a group ("merchants on Central Avenue and Harbor Street who said")',
    text: 'Much of it came from merchants on Central Avenue and Harbor Street who said the loss of parking would drive away customers.',
    quotes: [{ text: 'the loss of parking would drive away customers', kind: 'indirect', speaker: 'merchants on Central Avenue and Harbor Street', source: 'merchants', sourcing: 'anonymous' }],
  },
  {
    name: 'a town and its state inside the speaker\'s phrase ("A nurse in Columbus, Ohio, said"; "Mia Ortiz, who lives in Woodside, Queens, said")',
    text: 'A nurse in Columbus, Ohio, said the email listed 37 clips. Mia Ortiz, who lives in Woodside, Queens, said she had waited 20 minutes.',
    quotes: [
      { text: 'the email listed 37 clips', kind: 'indirect', speaker: 'A nurse in Columbus, Ohio', source: 'nurse', sourcing: 'anonymous' },
      { text: 'she had waited 20 minutes', kind: 'indirect', speaker: 'Mia Ortiz', source: 'Mia Ortiz', sourcing: 'named' },
    ],
  },
  {
    name: 'an opening date without its comma is no part of the speaker ("On April 30 Dunmore told …"); a prefecture speaks as an organisation',
    text: 'On April 30 Dunmore told the committee that the government had a firm grip. In a statement, the Lot-et-Garonne prefecture said that motorists should avoid the A62.',
    quotes: [
      { text: 'the government had a firm grip', kind: 'indirect', speaker: 'Dunmore', source: 'Dunmore', sourcing: 'named' },
      { text: 'motorists should avoid the A62', kind: 'indirect', speaker: 'the Lot-et-Garonne prefecture', source: 'prefecture', sourcing: 'named' },
    ],
  },
  {
    name: 'a group after a demonym ("French farmers\' groups say"); a verb after "and" is the cue\'s own, not a clause ("declared a state of emergency … and ordered")',
    text: "French farmers' groups say producers abroad use banned pesticides. Gov. Dale Harlan declared a state of emergency for 31 counties Tuesday and ordered the Guard to help.",
    quotes: [{ text: 'producers abroad use banned pesticides', kind: 'indirect', speaker: "French farmers' groups", source: "French farmers' groups", sourcing: 'anonymous' }],
  },
  {
    name: 'a clause after an opening phrase is content ("In 212 cases, the company invoiced for …, the report said")',
    text: 'In 212 cases, the company invoiced for the same nurse at two hospitals on the same day, the report said.',
    quotes: [{ text: 'In 212 cases, the company invoiced for the same nurse at two hospitals on the same day', kind: 'indirect', speaker: 'the report', source: 'report' }],
  },
  {
    name: 'an age in parentheses after a name ("Deirdre Whelan (54) said"); "recommended that" reports',
    text: 'Deirdre Whelan (54) said her father spent 31 hours on a trolley. The report recommended that the agency recover the money.',
    quotes: [
      { text: 'her father spent 31 hours on a trolley', kind: 'indirect', speaker: 'Deirdre Whelan', source: 'Deirdre Whelan', sourcing: 'named' },
      { text: 'the agency recover the money', kind: 'indirect', speaker: 'The report', source: 'report', cue: 'recommended' },
    ],
  },
  {
    name: 'a title after the noun of its field is the speaker\'s head ("The health chief said")',
    text: 'The health chief said the changes would raise about $1.4 billion a year.',
    quotes: [{ text: 'the changes would raise about $1.4 billion a year', kind: 'indirect', speaker: 'The health chief', source: 'health chief' }],
  },
  {
    name: 'the name in apposition, with its university and city, is the speaker ("The lead author, Dr. Ann Roe of Brookfield University in Minneapolis, said")',
    text: 'The lead author, Dr. Ann Roe of Brookfield University in Minneapolis, said the pattern held.',
    quotes: [{ text: 'the pattern held', kind: 'indirect', speaker: 'Dr. Ann Roe of Brookfield University in Minneapolis', source: 'Ann Roe', sourcing: 'named' }],
  },
  {
    name: '"and" inside a subject that opens the sentence ("Residents of Rehmatpur and neighbouring villages accused …")',
    text: 'Residents of Rehmatpur and neighbouring villages accused irrigation officials of ignoring repeated warnings.',
    quotes: [{ text: 'irrigation officials of ignoring repeated warnings', kind: 'indirect', speaker: 'Residents of Rehmatpur and neighbouring villages', source: 'Residents', sourcing: 'anonymous' }],
  },
  {
    name: '"according to figures it released": the figures, not "figures it"',
    text: 'The authority recorded more than 2.2 million attendances last year, according to figures it released on Tuesday.',
    quotes: [{ text: 'The authority recorded more than 2.2 million attendances last year', kind: 'indirect', speaker: 'figures', source: 'figures' }],
  },
  {
    name: 'a finding coordinated with another verb of its subject is reported ("Researchers tracked … and found that …"), but not inside what someone else said',
    text: 'Researchers tracked 21,000 adults for six years and found that those taking the drug had a higher risk. A spokeswoman for the commission said inspectors had visited six sites and found scaffolding that needed urgent work.',
    quotes: [
      { text: 'those taking the drug had a higher risk', kind: 'indirect', speaker: 'Researchers', source: 'Researchers', cue: 'found' },
      { text: 'inspectors had visited six sites and found scaffolding that needed urgent work', kind: 'indirect', speaker: 'A spokeswoman for the commission', source: 'spokeswoman' },
    ],
  },
  {
    name: 'a given name wink reads as a verb, in apposition to a role: "The minister, Grant Oduya, said"',
    text: 'The minister, Grant Oduya, said on Monday the closure was needed.',
    quotes: [{ text: 'the closure was needed', kind: 'indirect', speaker: 'Grant Oduya', source: 'Grant Oduya', sourcing: 'named' }],
  },
  {
    name: 'forecasts and projections take a bare clause: "Analysts forecast the bank will …", "The council projects the bill’s provisions would …"',
    text: 'Analysts forecast the bank will cut rates in June. The Fiscal Council projects the bill’s farm provisions would cut spending by $4 billion.',
    quotes: [
      { text: 'the bank will cut rates in June', kind: 'indirect', speaker: 'Analysts', source: 'Analysts', sourcing: 'anonymous', cue: 'forecast' },
      { text: 'the bill’s farm provisions would cut spending by $4 billion', kind: 'indirect', speaker: 'The Fiscal Council', source: 'Fiscal Council', sourcing: 'named', cue: 'projects' },
    ],
  },
  {
    name: '"said in its extended-range forecast that": the forecast is where it was said, not a second cue',
    text: 'The weather centre in Dorran said in its extended-range forecast that rain could return next week.',
    quotes: [{ text: 'rain could return next week', kind: 'indirect', speaker: 'The weather centre in Dorran', source: 'weather centre', cue: 'said' }],
  },
  {
    name: 'a participle after a long plural subject with a compass word: the unnamed group is the speaker',
    text: 'Commercial fishers in the north Kelso town of Marrow Bay have vowed to fight the ban, warning it would ruin the fleet.',
    quotes: [{ text: 'it would ruin the fleet', kind: 'indirect', speaker: 'Commercial fishers in the north Kelso town of Marrow Bay', source: 'Commercial fishers', sourcing: 'anonymous' }],
  },
  {
    name: 'a possessive group of a common noun opening the sentence is unnamed: "Farmers\' groups accused …"',
    text: "Farmers' groups, however, accused the government of acting late.",
    quotes: [{ text: 'the government of acting late', kind: 'indirect', speaker: "Farmers' groups", source: "Farmers' groups", sourcing: 'anonymous' }],
  },
  {
    name: 'a title set off by commas before the name ("the Commissioner for Data Protection, Gráinne Mulqueen,") lets "the commissioner" resolve',
    text: '"Children do not read privacy policies," the Commissioner for Data Protection, Gráinne Mulqueen, said. The commissioner said the company had broken the law.',
    quotes: [
      { text: '"Children do not read privacy policies,"', kind: 'direct', speaker: 'Gráinne Mulqueen', source: 'Gráinne Mulqueen', sourcing: 'named' },
      { text: 'the company had broken the law', kind: 'indirect', speaker: 'The commissioner', source: 'Gráinne Mulqueen', sourcing: 'named' },
    ],
  },
  {
    name: 'a gerund subject before a name ("said moving Blackwood was"); "According to X, a scientist at Y, …" skips the apposition; "the force said" is the police force; a participle after a noun opens no content',
    text: 'Lorraine Abernethy said moving Blackwood was "the hardest call." According to co-author Rahul Menon, a climate scientist at the University of Melbourne, the streets were cooler. Harrow Police said a man had been arrested. About 40 officers took part in enquiries, the force said. In a statement issued through police, his family said they were devastated.',
    quotes: [
      { text: 'moving Blackwood was "the hardest call."', kind: 'mixed', speaker: 'Lorraine Abernethy', source: 'Lorraine Abernethy', sourcing: 'named' },
      { text: 'the streets were cooler', kind: 'indirect', speaker: 'co-author Rahul Menon', cue: 'According to', source: 'Rahul Menon', sourcing: 'named' },
      { text: 'a man had been arrested', kind: 'indirect', speaker: 'Harrow Police', source: 'Harrow Police', sourcing: 'named' },
      { text: 'About 40 officers took part in enquiries', kind: 'indirect', speaker: 'the force', source: 'Harrow Police', sourcing: 'named' },
      { text: 'they were devastated', kind: 'indirect', speaker: 'his family', source: 'family' },
    ],
  },
  {
    name: 'documents as sources: ", court records show."; "according to an incident report his family obtained"; "A 2024 audit commissioned by the county found that"',
    text: 'The system paid $1.2 million to settle the lawsuit, court records show. He was given ten times the dose, according to an incident report his family obtained. A 2024 audit commissioned by the county found that reporting had no owner.',
    quotes: [
      { text: 'The system paid $1.2 million to settle the lawsuit', kind: 'indirect', speaker: 'court records', source: 'court records', sourcing: 'named' },
      { text: 'He was given ten times the dose', kind: 'indirect', speaker: 'an incident report', cue: 'according to', source: 'incident report', sourcing: 'named' },
      { text: 'reporting had no owner', kind: 'indirect', speaker: 'A 2024 audit commissioned by the county', source: '2024 audit commissioned by the county', sourcing: 'named' },
    ],
  },
  {
    name: '"wrote in an email to department heads that"; "who said" after a name and its apposition is the named person',
    text: 'Lionel Ashgrove wrote in an email to department heads that questions were a distraction. "We found out from a lawyer," said Maura Sauer, his daughter, who said the family learned of it later.',
    quotes: [
      { text: 'questions were a distraction', kind: 'indirect', speaker: 'Lionel Ashgrove', source: 'Lionel Ashgrove', sourcing: 'named' },
      { text: '"We found out from a lawyer,"', kind: 'direct', speaker: 'Maura Sauer', source: 'Maura Sauer', sourcing: 'named' },
      { text: 'the family learned of it later', kind: 'indirect', speaker: 'Maura Sauer', source: 'Maura Sauer', sourcing: 'named' },
    ],
    sourceCount: 2,
  },
  {
    name: 'a which-clause with commas and a second predicate joined by "and"; "who has served as" gives the role "the commissioner" resolves to',
    text: 'Lumisphere, which is based in Sunnyvale, California, and runs its European arm from Dublin, says its store has 190 million users. "We asked them," said Annelie Kerkhoff, the Dutch economist who has served as the EU’s competition commissioner since 2024. The commissioner said the fine was fair.',
    quotes: [
      { text: 'its store has 190 million users', kind: 'indirect', speaker: 'Lumisphere', source: 'Lumisphere', sourcing: 'named' },
      { text: '"We asked them,"', kind: 'direct', speaker: 'Annelie Kerkhoff', source: 'Annelie Kerkhoff', sourcing: 'named' },
      { text: 'the fine was fair', kind: 'indirect', speaker: 'The commissioner', source: 'Annelie Kerkhoff', sourcing: 'named' },
    ],
  },
  {
    name: 'indirect: X said that Y',
    text: 'Police Chief Laura Benning said that the suspect had fled on foot.',
    quotes: [{ text: 'the suspect had fled on foot', kind: 'indirect', speaker: 'Police Chief Laura Benning', cue: 'said', source: 'Laura Benning', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'indirect: X said Y (no "that")',
    text: 'Laura Benning said officers recovered a handgun near the school.',
    quotes: [{ text: 'officers recovered a handgun near the school', kind: 'indirect', speaker: 'Laura Benning', cue: 'said', source: 'Laura Benning', sourcing: 'named' }],
  },
  {
    name: 'indirect: X said on Tuesday that Y',
    text: 'Laura Benning said on Tuesday that two officers had been suspended.',
    quotes: [{ text: 'two officers had been suspended', kind: 'indirect', speaker: 'Laura Benning', source: 'Laura Benning', sourcing: 'named' }],
  },
  {
    name: 'indirect: Y, X said',
    text: 'The suspect fled on foot, Laura Benning said.',
    quotes: [{ text: 'The suspect fled on foot', kind: 'indirect', speaker: 'Laura Benning', cue: 'said', source: 'Laura Benning', sourcing: 'named' }],
  },
  {
    name: 'indirect: According to X, Y',
    text: 'According to Fire Marshal Dwayne Hicks, the blaze started in a kitchen.',
    quotes: [{ text: 'the blaze started in a kitchen', kind: 'indirect', speaker: 'Fire Marshal Dwayne Hicks', cue: 'According to', source: 'Dwayne Hicks', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'indirect: Y, according to X, the fire marshal',
    text: 'The blaze started in a kitchen, according to Dwayne Hicks, the fire marshal.',
    quotes: [{ text: 'The blaze started in a kitchen', kind: 'indirect', speaker: 'Dwayne Hicks', cue: 'according to', source: 'Dwayne Hicks', sourcing: 'named' }],
  },
  {
    name: 'indirect: X told Z that Y',
    text: 'Dwayne Hicks told the city council that the building had no working smoke detectors.',
    quotes: [{ text: 'the building had no working smoke detectors', kind: 'indirect', speaker: 'Dwayne Hicks', cue: 'told', source: 'Dwayne Hicks', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'indirect: X told reporters that Y',
    text: 'Gov. Mark Delaney told reporters that the budget would be balanced by June.',
    quotes: [{ text: 'the budget would be balanced by June', kind: 'indirect', speaker: 'Gov. Mark Delaney', source: 'Mark Delaney', sourcing: 'named' }],
  },
  {
    name: 'indirect: economists warned that Y (anonymous group)',
    text: 'Economists warned that the tariffs would raise grocery prices.',
    quotes: [{ text: 'the tariffs would raise grocery prices', kind: 'indirect', speaker: 'Economists', cue: 'warned', source: 'Economists', sourcing: 'anonymous' }],
  },
  {
    name: 'indirect: lawyers had counseled that Y (anonymous group)',
    text: 'The county signed the contract in March, although county lawyers had counseled that it probably broke procurement rules.',
    quotes: [{ text: 'it probably broke procurement rules', kind: 'indirect', speaker: 'county lawyers', cue: 'counseled', source: 'lawyers', sourcing: 'anonymous' }],
    sourceCount: 1,
  },
  {
    name: 'indirect: lawyers warned Z that Y',
    text: 'Agency lawyers warned the director that the plan probably violated federal law.',
    quotes: [{ text: 'the plan probably violated federal law', kind: 'indirect', speaker: 'Agency lawyers', cue: 'warned', source: 'lawyers', sourcing: 'anonymous' }],
  },
  {
    name: 'indirect: officials suggested that Y',
    text: 'Transit officials suggested that fares could rise next year.',
    quotes: [{ text: 'fares could rise next year', kind: 'indirect', speaker: 'Transit officials', cue: 'suggested', source: 'officials', sourcing: 'anonymous' }],
  },
  {
    name: 'indirect: X wrote in a letter that Y',
    text: "Nora Blum, the company's chief executive, wrote in a letter to shareholders that the company would cut 400 jobs.",
    quotes: [{ text: 'the company would cut 400 jobs', kind: 'indirect', speaker: 'Nora Blum', cue: 'wrote', source: 'Nora Blum', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'indirect: X testified that Y',
    text: 'Ellen Park testified that the device had failed twice before the crash.',
    quotes: [{ text: 'the device had failed twice before the crash', kind: 'indirect', speaker: 'Ellen Park', cue: 'testified', source: 'Ellen Park', sourcing: 'named' }],
  },
  {
    name: 'mixed: paraphrase carrying a quoted fragment',
    text: 'Lena Ortiz said the repairs were "long overdue" and would begin in May.',
    quotes: [{ text: 'the repairs were "long overdue" and would begin in May', kind: 'mixed', speaker: 'Lena Ortiz', cue: 'said', source: 'Lena Ortiz', sourcing: 'named' }],
    curly: true,
  },
  {
    name: 'mixed: fragment at the end, attribution after',
    text: 'The new rules are "a disaster for small farms," Rep. Tom Avery said.',
    quotes: [{ text: 'The new rules are "a disaster for small farms,"', kind: 'mixed', speaker: 'Rep. Tom Avery', source: 'Tom Avery', sourcing: 'named' }],
    curly: true,
  },
  {
    name: 'document: Y, according to court documents',
    text: 'The company paid $2 million to settle the claims, according to court documents.',
    quotes: [{ text: 'The company paid $2 million to settle the claims', kind: 'indirect', speaker: 'court documents', cue: 'according to', source: 'court documents', sourcing: 'named', sourceKind: 'document' }],
    sourceCount: 1,
  },
  {
    name: 'document: According to the indictment, Y',
    text: 'According to the indictment, the pair laundered money through three shell companies.',
    quotes: [{ text: 'the pair laundered money through three shell companies', kind: 'indirect', speaker: 'the indictment', source: 'indictment', sourcing: 'named', sourceKind: 'document' }],
    sourceCount: 1,
  },
  {
    name: '"said in a statement" without "that", after a long relative clause',
    text: 'Tallow Grid Networks, which owns the line that failed near Orrin on the morning of the fire, said in a statement it was reviewing the findings.',
    quotes: [{ text: 'it was reviewing the findings', kind: 'indirect', speaker: 'Tallow Grid Networks', source: 'Tallow Grid Networks', sourcing: 'named' }],
  },
  {
    name: 'a report finds a clause whose subject holds an acronym in parentheses; an investigation is a document; "the province" speaks for its government',
    text: 'The report found the Control Centre and the Rural Fire Service (RFS) had operated "in parallel rather than together" during the fire. The investigation found storm overflows at some sites had released sewage on dry days. According to the province, Ottawa owes it about $312 million.',
    quotes: [
      { text: 'the Control Centre and the Rural Fire Service (RFS) had operated "in parallel rather than together" during the fire', kind: 'mixed', speaker: 'The report', cue: 'found', source: 'report', sourcing: 'named' },
      { text: 'storm overflows at some sites had released sewage on dry days', kind: 'indirect', speaker: 'The investigation', cue: 'found', source: 'investigation', sourcing: 'named' },
      { text: 'Ottawa owes it about $312 million', kind: 'indirect', speaker: 'the province', source: 'province', sourcing: 'named' },
    ],
  },
  {
    name: 'a finding that may come ("if the inquiry found") is part of the speaker\'s clause, not the inquiry\'s words',
    text: 'Hendra Wijaya is the ministry\'s director. He said the permit could be suspended if the inquiry found "serious violations of safety procedures."',
    quotes: [{ text: 'the permit could be suspended if the inquiry found "serious violations of safety procedures."', kind: 'mixed', speaker: 'He', source: 'Hendra Wijaya', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'a clause opening with a currency sign; a bureau is an organisation; disclosure forms are documents; "dismissed ... as" a quotation',
    text: 'The statement said ₹620 crore would be drawn from disaster funds. The bureau said the group was disbanded. According to financial disclosure forms, he holds stock worth at least $25 million. The chairman dismissed the questions as “a manufactured controversy.”',
    quotes: [
      { text: '₹620 crore would be drawn from disaster funds', kind: 'indirect', speaker: 'The statement', source: 'statement', sourcing: 'named' },
      { text: 'the group was disbanded', kind: 'indirect', speaker: 'The bureau', source: 'bureau', sourcing: 'named' },
      { text: 'he holds stock worth at least $25 million', kind: 'indirect', speaker: 'financial disclosure forms', source: 'financial disclosure forms', sourcing: 'named' },
      { text: 'the questions as “a manufactured controversy.”', kind: 'mixed', speaker: 'The chairman', cue: 'dismissed', source: 'chairman', sourcing: 'official' },
    ],
  },
  {
    name: 'a constituency in parentheses after a name; "however" between commas; an acronym inside an organisation\'s name',
    text: 'Ms Faridah Ismail (Nee Soon GRC) said she had met residents who paid more. The United Forum of IT Employees (UFITE), however, said the cuts amounted to "illegal retrenchment".',
    quotes: [
      { text: 'she had met residents who paid more', kind: 'indirect', speaker: 'Ms Faridah Ismail', source: 'Faridah Ismail', sourcing: 'named' },
      { text: 'the cuts amounted to "illegal retrenchment"', kind: 'mixed', speaker: 'The United Forum of IT Employees', source: 'United Forum of IT Employees', sourcing: 'named' },
    ],
  },
  {
    name: 'board papers and a petition are documents',
    text: 'The papers said occupancy averaged 97%. According to the petition, forms at 2,146 polling stations differed.',
    quotes: [
      { text: 'occupancy averaged 97%', kind: 'indirect', speaker: 'The papers', source: 'papers', sourcing: 'named' },
      { text: 'forms at 2,146 polling stations differed', kind: 'indirect', speaker: 'the petition', source: 'petition', sourcing: 'named' },
    ],
  },
  {
    name: 'a first name wink reads as a verb opens the speaker ("Hector"); "estimated" takes a bare clause',
    text: '"We gave them every chance," union president Hector Vallejo told Reuters. Marta Quiroga, an analyst at Banco Lerida, estimated the strike would cost the company $5 million a day.',
    quotes: [
      { text: '"We gave them every chance,"', kind: 'direct', speaker: 'union president Hector Vallejo', cue: 'told', source: 'Hector Vallejo', sourcing: 'named' },
      { text: 'the strike would cost the company $5 million a day', kind: 'indirect', speaker: 'Marta Quiroga', cue: 'estimated', source: 'Marta Quiroga', sourcing: 'named' },
    ],
  },
  {
    name: '"continue" before a quotation, with no comma or colon, is no cue: the quotation is part of the reported clause',
    text: 'The union said in a statement that the walkout would continue "for as long as necessary."',
    quotes: [{ text: 'the walkout would continue "for as long as necessary."', kind: 'mixed', speaker: 'The union', cue: 'said', source: 'union', sourcing: 'named' }],
  },
  {
    name: '"the company" is not the outlet a speaker talked to; "the union" is the organisation named with that word',
    text: 'Output at Dorrance Mining Corp stopped on Monday. "We will stay out," Ana Brum, a union leader, told Reuters. The company said talks had failed. Workers walked out, the Ferrol Miners Union said. The Elbe Fund also spoke. The union said talks would resume.',
    quotes: [
      { text: '"We will stay out,"', kind: 'direct', speaker: 'Ana Brum', source: 'Ana Brum', sourcing: 'named' },
      { text: 'talks had failed', kind: 'indirect', speaker: 'The company', source: 'Dorrance Mining Corp', sourcing: 'named' },
      { text: 'Workers walked out', kind: 'indirect', speaker: 'the Ferrol Miners Union', source: 'Ferrol Miners Union', sourcing: 'named' },
      { text: 'talks would resume', kind: 'indirect', speaker: 'The union', source: 'Ferrol Miners Union', sourcing: 'named' },
    ],
  },
  {
    name: 'a hyphenated role ("the vice-chancellor") is the person introduced with it',
    text: 'Prof Ann Marley, the vice-chancellor of Dunmore University, said fees would rise. The vice-chancellor added that no campus would close.',
    quotes: [
      { text: 'fees would rise', kind: 'indirect', speaker: 'Prof Ann Marley', source: 'Ann Marley', sourcing: 'named' },
      { text: 'no campus would close', kind: 'indirect', speaker: 'The vice-chancellor', source: 'Ann Marley', sourcing: 'named' },
    ],
  },
  {
    name: '"said while talking to reporters that"; "observed that ... and directed that" and "said ... and demanded that" are two quotes each',
    text: 'Umar Jamil, a candidate, said while talking to reporters that the order had “vindicated” his workers. In its order, the tribunal observed that “the discrepancies cannot be brushed aside” and directed that the recount be held within 15 days. Party spokesperson Sara Dhillon said in a statement issued in Lahore that the order was fair and demanded that recounts be held across Punjab.',
    quotes: [
      { text: 'the order had “vindicated” his workers', kind: 'mixed', speaker: 'Umar Jamil', source: 'Umar Jamil', sourcing: 'named' },
      { text: '“the discrepancies cannot be brushed aside”', kind: 'mixed', speaker: 'the tribunal', cue: 'observed', source: 'tribunal', sourcing: 'named' },
      { text: 'the recount be held within 15 days', kind: 'indirect', speaker: 'the tribunal', cue: 'directed', source: 'tribunal', sourcing: 'named' },
      { text: 'the order was fair', kind: 'indirect', speaker: 'Party spokesperson Sara Dhillon', source: 'Sara Dhillon', sourcing: 'named' },
      { text: 'recounts be held across Punjab', kind: 'indirect', speaker: 'Party spokesperson Sara Dhillon', cue: 'demanded', source: 'Sara Dhillon', sourcing: 'named' },
    ],
  },
  {
    name: '"submitted" reports a submission with "that" or after a quotation, not "submitted their comments"; a long apposition before the second part; "told The Associated Press (in a phone interview)" names a listener',
    text: '“It was a fresh condition,” senior counsel A. Ramalingam, appearing for the petitioner, submitted. Officials said it was too early to judge before member states had submitted their written comments. “The numbers are robust,” said Gareth Pryce, a professor of clinical microbiology at the University of Leeds who was not involved in the study, “and they are worse than we expected.” Nora Castellano told The Associated Press in a phone interview that she was relieved. The deal was worth $3.4 million, Tom Bledsoe told The Associated Press.',
    quotes: [
      { text: '“It was a fresh condition,”', kind: 'direct', speaker: 'senior counsel A. Ramalingam', cue: 'submitted', source: 'A. Ramalingam', sourcing: 'named' },
      { text: 'it was too early to judge before member states had submitted their written comments', kind: 'indirect', speaker: 'Officials', source: 'Officials', sourcing: 'anonymous' },
      { text: '“The numbers are robust,”', kind: 'direct', speaker: 'Gareth Pryce', source: 'Gareth Pryce', sourcing: 'named' },
      { text: '“and they are worse than we expected.”', kind: 'direct', speaker: 'Gareth Pryce', source: 'Gareth Pryce', sourcing: 'named' },
      { text: 'she was relieved', kind: 'indirect', speaker: 'Nora Castellano', cue: 'told', source: 'Nora Castellano', sourcing: 'named' },
      { text: 'The deal was worth $3.4 million', kind: 'indirect', speaker: 'Tom Bledsoe', cue: 'told', source: 'Tom Bledsoe', sourcing: 'named' },
    ],
  },
  {
    name: 'the holder after "Secretary for Housing" speaks, a hyphenated given name ending the phrase; "calling" a thing a quotation is a second quote',
    text: 'Secretary for Housing Cheryl Lam Wai-ching told a panel on Monday that the increase was "temporary". Anna Brandhorst said she expected other producers to follow, calling the situation "the most serious since the early 2000s."',
    quotes: [
      { text: 'the increase was "temporary"', kind: 'mixed', speaker: 'Secretary for Housing Cheryl Lam Wai-ching', cue: 'told', source: 'Cheryl Lam', sourcing: 'named' },
      { text: 'she expected other producers to follow', kind: 'indirect', speaker: 'Anna Brandhorst', source: 'Anna Brandhorst', sourcing: 'named' },
      { text: 'the situation "the most serious since the early 2000s."', kind: 'mixed', speaker: 'Anna Brandhorst', cue: 'calling', source: 'Anna Brandhorst', sourcing: 'named' },
    ],
  },
  {
    name: 'an attribution inside what another reports belongs to that report: a mixed quote of the first speaker',
    text: 'Hal Munro, the agency’s deputy director, said in an interview that inspectors had found “a pattern of neglect” at several homes.',
    quotes: [{ text: 'inspectors had found “a pattern of neglect” at several homes', kind: 'mixed', speaker: 'Hal Munro', source: 'Hal Munro', sourcing: 'named' }],
  },
  {
    name: 'a speech verb inside an according-to source is a word of that source ("custodial death reports that …")',
    text: 'Six people died in custody, according to custodial death reports that the office filed with the state.',
    quotes: [{ text: 'Six people died in custody', kind: 'indirect', speaker: 'custodial death reports', source: 'custodial death reports', sourcing: 'named' }],
  },
  {
    name: '"so-called" is no cue',
    text: 'By four to one, the court found on Monday that the agency had treated so-called kinship carers unfairly.',
    quotes: [{ text: 'the agency had treated so-called kinship carers unfairly', kind: 'indirect', speaker: 'the court', source: 'court', sourcing: 'named' }],
  },
  {
    name: 'a request is reported speech: the object and what it is asked to do ("urged", "called on", "appealed to", "called for")',
    text: 'Mayor Ann Roe urged residents to keep debris away from hydrants. The union called on both states to adopt mandatory protections. Tom Hale appealed to drivers to "slow down near schools." Ruth Lee called for a three-year freeze on rents.',
    quotes: [
      { text: 'residents to keep debris away from hydrants', kind: 'indirect', speaker: 'Mayor Ann Roe', source: 'Ann Roe', sourcing: 'named' },
      { text: 'both states to adopt mandatory protections', kind: 'indirect', speaker: 'The union', source: 'union', sourcing: 'named' },
      { text: 'drivers to "slow down near schools."', kind: 'mixed', speaker: 'Tom Hale', source: 'Tom Hale', sourcing: 'named' },
      { text: 'a three-year freeze on rents', kind: 'indirect', speaker: 'Ruth Lee', source: 'Ruth Lee', sourcing: 'named' },
    ],
    curly: true,
  },
  {
    name: 'a request after "and" is a second quote of the same speaker',
    text: 'Salum Okafor said the council would meet on Saturday and urged residents to remain calm.',
    quotes: [
      { text: 'the council would meet on Saturday', kind: 'indirect', speaker: 'Salum Okafor', source: 'Salum Okafor', sourcing: 'named' },
      { text: 'residents to remain calm', kind: 'indirect', speaker: 'Salum Okafor', source: 'Salum Okafor', sourcing: 'named' },
    ],
  },
  {
    name: '", which said" after a clause is its antecedent speaking; inside the subject it is not',
    text: 'The crowd numbered about 6,000 people, according to the interior ministry, which said three people had been detained. The Harbour Workers Congress, which says it represents 4,000 workers, said it would strike on Monday.',
    quotes: [
      { text: 'The crowd numbered about 6,000 people', kind: 'indirect', speaker: 'the interior ministry', source: 'interior ministry', sourcing: 'named' },
      { text: 'three people had been detained', kind: 'indirect', speaker: 'the interior ministry', source: 'interior ministry', sourcing: 'named' },
      { text: 'it would strike on Monday', kind: 'indirect', speaker: 'The Harbour Workers Congress', source: 'Harbour Workers Congress', sourcing: 'named' },
    ],
  },
  {
    name: 'a relative clause holding a list stands between the speaker and the verb',
    text: 'Rosa Delgado, president of the Field Workers Union, which represents about 11,000 farmworkers, roofers and road crews in Idaho, said employers were ignoring the smoke.',
    quotes: [{ text: 'employers were ignoring the smoke', kind: 'indirect', speaker: 'Rosa Delgado', source: 'Rosa Delgado', sourcing: 'named' }],
  },
  {
    name: 'a description in apposition to a name speaks for that name; a verb with an object reports nothing before it',
    text: 'Quillmark faces pressure from Larchmont Ridge Capital, an activist investor that disclosed a stake of 4.6% and has called on the company to sell assets.',
    quotes: [{ text: 'the company to sell assets', kind: 'indirect', speaker: 'an activist investor', source: 'Larchmont Ridge Capital', sourcing: 'named' }],
  },
  {
    name: '"according to him" is the person "he" would be; "alleged" tagged as an adjective and "claimed" with a bare clause are cues',
    text: 'Dr Elia Mwenda, a land economist, said disputes had delayed five projects. According to him, most began with old valuations. Councillor Rita Desai, who represents the ward, alleged that a nexus had been running for years. Ravi Bhandare claimed the rates had gone up since March.',
    quotes: [
      { text: 'disputes had delayed five projects', kind: 'indirect', speaker: 'Dr Elia Mwenda', source: 'Elia Mwenda', sourcing: 'named' },
      { text: 'most began with old valuations', kind: 'indirect', speaker: 'him', source: 'Elia Mwenda', sourcing: 'named' },
      { text: 'a nexus had been running for years', kind: 'indirect', speaker: 'Councillor Rita Desai', source: 'Rita Desai', sourcing: 'named' },
      { text: 'the rates had gone up since March', kind: 'indirect', speaker: 'Ravi Bhandare', source: 'Ravi Bhandare', sourcing: 'named' },
    ],
  },
  {
    name: 'a district in parentheses after a name; a long subject before its relative clause; a naming verb reports nothing before it',
    text: 'Councilman Rick Alvarado (District 2) said the jobs were too important to pass up. A nurse in the intensive care unit at the system’s flagship hospital in Milwaukee, who spoke on condition of anonymity for fear of retaliation, said staff had learned to ignore the alerts. Amber Tolliver, 34, said her son, Eli, called her from a stranger’s phone.',
    quotes: [
      { text: 'the jobs were too important to pass up', kind: 'indirect', speaker: 'Councilman Rick Alvarado', source: 'Rick Alvarado', sourcing: 'named' },
      { text: 'staff had learned to ignore the alerts', kind: 'indirect', speaker: 'A nurse in the intensive care unit at the system’s flagship hospital in Milwaukee', source: 'nurse', sourcing: 'anonymous' },
      { text: 'her son, Eli, called her from a stranger’s phone', kind: 'indirect', speaker: 'Amber Tolliver', source: 'Amber Tolliver', sourcing: 'named' },
    ],
  },
  {
    name: 'a reason clause after "he said," goes on with the speech',
    text: 'Dr. Obi Achebe led the review. Nobody was checking whether the model still worked, he said, because “everyone assumed someone else was.”',
    quotes: [
      { text: 'Nobody was checking whether the model still worked', kind: 'indirect', speaker: 'he', source: 'Obi Achebe', sourcing: 'named' },
      { text: 'because “everyone assumed someone else was.”', kind: 'mixed', speaker: 'he', source: 'Obi Achebe', sourcing: 'named' },
    ],
  },
  {
    name: 'the name after "said" is no speaker when a verb follows it, over adverbs and a prepositional phrase; "described" after a dash names no speaker after it',
    text: 'At the bus stop in Lagos, Funmi Ade, a civil servant who travels daily from Ikorodu, said the fare to her office on Lagos Island had doubled. A family physician who has delivered babies at the hospital for a decade, and who asked that NPR not use her name, says administrators never seriously considered alternatives.',
    quotes: [
      { text: 'the fare to her office on Lagos Island had doubled', kind: 'indirect', speaker: 'Funmi Ade', source: 'Funmi Ade', sourcing: 'named' },
      { text: 'administrators never seriously considered alternatives', kind: 'indirect', speaker: 'A family physician', source: 'family physician', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'a second verb after "and" and a time phrase is a second quote, and the first ends before the "and"',
    text: 'Peter Kamau said the tally was clean, and on Sunday said the commission would contest the petition.',
    quotes: [
      { text: 'the tally was clean', kind: 'indirect', speaker: 'Peter Kamau', source: 'Peter Kamau', sourcing: 'named' },
      { text: 'the commission would contest the petition', kind: 'indirect', speaker: 'Peter Kamau', source: 'Peter Kamau', sourcing: 'named' },
    ],
  },
  {
    name: 'a mixed quote whose verb is inside the quotation, then ", the statement added"; "told a news conference in X, the capital, that"',
    text: 'Science Advances issued a statement. The journal “encourages authors to share preprints”, the statement added. Chairman Beat Roth told a news conference at the bank’s headquarters in Brunnegg, the cantonal capital, that the lender had grown too quickly.',
    quotes: [
      { text: 'The journal “encourages authors to share preprints”', kind: 'mixed', speaker: 'the statement', source: 'statement', sourcing: 'named' },
      { text: 'the lender had grown too quickly', kind: 'indirect', speaker: 'Chairman Beat Roth', source: 'Beat Roth', sourcing: 'named' },
    ],
  },
  {
    name: 'content opening with "At least" before ", Gov. Ann Roe said at …"; a long subject with a reduced relative clause before its "who" clause; "a conference call" is no cue',
    text: 'At least nine people died in the county, Gov. Wade Hollister said at a news conference. A pharmacy technician at one of the stores slated to close, who asked NPR not to use her name because she still works for the chain, says employees learned about the closures on a conference call.',
    quotes: [
      { text: 'At least nine people died in the county', kind: 'indirect', speaker: 'Gov. Wade Hollister', source: 'Wade Hollister', sourcing: 'named' },
      { text: 'employees learned about the closures on a conference call', kind: 'indirect', speaker: 'A pharmacy technician at one of the stores slated to close', source: 'pharmacy technician', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'an attribution inside what "according to" reports belongs to that report: one quote, theirs',
    text: 'The bureau acted after investigators found that some chips had ended up with a company in Shenzhen, according to two people familiar with the matter.',
    quotes: [{ text: 'The bureau acted after investigators found that some chips had ended up with a company in Shenzhen', kind: 'indirect', speaker: 'two people familiar with the matter', source: 'two people familiar with the matter', sourcing: 'anonymous' }],
  },
  {
    name: 'an accusation is a quote with or without a quotation: "accused X of …", also as a second verb',
    text: 'Mara Quint, the union\'s chair, said talks had stalled, and accused the board of stalling until the summer. Oskar Ferrel accused the council of hiding the figures.',
    quotes: [
      { text: 'talks had stalled', kind: 'indirect', speaker: 'Mara Quint', source: 'Mara Quint', sourcing: 'named' },
      { text: 'the board of stalling until the summer', kind: 'indirect', speaker: 'Mara Quint', source: 'Mara Quint', cue: 'accused' },
      { text: 'the council of hiding the figures', kind: 'indirect', speaker: 'Oskar Ferrel', source: 'Oskar Ferrel', cue: 'accused' },
    ],
  },
  {
    name: 'a warning with an object and "to" is a request ("warned people … to limit time outdoors"); "warned that" is not',
    text: 'The weather office said smoke could reach the coast by Friday, and warned people with asthma to stay indoors. Dr Ines Valtor warned that the haze would last.',
    quotes: [
      { text: 'smoke could reach the coast by Friday', kind: 'indirect', speaker: 'The weather office', source: 'weather office' },
      { text: 'people with asthma to stay indoors', kind: 'indirect', speaker: 'The weather office', source: 'weather office', cue: 'warned' },
      { text: 'the haze would last', kind: 'indirect', speaker: 'Dr Ines Valtor', source: 'Ines Valtor' },
    ],
  },
  {
    name: 'a present-tense verb wink tags as a plural noun, between its subject and a clause ("the council claims the firm has …")',
    text: 'The Harrowgate Tenants Council claims Velmor Homes has overcharged its members for repairs.',
    quotes: [{ text: 'Velmor Homes has overcharged its members for repairs', kind: 'indirect', speaker: 'The Harrowgate Tenants Council', source: 'Harrowgate Tenants Council', cue: 'claims' }],
  },
  {
    name: 'a speech verb coordinated with the verb of an "after" clause has that clause\'s subject',
    text: 'The two ministers were detained on Monday, hours after soldiers surrounded the palace in Varenne and announced on radio that they had suspended the constitution.',
    quotes: [{ text: 'they had suspended the constitution', kind: 'indirect', speaker: 'soldiers', source: 'soldiers', cue: 'announced' }],
  },
  {
    name: 'a coordinated verb after a reported clause is the first speaker\'s, not the clause subject\'s ("said that the walkout would continue … and accused")',
    text: 'The Dockers Union said in a statement that the walkout would continue "for as long as it takes" and accused the port authority of ignoring safety complaints.',
    quotes: [
      { text: 'the walkout would continue "for as long as it takes"', kind: 'mixed', speaker: 'The Dockers Union', source: 'Dockers Union' },
      { text: 'the port authority of ignoring safety complaints', kind: 'indirect', speaker: 'The Dockers Union', source: 'Dockers Union', cue: 'accused' },
    ],
  },
  {
    name: 'a noun phrase after a dash that comments on the clause is no content: the content comes before "she estimates"',
    text: 'Each cow sold pulls about $1,400 a year out of rural towns, she estimates — money that would otherwise be spent at feed stores.',
    quotes: [{ text: 'Each cow sold pulls about $1,400 a year out of rural towns', kind: 'indirect', speaker: 'she', source: null, cue: 'estimates' }],
  },
  {
    name: 'a gerund subject with an adverb after it ("said selling so soon … risked"); prices compiled by a named outlet are a named document',
    text: 'Anke Rasmussen said selling so soon after a profit warning risked handing buyers the upper hand. The bonds have slipped since the warning, according to prices compiled by Bloomberg.',
    quotes: [
      { text: 'selling so soon after a profit warning risked handing buyers the upper hand', kind: 'indirect', speaker: 'Anke Rasmussen', source: 'Anke Rasmussen' },
      { text: 'The bonds have slipped since the warning', kind: 'indirect', speaker: 'prices', source: 'prices', sourcing: 'named' },
    ],
  },
  {
    name: 'a fraction opening the reported clause ("said roughly a third of …"); a present-tense verb tagged as a noun after a name opening the clause before ", the company said"; "attributed X to “…”"',
    text: 'Haruto Ishii said roughly a third of the town’s 140 fishermen had given up their licences. Tallin processes payments for 9,000 merchants, the company said in its statement. The agency attributed the shortage to “logistics challenges” at the port.',
    quotes: [
      { text: 'roughly a third of the town’s 140 fishermen had given up their licences', kind: 'indirect', speaker: 'Haruto Ishii', source: 'Haruto Ishii' },
      { text: 'Tallin processes payments for 9,000 merchants', kind: 'indirect', speaker: 'the company', source: 'company' },
      { text: 'the shortage to “logistics challenges” at the port', kind: 'mixed', speaker: 'The agency', source: 'agency', cue: 'attributed' },
    ],
  },
  {
    name: 'blame is a quote with its object and "for" or "on", quoted or not; an acronym wink tags as a determiner speaks ("The DA said"); two openers before an amount written with its country\'s letters ("only about S$54,000")',
    text: 'He blamed repeated power outages for burning out the motors. Arriaga blamed the delay on "legal obstacles" to land purchases. The DA said it would table a motion of no confidence. The prosecutor said only about S$54,000 had been recovered.',
    quotes: [
      { text: 'repeated power outages for burning out the motors', kind: 'indirect', speaker: 'He', source: null, cue: 'blamed' },
      { text: 'the delay on "legal obstacles" to land purchases', kind: 'mixed', speaker: 'Arriaga', source: 'Arriaga', cue: 'blamed' },
      { text: 'it would table a motion of no confidence', kind: 'indirect', speaker: 'The DA', source: 'DA', sourcing: 'named' },
      { text: 'only about S$54,000 had been recovered', kind: 'indirect', speaker: 'The prosecutor', source: 'prosecutor' },
    ],
  },
];

const ANONYMITY: QuoteCase[] = [
  {
    name: 'a subject with a "whose" clause naming someone else speaks, not the name in its clause',
    text: 'A rival executive whose team also pursued Ilkka Varno said the price was steep.',
    quotes: [{ text: 'the price was steep', kind: 'indirect', speaker: 'A rival executive', source: 'rival executive', sourcing: 'anonymous' }],
    sourceCount: 1,
  },
  {
    name: 'a gerund naming a field inside the description ("A lecturer in the school of performing arts, who spoke on condition of anonymity …"), then "the lecturer"',
    text: 'A lecturer in the school of performing arts, who spoke on condition of anonymity for fear of being targeted, said colleagues had learned of the closure by email. "There was no warning," the lecturer said.',
    quotes: [
      { text: 'colleagues had learned of the closure by email', kind: 'indirect', speaker: 'A lecturer in the school of performing arts', source: 'lecturer', sourcing: 'anonymous' },
      { text: '"There was no warning,"', kind: 'direct', speaker: 'the lecturer', source: 'lecturer', sourcing: 'anonymous' },
    ],
    sourceCount: 1,
  },
  {
    name: 'two first names joined by "and", "who gave only their first names": each is anonymous',
    text: 'Tania and Reece, who gave only their first names, spent the day in a shopping centre. "We can\'t afford the air con," Tania said.',
    quotes: [{ text: '"We can\'t afford the air con,"', kind: 'direct', speaker: 'Tania', source: 'Tania', sourcing: 'anonymous' }],
  },
  {
    name: 'a resident "who would give only her first name" is anonymous, with the reason after the name',
    text: 'A resident who would give only her first name, Petra, because she feared looters, said she slept in her car. "It was cold," she said.',
    quotes: [
      { text: 'she slept in her car', kind: 'indirect', speaker: 'Petra', source: 'Petra', sourcing: 'anonymous' },
      { text: '"It was cold,"', kind: 'direct', speaker: 'she', source: 'Petra', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'Petra', sourcing: 'anonymous', anonymityReason: 'because she feared looters' }],
    curly: true,
  },
  {
    name: 'a person given only a first name and an age is anonymous; a spokesperson of an organisation whose name holds "of" is official',
    text: 'Among those caught up is Doreen, 71, from Stockport. "I do understand why they are doing it," she said. A Department of Health spokesperson said the offer remained on the table.',
    quotes: [
      { text: '"I do understand why they are doing it,"', kind: 'direct', speaker: 'she', source: 'Doreen', sourcing: 'anonymous' },
      { text: 'the offer remained on the table', kind: 'indirect', speaker: 'A Department of Health spokesperson', source: 'Department of Health spokesperson', sourcing: 'official' },
    ],
  },
  {
    name: '"asked that her surname not be published" withholds the name',
    text: 'Marte, a nurse who asked that her surname not be published because staff had been told not to speak to the media, said every chart was checked twice.',
    quotes: [{ text: 'every chart was checked twice', kind: 'indirect', speaker: 'Marte', source: 'Marte', sourcing: 'anonymous' }],
  },
  {
    name: 'a first name given after "did not want to give her surname" or "gave her name only as" is anonymous',
    text: '‘I heard a woman screaming,’ said Maureen, 68, who did not want to give her surname. Another trader, who gave her name only as Blessing, said she had stopped buying on credit.',
    quotes: [
      { text: '‘I heard a woman screaming,’', kind: 'direct', speaker: 'Maureen', source: 'Maureen', sourcing: 'anonymous' },
      { text: 'she had stopped buying on credit', kind: 'indirect', speaker: 'Another trader', source: 'trader', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'a second relative clause joined by "and" between the speaker and the cue',
    text: 'A nurse who has worked there for a decade, and who spoke on condition of anonymity for fear of retaliation, said staff were discouraged from filing reports.',
    quotes: [{ text: 'staff were discouraged from filing reports', kind: 'indirect', speaker: 'A nurse', source: 'nurse', sourcing: 'anonymous' }],
    sources: [{ name: 'nurse', sourcing: 'anonymous', anonymityReason: 'for fear of retaliation' }],
  },
  {
    name: '"But according to X, …"; "One ally said" after "Allies of the chancellor" is anonymous',
    text: 'But according to a senior government source, No 10 was "blindsided" by the leak. One ally said the chancellor was "furious".',
    quotes: [
      { text: 'No 10 was "blindsided" by the leak', kind: 'mixed', speaker: 'a senior government source', cue: 'according to', source: 'senior government source', sourcing: 'anonymous' },
      { text: 'the chancellor was "furious"', kind: 'mixed', speaker: 'One ally', source: 'One ally', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'a participle phrase after the head noun, and "the firefighter" resolving to the anonymous firefighter',
    text: 'A firefighter working on the northern edge, who spoke on condition of anonymity because he was not authorised to speak publicly, said crews were stretched thin. "We sleep on a gym floor," the firefighter said.',
    quotes: [
      { text: 'crews were stretched thin', kind: 'indirect', speaker: 'A firefighter working on the northern edge', source: 'firefighter working on the northern edge', sourcing: 'anonymous' },
      { text: '"We sleep on a gym floor,"', kind: 'direct', speaker: 'the firefighter', source: 'firefighter working on the northern edge', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'firefighter working on the northern edge', sourcing: 'anonymous', anonymityReason: 'not authorised to speak publicly' }],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'the role given in an apposition with a possessive place lets "the minister" resolve to the named person',
    text: 'Navdeep Grewal, British Columbia’s minister of emergency management, said the province would pay. "I am asking people to hang on," the minister said.',
    quotes: [
      { text: 'the province would pay', kind: 'indirect', speaker: 'Navdeep Grewal', source: 'Navdeep Grewal', sourcing: 'named' },
      { text: '"I am asking people to hang on,"', kind: 'direct', speaker: 'the minister', source: 'Navdeep Grewal', sourcing: 'named' },
    ],
    sourceCount: 1,
  },
  {
    name: 'a reduced relative clause in the speaker, and "one of them" resolving to the group',
    text: 'Two people briefed on the talks said the offer was close. One of them said the union would accept it.',
    quotes: [
      { text: 'the offer was close', kind: 'indirect', speaker: 'Two people briefed on the talks', source: 'people briefed on the talks', sourcing: 'anonymous' },
      { text: 'the union would accept it', kind: 'indirect', speaker: 'One of them', source: 'people briefed on the talks', sourcing: 'anonymous' },
    ],
    sourceCount: 1,
  },
  {
    name: 'a described organisation is not the last organisation named',
    text: 'The Harbor Authority approved the lease on Monday. The shippers’ association did not immediately respond to a request for comment.',
    quotes: [],
    sources: [{ name: 'shippers’ association', sourcing: 'named', noComment: true }],
  },
  {
    name: 'a participial parenthetical between subject and verb carries the reason',
    text: 'Officials, speaking on condition of anonymity because they were not authorized to discuss the matter, said the talks had stalled.',
    quotes: [{ text: 'the talks had stalled', kind: 'indirect', speaker: 'Officials', source: 'Officials', sourcing: 'anonymous' }],
    sources: [{ name: 'Officials', sourcing: 'anonymous', anonymityReason: 'not authorized to discuss the matter' }],
  },
  {
    name: 'a prepositional parenthetical: Name, in an interview, said Y',
    text: 'Alder Quint, in an interview, said the plan would fail.',
    quotes: [{ text: 'the plan would fail', kind: 'indirect', speaker: 'Alder Quint', source: 'Alder Quint', sourcing: 'named' }],
  },
  {
    name: 'an office speaks on the record: the minister said',
    text: '"We are ready," the minister said.',
    quotes: [{ text: '"We are ready,"', kind: 'direct', speaker: 'the minister', source: 'minister', sourcing: 'official' }],
  },
  {
    name: 'trap: according to people familiar with the matter (no marks, no verb)',
    text: 'The merger is expected to be announced next week, according to people familiar with the matter.',
    quotes: [{ text: 'The merger is expected to be announced next week', kind: 'indirect', speaker: 'people familiar with the matter', cue: 'according to', source: 'people familiar with the matter', sourcing: 'anonymous' }],
    sources: [{ name: 'people familiar with the matter', sourcing: 'anonymous', anonymityReason: null }],
    sourceCount: 1,
  },
  {
    name: 'anonymous without a reason: Y, officials said',
    text: 'The highway will reopen on Monday, officials said.',
    quotes: [{ text: 'The highway will reopen on Monday', kind: 'indirect', speaker: 'officials', source: 'officials', sourcing: 'anonymous' }],
    sources: [{ name: 'officials', sourcing: 'anonymous', anonymityReason: null, noComment: false }],
  },
  {
    name: 'anonymous without a reason: a senior official said',
    text: 'A senior official said the agreement was close.',
    quotes: [{ text: 'the agreement was close', kind: 'indirect', speaker: 'A senior official', source: 'official', sourcing: 'anonymous' }],
    sources: [{ name: 'official', sourcing: 'anonymous', anonymityReason: null }],
  },
  {
    name: 'anonymous: researchers say',
    text: 'Researchers say the new vaccine is safe for young children.',
    quotes: [{ text: 'the new vaccine is safe for young children', kind: 'indirect', speaker: 'Researchers', cue: 'say', source: 'Researchers', sourcing: 'anonymous' }],
  },
  {
    name: 'anonymity reason: who spoke on the condition of anonymity for fear of reprisal',
    text: 'Two employees, who spoke on the condition of anonymity for fear of reprisal, said the audit had been buried.',
    quotes: [{ text: 'the audit had been buried', kind: 'indirect', speaker: 'Two employees', source: 'employees', sourcing: 'anonymous' }],
    sources: [{ name: 'employees', sourcing: 'anonymous', anonymityReason: 'fear of reprisal' }],
    sourceCount: 1,
  },
  {
    name: 'anonymity reason: because they were not authorized to speak publicly',
    text: 'The talks collapsed on Sunday, according to three diplomats who spoke on the condition of anonymity because they were not authorized to speak publicly.',
    quotes: [{ text: 'The talks collapsed on Sunday', kind: 'indirect', speaker: 'three diplomats', source: 'diplomats', sourcing: 'anonymous' }],
    sources: [{ name: 'diplomats', sourcing: 'anonymous', anonymityReason: 'not authorized to speak publicly' }],
    sourceCount: 1,
  },
  {
    name: 'anonymity reason: who requested anonymity to discuss the talks',
    text: 'A senior administration official, who requested anonymity to discuss the talks, said the deal was close.',
    quotes: [{ text: 'the deal was close', kind: 'indirect', speaker: 'A senior administration official', source: 'official', sourcing: 'anonymous' }],
    sources: [{ name: 'official', sourcing: 'anonymous', anonymityReason: 'to discuss the talks' }],
    sourceCount: 1,
  },
  {
    name: 'anonymity reason after an inverted direct quote',
    text: '"We were told to stop asking questions," said one investigator, who spoke on the condition of anonymity because the inquiry is still open.',
    quotes: [{ text: '"We were told to stop asking questions,"', kind: 'direct', speaker: 'one investigator', source: 'investigator', sourcing: 'anonymous' }],
    sources: [{ name: 'investigator', sourcing: 'anonymous', anonymityReason: 'the inquiry is still open' }],
    sourceCount: 1,
  },
  {
    name: 'anonymity reason stated with the group carries to "the people"',
    text: 'The agency will cut a third of its staff, said two people familiar with the plan, who spoke on the condition of anonymity for fear of reprisal.\nThe cuts will start in May, the people said.',
    quotes: [
      { text: 'The agency will cut a third of its staff', kind: 'indirect', speaker: 'two people familiar with the plan', source: 'people familiar with the plan', sourcing: 'anonymous' },
      { text: 'The cuts will start in May', kind: 'indirect', speaker: 'the people', source: 'people familiar with the plan', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'people familiar with the plan', sourcing: 'anonymous', anonymityReason: 'fear of reprisal' }],
    sourceCount: 1,
  },
  {
    name: 'a first name with a request in an apposition ("Marisol, a nurse who asked that her last name not be used"); a first name with an age, though a town has that name',
    text: 'Marisol, a nurse who asked that her last name not be used because she fears losing her job, said the ward was full. “We slept outside,” said Ngozi, 29, a mother of three.',
    quotes: [
      { text: 'the ward was full', kind: 'indirect', speaker: 'Marisol', source: 'Marisol', sourcing: 'anonymous' },
      { text: '“We slept outside,”', kind: 'direct', speaker: 'Ngozi', source: 'Ngozi', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'Marisol', sourcing: 'anonymous', anonymityReason: 'because she fears losing her job' }],
  },
  {
    name: 'a reason clause after the first name in an apposition; an unnamed worker "at" a named employer is anonymous, and "the letter carrier" is that worker; "Several panelists" at the start of a sentence',
    text: 'Another patient, who asked to be identified only by her first name, Colleen, because her employer does not know, said she fell ill. A letter carrier with 22 years at Canada Post, who spoke on condition of anonymity because he feared discipline, said supervisors had warned staff. The letter carrier said he had lost pay. Several panelists who voted yes said they wanted a warning.',
    quotes: [
      { text: 'she fell ill', kind: 'indirect', speaker: 'Colleen', source: 'Colleen', sourcing: 'anonymous' },
      { text: 'supervisors had warned staff', kind: 'indirect', speaker: 'A letter carrier with 22 years at Canada Post', source: 'letter carrier', sourcing: 'anonymous' },
      { text: 'he had lost pay', kind: 'indirect', speaker: 'The letter carrier', source: 'letter carrier', sourcing: 'anonymous' },
      { text: 'they wanted a warning', kind: 'indirect', speaker: 'Several panelists', source: 'panelists', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'Colleen', sourcing: 'anonymous', anonymityReason: 'because her employer does not know' }, { name: 'letter carrier', sourcing: 'anonymous', anonymityReason: 'because he feared discipline' }],
  },
  {
    name: 'a long relative clause with commas of its own after a short subject ("The survey, which …, found"); "Another participant, who asked not to be named," is anonymous; financial statements and a summary are documents',
    text: 'The survey, which polled 2,310 adults in Ostrava, Brno and Plzen between May and July, found that most backed the plan. Another participant, who asked not to be named, said she had been unwell. Tallow Farms reported revenue of $40 million, according to its most recent financial statements. Few parents objected, according to a summary posted on the school’s website.',
    quotes: [
      { text: 'most backed the plan', kind: 'indirect', speaker: 'The survey', source: 'survey', sourcing: 'named' },
      { text: 'she had been unwell', kind: 'indirect', speaker: 'Another participant', source: 'participant', sourcing: 'anonymous' },
      { text: 'Tallow Farms reported revenue of $40 million', kind: 'indirect', speaker: 'its most recent financial statements', source: 'financial statements', sourcing: 'named' },
      { text: 'Few parents objected', kind: 'indirect', speaker: 'a summary', source: 'summary', sourcing: 'named' },
    ],
  },
  {
    name: 'an attribution inside the clause it reports ("The plan, Roe said, would cost"); "the governor" is the person introduced as "Gov."; a long adverbial with a possessive before the second part of a split quote; "an indictment unsealed" is a document; a subject ending in a noun wink tags as a verb',
    text: 'Nagano Gov. Ami Sato approved the plan on Tuesday. The plan, Sato said, would cost $4 million. “I cannot say the anxiety has gone,” the governor said. “We followed the money,” Ms. Ruiz said at a news conference at the agency’s offices in Newark, “and every thread led back to that garage.” The ring sold 600,000 pills, according to an indictment unsealed on Wednesday. Two holders of Corvane’s offshore bonds, who spoke on condition of anonymity, said an ad hoc group had not yet agreed.',
    quotes: [
      { text: 'The plan, Sato said, would cost $4 million', kind: 'indirect', speaker: 'Sato', source: 'Ami Sato', sourcing: 'named' },
      { text: '“I cannot say the anxiety has gone,”', kind: 'direct', speaker: 'the governor', source: 'Ami Sato', sourcing: 'named' },
      { text: '“We followed the money,”', kind: 'direct', speaker: 'Ms. Ruiz', source: 'Ruiz', sourcing: 'named' },
      { text: '“and every thread led back to that garage.”', kind: 'direct', speaker: 'Ms. Ruiz', source: 'Ruiz', sourcing: 'named' },
      { text: 'The ring sold 600,000 pills', kind: 'indirect', speaker: 'an indictment unsealed', source: 'indictment', sourcing: 'named' },
      { text: 'an ad hoc group had not yet agreed', kind: 'indirect', speaker: 'Two holders of Corvane’s offshore bonds', source: 'holders', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'the first name given inside a relative clause ("asked that only her first name, Kayla, be used because …"); content before "said the people" when the subject has its own predicate; an amount after ", she said,"; MPs unnamed; "the authors" of a named study',
    text: 'The woman, who asked that only her first name, Mirela, be used because of harassment her family has faced online, said she had decided not to vaccinate. The cuts, which would affect 2,300 employees, could be announced as soon as Thursday, said the people, who asked not to be identified because the deliberations are private. Dr. Ana Reyes spoke next. The county has given 612 doses since January, she said, nearly three times as many as in 2025. “People are tired of it,” the MP said. Opposition MPs said the resignation had come too late. The study, led by the University of Leeds, found ice loss had doubled. The loss added 3.2 millimetres to sea levels, the authors said.',
    quotes: [
      { text: 'she had decided not to vaccinate', kind: 'indirect', speaker: 'Mirela', source: 'Mirela', sourcing: 'anonymous' },
      { text: 'The cuts, which would affect 2,300 employees, could be announced as soon as Thursday', kind: 'indirect', speaker: 'the people', source: 'people', sourcing: 'anonymous' },
      { text: 'The county has given 612 doses since January', kind: 'indirect', speaker: 'she', source: 'Ana Reyes', sourcing: 'named' },
      { text: '“People are tired of it,”', kind: 'direct', speaker: 'the MP', source: 'MP', sourcing: 'anonymous' },
      { text: 'the resignation had come too late', kind: 'indirect', speaker: 'Opposition MPs', source: 'MPs', sourcing: 'anonymous' },
      { text: 'ice loss had doubled', kind: 'indirect', speaker: 'The study', source: 'study', sourcing: 'named' },
      { text: 'The loss added 3.2 millimetres to sea levels', kind: 'indirect', speaker: 'the authors', source: 'authors', sourcing: 'named' },
    ],
    sources: [{ name: 'Mirela', sourcing: 'anonymous', anonymityReason: 'because of harassment her family has faced online' }, { name: 'people', sourcing: 'anonymous', anonymityReason: 'because the deliberations are private' }],
  },
  {
    name: 'a compound job whose head alone may name a company ("A furnace operator at the plant") is an anonymous person, and so are "he" and "the operator" after it',
    text: 'A furnace operator at the plant, who spoke on condition of anonymity for fear of losing his job, said his team had been told to raise output. "We were working 12-hour shifts," he said. The operator said the crew was tired.',
    quotes: [
      { text: 'his team had been told to raise output', kind: 'indirect', speaker: 'A furnace operator at the plant', source: 'furnace operator', sourcing: 'anonymous' },
      { text: '"We were working 12-hour shifts,"', kind: 'direct', speaker: 'he', source: 'furnace operator', sourcing: 'anonymous' },
      { text: 'the crew was tired', kind: 'indirect', speaker: 'The operator', source: 'furnace operator', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'furnace operator at the plant', sourcing: 'anonymous', anonymityReason: 'for fear of losing his job' }],
  },
  {
    name: 'a document followed by a participle and its phrase ("a notice posted on the district’s website") is the document',
    text: 'Students who were exposed would have to stay home, according to a notice posted on the district’s website.',
    quotes: [{ text: 'Students who were exposed would have to stay home', kind: 'indirect', speaker: 'a notice', source: 'notice', sourcing: 'named' }],
  },
  {
    name: 'a subject with a relative clause of its own, then a second one giving anonymity ("A neighbor who lives two doors down, who asked not to be named because …, said")',
    text: 'Fire Chief Dan Roe spoke first. A neighbor who lives two doors down, who asked not to be named because she did not want to be identified publicly, said she woke up to the sound of windows bursting. "The whole front of the house was orange," she said.',
    quotes: [
      { text: 'she woke up to the sound of windows bursting', kind: 'indirect', speaker: 'A neighbor', source: 'neighbor', sourcing: 'anonymous' },
      { text: '"The whole front of the house was orange,"', kind: 'direct', speaker: 'she', source: 'neighbor', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'neighbor', sourcing: 'anonymous', anonymityReason: 'because she did not want to be identified publicly' }],
  },
  {
    name: 'a legislator\'s party and state in parentheses before an apposition or relative clause ("Rep. Jo Pell (D-Maine), one of …, said")',
    text: 'Minority Leader Rita Alva (D-Calif.), who held her caucus together, said the cuts were cruel. Rep. Jo Pell (D-Maine), one of the four Democrats who broke ranks, said he could not vote no.',
    quotes: [
      { text: 'the cuts were cruel', kind: 'indirect', speaker: 'Minority Leader Rita Alva', source: 'Rita Alva', sourcing: 'named' },
      { text: 'he could not vote no', kind: 'indirect', speaker: 'Rep. Jo Pell', source: 'Jo Pell', sourcing: 'named' },
    ],
  },
  {
    name: '"the selector" is the anonymous "One of England\'s selectors" (one person), not a named player; a name in apposition with its institution after "of the"',
    text: 'Jamie Stoker broke down. One of England\'s selectors, who spoke on condition of anonymity because he was not authorised to comment, said the panel had been worried. "We asked the question," the selector said. The mission\'s lead scientist, Prof Sunniva Dahle of the University of Oslo, said the delay was frustrating.',
    quotes: [
      { text: 'the panel had been worried', kind: 'indirect', speaker: "One of England's selectors", source: 'selectors', sourcing: 'anonymous' },
      { text: '"We asked the question,"', kind: 'direct', speaker: 'the selector', source: 'selectors', sourcing: 'anonymous' },
      { text: 'the delay was frustrating', kind: 'indirect', speaker: 'Prof Sunniva Dahle of the University of Oslo', source: 'Sunniva Dahle', sourcing: 'named' },
    ],
  },
  {
    name: 'a subject of many words, then its relative clause, then "said": "the state-owned firm" after it is content, not an inverted speaker',
    text: 'A senior official at the National Oil Corporation of Kenya, who spoke on condition of anonymity because he was not authorised to speak to the press, said the state-owned firm had been selling diesel below cost.',
    quotes: [{ text: 'the state-owned firm had been selling diesel below cost', kind: 'indirect', speaker: 'A senior official at the National Oil Corporation of Kenya', source: 'senior official', sourcing: 'anonymous' }],
    sources: [{ name: 'senior official', sourcing: 'anonymous', anonymityReason: 'because he was not authorised to speak to the press' }],
  },
  {
    name: 'a military title\'s abbreviation ("Cmdr.") ends no sentence and stays in the speaker; "whose ..., and who asked not to be named"',
    text: 'The ferry overturned near Banton island, coast guard spokesperson Cmdr. Ana Tabuena said. A mother whose son sits exams next year, and who asked not to be named because her child still attends the school, said families had no explanation.',
    quotes: [
      { text: 'The ferry overturned near Banton island', kind: 'indirect', speaker: 'coast guard spokesperson Cmdr. Ana Tabuena', source: 'Ana Tabuena', sourcing: 'named' },
      { text: 'families had no explanation', kind: 'indirect', speaker: 'A mother', source: 'mother', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'mother', sourcing: 'anonymous', anonymityReason: 'because her child still attends the school' }],
  },
  {
    name: 'an anonymous employee with a participle phrase and a reason; a reported clause opening with a noun modifier wink tags an adverb',
    text: 'A county employee working at the shelter, who spoke on condition of anonymity because she was not authorized to speak to reporters, said home inspectors were weeks behind.',
    quotes: [{ text: 'home inspectors were weeks behind', kind: 'indirect', speaker: 'A county employee working at the shelter', source: 'county employee working at the shelter', sourcing: 'anonymous' }],
    sources: [{ name: 'county employee working at the shelter', sourcing: 'anonymous', anonymityReason: 'because she was not authorized to speak to reporters' }],
  },
  {
    name: 'an anonymous lecturer "in history at a university", and "she" after her is she, not the named woman before',
    text: "Ruth Selby, the union's general secretary, spoke first. A lecturer in history at a university in the Midlands, who asked not to be named because she feared for her job, said she had lost £4,000 in pay. \"Nobody I know wants to strike,\" she said.",
    quotes: [
      { text: 'she had lost £4,000 in pay', kind: 'indirect', speaker: 'A lecturer in history at a university in the Midlands', source: 'lecturer in history at a university in the Midlands', sourcing: 'anonymous' },
      { text: '"Nobody I know wants to strike,"', kind: 'direct', speaker: 'she', source: 'lecturer in history at a university in the Midlands', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'lecturer in history at a university in the Midlands', sourcing: 'anonymous', anonymityReason: 'because she feared for her job' }],
  },
  {
    name: 'an anonymous sergeant described with prepositions, then "the sergeant"; "the doctor" is the named Dr.',
    text: 'A sergeant with more than 15 years on the job, who spoke on the condition of anonymity because officers are barred from speaking to reporters, said supervisors signed off on reports. “Nobody on patrol thinks the board is out to get us,” the sergeant said. At the clinic, Dr. Ousmane Djibo said his team treated 90 patients a day. “Most of them reach us too late,” the doctor said.',
    quotes: [
      { text: 'supervisors signed off on reports', kind: 'indirect', speaker: 'A sergeant with more than 15 years on the job', source: 'sergeant with more than 15 years on the job', sourcing: 'anonymous' },
      { text: '“Nobody on patrol thinks the board is out to get us,”', kind: 'direct', speaker: 'the sergeant', source: 'sergeant with more than 15 years on the job', sourcing: 'anonymous' },
      { text: 'his team treated 90 patients a day', kind: 'indirect', speaker: 'Dr. Ousmane Djibo', source: 'Ousmane Djibo', sourcing: 'named' },
      { text: '“Most of them reach us too late,”', kind: 'direct', speaker: 'the doctor', source: 'Ousmane Djibo', sourcing: 'named' },
    ],
    sources: [{ name: 'sergeant with more than 15 years on the job', sourcing: 'anonymous', anonymityReason: 'because officers are barred from speaking to reporters' }],
  },
  {
    name: 'a subject with a participle adjective and prepositions, then a reason, before "said"; a clause after "said" whose subject an adverb separates from its verb',
    text: 'A licensed practical nurse at another home in southern Ohio, who asked not to be named because she signed an agreement that bars her from discussing the company, said managers routinely cut shifts.',
    quotes: [{ text: 'managers routinely cut shifts', kind: 'indirect', speaker: 'A licensed practical nurse at another home in southern Ohio', source: 'licensed practical nurse at another home in southern Ohio', sourcing: 'anonymous' }],
    sources: [{ name: 'licensed practical nurse at another home in southern Ohio', sourcing: 'anonymous', anonymityReason: 'because she signed an agreement that bars her from discussing the company' }],
  },
  {
    name: 'a long description of an anonymous source (14 words before its relative clause), and "she" after it',
    text: 'A history lecturer at a university in the north of England, who did not want to be named for fear of reprisals from her employer, said she had voted to strike.\n\n“I earn less than I did,” she said.',
    quotes: [
      { text: 'she had voted to strike', kind: 'indirect', speaker: 'A history lecturer at a university in the north of England', source: 'history lecturer at a university in the north of England', sourcing: 'anonymous' },
      { text: '“I earn less than I did,”', kind: 'direct', speaker: 'she', source: 'history lecturer at a university in the north of England', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'residents reached by an outlet and a supplier to a company are unnamed people, not the outlet or the company',
    text: 'The army said it held the town. Residents reached by the Courier said artillery fire had hit the market. A fresh produce supplier to Tallis Foods Ltd, who did not want to be named for fear of losing contracts, said payment terms had doubled.',
    quotes: [
      { text: 'it held the town', kind: 'indirect', speaker: 'The army', source: 'army', sourcing: 'named' },
      { text: 'artillery fire had hit the market', kind: 'indirect', speaker: 'Residents reached by the Courier', source: 'Residents', sourcing: 'anonymous' },
      { text: 'payment terms had doubled', kind: 'indirect', speaker: 'A fresh produce supplier to Tallis Foods Ltd', source: 'supplier', sourcing: 'anonymous' },
    ],
  },
  {
    name: '"the principal" is the anonymous principal described before, not a new official',
    text: 'An elementary principal, who spoke on condition of anonymity because she was not authorized to speak, said families were upset.\n\n“People are devastated,” the principal said.',
    quotes: [
      { text: 'families were upset', kind: 'indirect', speaker: 'An elementary principal', source: 'elementary principal', sourcing: 'anonymous' },
      { text: '“People are devastated,”', kind: 'direct', speaker: 'the principal', source: 'elementary principal', sourcing: 'anonymous' },
    ],
    sourceCount: 1,
  },
  {
    name: 'a description whose own relative clause grants anonymity is anonymous, though no lexicon knows its head ("the selector, who spoke on condition of anonymity")',
    text: 'One of the five members of the panel gave a different account. The selector, who spoke on condition of anonymity because he was not authorised to speak to the media, said the list had been typed in advance.',
    quotes: [{ text: 'the list had been typed in advance', kind: 'indirect', speaker: 'The selector', source: 'selector', sourcing: 'anonymous' }],
    sources: [{ name: 'selector', sourcing: 'anonymous', anonymityReason: 'because he was not authorised to speak to the media' }],
  },
  {
    name: 'records described as particular ones are documents; only media reports are hearsay',
    text: 'Revenue rose 9%, according to cost reports filed with the state. The reports show that the chain paid $2 million in fees. A staffing report the sheriff’s office filed with the commission shows that 41 posts were vacant. The striker will move to Porto, according to media reports.',
    quotes: [
      { text: 'Revenue rose 9%', kind: 'indirect', speaker: 'cost reports', source: 'cost reports', sourcing: 'named' },
      { text: 'the chain paid $2 million in fees', kind: 'indirect', speaker: 'The reports', source: 'cost reports', sourcing: 'named' },
      { text: '41 posts were vacant', kind: 'indirect', speaker: 'A staffing report the sheriff’s office filed with the commission', source: 'staffing report', sourcing: 'named' },
      { text: 'The striker will move to Porto', kind: 'indirect', speaker: 'media reports', source: 'media reports', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'a person introduced without a speech verb and granted anonymity is who "she" is next, not the person named before',
    text: 'Det Insp Mark Halloran said the investigation had been complex.\n\nA tenant from the Lawrence Hill area of the city, who asked not to be named because she feared it could affect her tenancy, watched the opening from the public gallery.\n\nShe said she had waited two years for repairs.\n\n"I kept being told there was no money for it," she said.',
    quotes: [
      { text: 'the investigation had been complex', kind: 'indirect', speaker: 'Det Insp Mark Halloran', source: 'Mark Halloran', sourcing: 'named' },
      { text: 'she had waited two years for repairs', kind: 'indirect', speaker: 'She', source: 'tenant', sourcing: 'anonymous' },
      { text: '"I kept being told there was no money for it,"', kind: 'direct', speaker: 'she', source: 'tenant', sourcing: 'anonymous' },
    ],
    sources: [{ name: 'tenant', sourcing: 'anonymous', anonymityReason: 'because she feared it could affect her tenancy' }],
  },
  {
    name: 'an introduction granting anonymity in its main clause ("The daughter of one victim … spoke on condition of anonymity …") is who "she" is next',
    text: 'Det Sgt Ann Renshaw said the gang had targeted people over 80.\n\nThe daughter of one victim, an 83-year-old woman who lost £64,000, spoke to the BBC on condition of anonymity to protect her mother\'s privacy.\n\nShe said her mother had kept the calls secret for weeks.\n\n"By the time we found out, it had all gone," she said.',
    quotes: [
      { text: 'the gang had targeted people over 80', kind: 'indirect', speaker: 'Det Sgt Ann Renshaw', source: 'Ann Renshaw', sourcing: 'named' },
      { text: 'her mother had kept the calls secret for weeks', kind: 'indirect', speaker: 'She', source: 'daughter of one victim', sourcing: 'anonymous' },
      { text: '"By the time we found out, it had all gone,"', kind: 'direct', speaker: 'she', source: 'daughter of one victim', sourcing: 'anonymous' },
    ],
  },
  {
    name: 'an office granted anonymity in its own relative clause is anonymous ("The building’s superintendent, who spoke on the condition of anonymity …")',
    text: 'The building’s superintendent, who spoke on the condition of anonymity because he feared losing his job, said he had asked for a replacement burner.',
    quotes: [{ text: 'he had asked for a replacement burner', kind: 'indirect', speaker: 'The building’s superintendent', source: 'superintendent', sourcing: 'anonymous' }],
    sources: [{ name: 'superintendent', sourcing: 'anonymous', anonymityReason: 'because he feared losing his job' }],
  },
  {
    name: 'a first-name-only person whose request not to be named comes in the next sentence, opening with "She"',
    text: 'Salome, the 23-year-old daughter of Interior Minister Oyelaran, said the family had been allowed one call. She asked that her surname not be published because her brothers still live in the capital.',
    quotes: [{ text: 'the family had been allowed one call', kind: 'indirect', speaker: 'Salome', source: 'Salome', sourcing: 'anonymous' }],
    sources: [{ name: 'Salome', sourcing: 'anonymous', anonymityReason: 'because her brothers still live in the capital' }],
  },
  {
    name: 'a description granted anonymity in the next sentence, opening with "The woman"',
    text: 'Outside court, the son of one victim, a 52-year-old taxi driver, said his father had hidden the loss for a year. The man asked not to be named because his father has not told other relatives.',
    quotes: [{ text: 'his father had hidden the loss for a year', kind: 'indirect', speaker: 'the son of one victim', source: 'son of one victim', sourcing: 'anonymous' }],
    sources: [{ name: 'son of one victim', sourcing: 'anonymous', anonymityReason: 'because his father has not told other relatives' }],
  },
  {
    name: 'an unnamed person introduced before "spoke … on condition that she not be named" is who the next "She" is, not the person named before',
    text: 'Mere Tawhai, who chairs the action group, said patients were waiting. A nurse who has worked nights at the hospital for a decade spoke to the station on condition that she not be named, because she feared losing her job. She said staff were exhausted.',
    quotes: [
      { text: 'patients were waiting', kind: 'indirect', speaker: 'Mere Tawhai', source: 'Mere Tawhai', sourcing: 'named' },
      { text: 'staff were exhausted', kind: 'indirect', speaker: 'She', source: 'nurse', sourcing: 'anonymous' },
    ],
  },
  {
    name: '"people aware of the matter" are anonymous',
    text: 'The startup is laying off about 350 people, according to people aware of the matter.',
    quotes: [{ text: 'The startup is laying off about 350 people', kind: 'indirect', speaker: 'people aware of the matter', source: 'people aware of the matter', sourcing: 'anonymous' }],
  },
  {
    name: 'a source known only by a pseudonym is unnamed, with the stated reason',
    text: 'Vexmoor, who agreed to be interviewed only under that pseudonym because they could face criminal charges if identified, said the key was public.',
    quotes: [{ text: 'the key was public', kind: 'indirect', speaker: 'Vexmoor', source: 'Vexmoor', sourcing: 'anonymous' }],
    sources: [{ name: 'Vexmoor', sourcing: 'anonymous', anonymityReason: 'because they could face criminal charges if identified' }],
  },
];

const NO_COMMENT: QuoteCase[] = [
  {
    name: 'no comment: a spokesman declined to comment',
    text: 'A spokesman for Halvorsen Freight declined to comment.',
    quotes: [],
    sources: [{ name: 'Halvorsen Freight', sourcing: 'official', noComment: true }],
    sourceCount: 1,
  },
  {
    name: 'no comment: did not immediately respond to a request for comment',
    text: 'Representatives for the Interior Department did not immediately respond to a request for comment.',
    quotes: [],
    sources: [{ name: 'Interior Department', sourcing: 'official', noComment: true }],
    sourceCount: 1,
  },
  {
    name: 'no comment: could not be reached for comment',
    text: 'Robert Kline, the developer, could not be reached for comment on Friday.',
    quotes: [],
    sources: [{ name: 'Robert Kline', sourcing: 'named', noComment: true }],
    sourceCount: 1,
  },
  {
    name: 'no comment from one source after a quote from another',
    text: '"The contract was awarded fairly," said Dana Reyes.\nHalvorsen Freight did not respond to a request for comment.',
    quotes: [{ text: '"The contract was awarded fairly,"', kind: 'direct', speaker: 'Dana Reyes', source: 'Dana Reyes', sourcing: 'named' }],
    sources: [
      { name: 'Dana Reyes', noComment: false },
      { name: 'Halvorsen Freight', sourcing: 'named', noComment: true },
    ],
    sourceCount: 2,
  },
  {
    name: 'no comment: a named person declined to comment',
    text: 'Nora Blum, the chief executive, declined to comment on Monday.',
    quotes: [],
    sources: [{ name: 'Nora Blum', sourcing: 'named', kind: 'person', noComment: true }],
    sourceCount: 1,
  },
  {
    name: 'not a quote: "declined to say"',
    text: 'Lena Ortiz declined to say whether the contract would be renewed.',
    quotes: [],
  },
];

const NOT_QUOTES: QuoteCase[] = [
  {
    name: 'a speech act asked about is none ("declined to comment on whether the agency would recommend that …"); a told instruction reports nothing before it',
    text: 'The spokesperson declined to comment on whether the agency would recommend that insurers cover group classes. In an email dated Oct. 17, the vice president, Kyle Brannigan, told regional managers to bill the schedule.',
    quotes: [],
  },
  {
    name: 'a comment after the attribution ("…, Idriss said, a figure that could not be verified") is not its content',
    text: 'Shelling had killed at least 17 people, Idriss said, a figure that could not be independently verified.',
    quotes: [{ text: 'Shelling had killed at least 17 people', kind: 'indirect', speaker: 'Idriss', source: 'Idriss', sourcing: 'named' }],
  },
  {
    name: '"an estimated £2.4bn" is no cue; "what she called" inside a reported clause is no second quote',
    text: 'The paper showed that officials had modelled a change that would raise an estimated £2.4bn a year. Minister Ana Ruiz said the government would not step into what she called "a private dispute."',
    quotes: [
      { text: 'officials had modelled a change that would raise an estimated £2.4bn a year', kind: 'indirect', speaker: 'The paper', source: 'paper', sourcing: 'named' },
      { text: 'the government would not step into what she called "a private dispute."', kind: 'mixed', speaker: 'Minister Ana Ruiz', source: 'Ana Ruiz', sourcing: 'named' },
    ],
  },
  {
    name: 'a prepositional phrase with a gerund before "X described a meeting" is no content',
    text: 'Under questioning by a prosecutor, Anjali Rao described a meeting in the founder’s office.',
    quotes: [],
  },
  {
    name: 'not a quote: scare quotes after "so-called"',
    text: 'The so-called "efficiency review" has cost the city millions of dollars.',
    quotes: [],
    sourceCount: 0,
    curly: true,
  },
  {
    name: 'not a quote: scare quotes around one word',
    text: 'The shop sells "artisanal" ice cubes for $4 each.',
    quotes: [],
    sourceCount: 0,
    curly: true,
  },
  {
    name: 'not a quote: a book title in quotation marks',
    text: 'Her memoir, "The Long Way Home," was published last year.',
    quotes: [],
    sourceCount: 0,
    curly: true,
  },
  {
    name: 'not a quote: a film title in quotation marks',
    text: 'The film "Silent Harbor" opens in theaters on Friday.',
    quotes: [],
    sourceCount: 0,
    curly: true,
  },
  {
    name: 'a film title inside an attributed quote sentence is not a second quote',
    text: '"We wanted to make a film about grief," said Sofia Marin, whose film "Silent Harbor" opens on Friday.',
    quotes: [{ text: '"We wanted to make a film about grief,"', kind: 'direct', speaker: 'Sofia Marin', source: 'Sofia Marin', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'not a quote: a nickname in quotation marks',
    text: 'Robert "Bobby" Kline won the primary by 300 votes.',
    quotes: [],
    sourceCount: 0,
    curly: true,
  },
  {
    name: 'not a quote: "she thinks"',
    text: 'Karen Oduya thinks the council will approve the plan.',
    quotes: [],
    sourceCount: 0,
  },
  {
    name: 'not a quote: "he plans to"',
    text: 'Marcus Bell plans to run for mayor next year.',
    quotes: [],
    sourceCount: 0,
  },
  {
    name: 'not a quote: "they hope"',
    text: 'Farmers along the river lost most of their crops. They hope the state will cover the losses.',
    quotes: [],
    sourceCount: 0,
  },
  {
    name: 'not a quote: "believes"',
    text: 'Lena Ortiz believes the bridge can still be saved.',
    quotes: [],
    sourceCount: 0,
  },
  {
    name: "not a quote: the reporter's own narration",
    text: 'The bridge was closed for three weeks after inspectors found cracks in two of its supports.',
    quotes: [],
    sourceCount: 0,
  },
  {
    name: 'an article with no quotes at all',
    text: [
      'The city council approved a $40 million budget on Tuesday, ending a month of negotiations.',
      'The plan adds six firefighters and restores library hours that were cut in 2023.',
      'Property taxes will rise by about 2 percent for most homeowners.',
      'The new budget takes effect on July 1.',
    ].join('\n'),
    quotes: [],
    sourceCount: 0,
  },
  {
    name: '"admitted" a charge is a plea, not speech; a statement "read to the court by" someone is the object of "In", not a speaker',
    text: 'Pryce, of Mill Lane, Ashby Parva, admitted theft at an earlier hearing. In a statement read to the court by the prosecutor, the vicar, Ian Rowe, said the loss had hurt the parish.',
    quotes: [{ text: 'the loss had hurt the parish', kind: 'indirect', speaker: 'Ian Rowe', source: 'Ian Rowe', sourcing: 'named' }],
  },
  {
    name: 'a naming verb after a comma ("called VESTA-2") names; "found" a body is no report',
    text: 'In the trial, called VESTA-2, which enrolled 486 patients, women lived longer. Police found the body in a field.',
    quotes: [],
  },
  {
    name: 'no request: an amount a document calls for, and "asked … to" left to the report around it',
    text: 'Its own assessment called for three aides. The agent asked all the staff to leave the room.',
    quotes: [],
  },
  {
    name: 'a nickname in quotation marks inside a name is no quote, and the name with it is the speaker',
    text: 'Senator Miguel "Migs" Ilagan said he would summon the contractor. Barangay Captain Ernesto "Nesting" Dacanay said the village flooded four times.',
    quotes: [
      { text: 'he would summon the contractor', kind: 'indirect', speaker: 'Senator Miguel "Migs" Ilagan', source: 'Ilagan', sourcing: 'named' },
      { text: 'the village flooded four times', kind: 'indirect', speaker: 'Barangay Captain Ernesto "Nesting" Dacanay', source: 'Dacanay', sourcing: 'named' },
    ],
  },
  {
    name: 'a speech participle with an amount and no finite verb after it reports nothing ("conceding only 91 runs … while taking six wickets")',
    text: 'The bowlers pulled things back, conceding only 91 runs in the last 17 overs while taking six wickets.',
    quotes: [],
  },
  {
    name: 'a naming inside a reported clause after "what" and a noun ("what staff called “the pending pile”") is no quote of its own',
    text: 'The nurse said hundreds of referrals had been kept in what staff called "the pending pile" so they would not count.',
    quotes: [{ text: 'hundreds of referrals had been kept in what staff called "the pending pile" so they would not count', kind: 'mixed', speaker: 'The nurse', source: 'nurse' }],
  },
  {
    name: 'a request for anonymity inside a description is no quote ("… and asked that his last name not be used to protect his privacy")',
    text: 'For Dwayne, 68, who joined the trial in 2022 and asked that his last name not be used to protect his medical privacy, the news was a letdown.',
    quotes: [],
  },
];

const TRAPS: QuoteCase[] = [
  {
    name: 'trap: a distractor name in the sentence before "said Surname"',
    text: 'Gen. Carla Mullen testified for three hours on Tuesday. Sen. Harold Quinn pressed her on the withdrawal timeline. "We will not leave until the job is done," said Mullen.',
    quotes: [{ text: '"We will not leave until the job is done,"', kind: 'direct', speaker: 'Mullen', source: 'Carla Mullen', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'trap: a distractor name inside the quote',
    text: '"Quinn has never understood this region," said Carla Mullen.',
    quotes: [{ text: '"Quinn has never understood this region,"', kind: 'direct', speaker: 'Carla Mullen', source: 'Carla Mullen', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'trap: a distractor name in a relative clause before the quote',
    text: 'The bill, which Sen. Adam Ferris opposed, passed by two votes. "This is a win for renters," said Sen. Beth Cole.',
    quotes: [{ text: '"This is a win for renters,"', kind: 'direct', speaker: 'Sen. Beth Cole', source: 'Beth Cole', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'trap: "said of" another person',
    text: '"He misled the committee," Beth Cole said of Adam Ferris.',
    quotes: [{ text: '"He misled the committee,"', kind: 'direct', speaker: 'Beth Cole', source: 'Beth Cole', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'two speakers alternating by name',
    text: [
      '"The levy is the only way to keep the library open," said Councilwoman Dana Reyes.',
      '"It is a tax on families who are already struggling," said Councilman Eric Voss.',
      '"We have cut everything else," Reyes said.',
      '"Then cut more," Voss said.',
    ].join('\n'),
    quotes: [
      { text: '"The levy is the only way to keep the library open,"', kind: 'direct', speaker: 'Councilwoman Dana Reyes', source: 'Dana Reyes', sourcing: 'named' },
      { text: '"It is a tax on families who are already struggling,"', kind: 'direct', speaker: 'Councilman Eric Voss', source: 'Eric Voss', sourcing: 'named' },
      { text: '"We have cut everything else,"', kind: 'direct', speaker: 'Reyes', source: 'Dana Reyes', sourcing: 'named' },
      { text: '"Then cut more,"', kind: 'direct', speaker: 'Voss', source: 'Eric Voss', sourcing: 'named' },
    ],
    sourceCount: 2,
    curly: true,
  },
  {
    name: 'two speakers alternating with a continuation and a pronoun',
    text: [
      'Dana Reyes and Eric Voss sparred over the levy on Monday.',
      '"It keeps the library open," Reyes said.',
      '"It punishes families," Voss said. "And it will not pass."',
      '"We will see," she said.',
    ].join('\n'),
    quotes: [
      { text: '"It keeps the library open,"', kind: 'direct', speaker: 'Reyes', source: 'Dana Reyes', sourcing: 'named' },
      { text: '"It punishes families,"', kind: 'direct', speaker: 'Voss', source: 'Eric Voss', sourcing: 'named' },
      { text: '"And it will not pass."', kind: 'direct', speaker: 'Voss', cue: null, source: 'Eric Voss', sourcing: 'named' },
      { text: '"We will see,"', kind: 'direct', speaker: 'she', source: 'Dana Reyes', sourcing: 'named' },
    ],
    sourceCount: 2,
  },
  {
    name: 'a quote inside a quote (nested single marks) is one direct quote',
    text: '"He looked at me and said, \'You\'re fired,\' and walked out," said Lisa Brown.',
    quotes: [{ text: '"He looked at me and said, \'You\'re fired,\' and walked out,"', kind: 'direct', speaker: 'Lisa Brown', source: 'Lisa Brown', sourcing: 'named' }],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'a nested quote inside a quote before the attribution verb',
    text: 'Lisa Brown said, "My manager told us, \'Pack your desks by five,\' and then she left."',
    quotes: [{ text: '"My manager told us, \'Pack your desks by five,\' and then she left."', kind: 'direct', speaker: 'Lisa Brown', source: 'Lisa Brown', sourcing: 'named' }],
    sourceCount: 1,
    curly: true,
  },
  {
    name: 'the hacker group Anonymous is a named organisation (indirect)',
    text: "Anonymous, the hacker collective, said it had stolen the city's payroll records.",
    quotes: [{ text: "it had stolen the city's payroll records", kind: 'indirect', speaker: 'Anonymous', source: 'Anonymous', sourcing: 'named', sourceKind: 'organization' }],
    sources: [{ name: 'Anonymous', sourcing: 'named', kind: 'organization', anonymityReason: null }],
    sourceCount: 1,
  },
  {
    name: 'the hacker group Anonymous is a named organisation (direct)',
    text: 'The hacker group Anonymous claimed the attack. "We do not forgive," Anonymous said in a video posted on Sunday.',
    quotes: [{ text: '"We do not forgive,"', kind: 'direct', speaker: 'Anonymous', source: 'Anonymous', sourcing: 'named', sourceKind: 'organization' }],
    sourceCount: 1,
  },
];

const BROKEN_MARKS: QuoteCase[] = [
  {
    name: 'unbalanced: a stray opening mark in narration does not swallow later paragraphs',
    text: 'The storm dumped "nearly a foot of snow on the city.\nSchools closed for two days.\n"We were ready this time," said Owen Pike, the emergency manager.',
    quotes: [{ text: '"We were ready this time,"', kind: 'direct', speaker: 'Owen Pike', source: 'Owen Pike', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'unbalanced: a stray closing mark',
    text: 'The plan was approved." Nobody objected.\n"It passed without debate," said Eric Voss.',
    quotes: [{ text: '"It passed without debate,"', kind: 'direct', speaker: 'Eric Voss', source: 'Eric Voss', sourcing: 'named' }],
    sourceCount: 1,
  },
  {
    name: 'unbalanced: an unclosed quote after "said" — later quotes still found',
    text: 'Eric Voss said "the levy is dead.\nThe vote is set for May.\n"We will fight it," said Dana Reyes.\n"So will we," said Owen Pike.',
    quotes: [
      { text: '"We will fight it,"', kind: 'direct', speaker: 'Dana Reyes', source: 'Dana Reyes', sourcing: 'named' },
      { text: '"So will we,"', kind: 'direct', speaker: 'Owen Pike', source: 'Owen Pike', sourcing: 'named' },
    ],
    allowExtra: true,
  },
  {
    name: 'unbalanced (curly): a stray opening mark in the first paragraph',
    text: 'It was, in the words of one fan, “the best night of the year.\nThe team won 4-1.\n“We played for each other,” said Marcus Bell.',
    quotes: [{ text: '“We played for each other,”', kind: 'direct', speaker: 'Marcus Bell', source: 'Marcus Bell', sourcing: 'named' }],
    allowExtra: true,
  },
];

const GROUPS: Array<[string, QuoteCase[]]> = [
  ['attribution verbs and positions', ATTRIBUTION],
  ['colon and dash attributions', COLON_AND_DASH],
  ['organisations and officials', ORGANISATIONS_AND_OFFICIALS],
  ['split and continued quotes', SPLIT_AND_CONTINUED],
  ['speaker resolution', RESOLUTION],
  ['indirect and mixed quotes', INDIRECT],
  ['anonymous sources', ANONYMITY],
  ['no comment', NO_COMMENT],
  ['not quotes', NOT_QUOTES],
  ['traps', TRAPS],
  ['broken quotation marks', BROKEN_MARKS],
];

const withCurlyVariants = (rows: QuoteCase[]): QuoteCase[] => rows.flatMap((r) => (r.curly ? [r, curlCase(r)] : [r]));

describe.each(GROUPS)('quotes and sources: %s', (_group, rows) => {
  it.each(withCurlyVariants(rows).map((row) => [row.name, row] as const))('%s', (_name, row) => {
    checkQuoteCase(row);
  });
});
