import {
  findFullDates,
  findPossibleIdentifiers,
  newPossibleIdentifiers,
  possibleIdentifiersIn,
  type PossibleIdentifierKind,
} from './possible-identifiers';

const TODAY = '2026-03-15';
const kinds = (text: string): PossibleIdentifierKind[] => findPossibleIdentifiers(text, TODAY).map((m) => m.kind);

describe('findPossibleIdentifiers', () => {
  describe('NHS numbers', () => {
    it.each([
      ['NHS no 943 476 5919, seen today', ['nhs-number']],
      ['ref 943-476-5919', ['nhs-number']],
      ['9434765919', ['nhs-number']],
      ['Patient(9434765919)', ['nhs-number']],
      ['wrong check digit 943 476 5918', []],
      ['phone 01632 960 123', []],
      ['a longer number 19434765919 is not one', []],
      ['mixed grouping 943 476-5919 is not 3-3-4 written one way', []],
      ['score 3 of 5 on 4 items', []],
    ])('%j → %j', (text, expected) => {
      expect(kinds(text)).toEqual(expected);
    });
  });

  describe('dates of birth', () => {
    it.each([
      ['DOB 12/03/1956', ['date-of-birth']],
      ['D.O.B.: 12-03-1956', ['date-of-birth']],
      ['dob 1/2/56', ['date-of-birth']],
      ['date of birth 1956-03-12', ['date-of-birth']],
      ['She was born on the 12th of March 1956 in Bath', ['date-of-birth']],
      ['Born March 12, 1956.', ['date-of-birth']],
      ['12.03.1956 (DOB)', ['date-of-birth']],
      ['Birthday 04/07/2019, so the family celebrated', ['date-of-birth']],
      ['Mr Jones, 12/03/1948, lives alone', ['date-of-birth']],
      ['The client is a widower (04 Feb 1950) who enjoys gardening', ['date-of-birth']],
      ['The gentleman mentioned 3 September 1961 twice', ['date-of-birth']],
      // Not dates of birth: a recent date describing the session, dates with no person, partial dates.
      ['She attended the session on 12/03/2026 and set two goals', []],
      ['Next review 01/09/2026', []],
      ['The framework was published 01/09/2010', []],
      ['He mentioned March 1956', []],
      ['Born in Frome', []],
      ['31/02/1956 is not a date, DOB unknown', []],
    ])('%j → %j', (text, expected) => {
      expect(kinds(text)).toEqual(expected);
    });
  });

  describe('postcodes next to a name', () => {
    it.each([
      ['Mrs Jones lives at BA11 1AA', ['postcode-with-name']],
      ['Visited Mr. O’Brien, 4 Bath Road, Frome BA11 1AA', ['postcode-with-name']],
      ['John Smith\n4 Church Lane\nTA1 2PX', ['postcode-with-name']],
      ['ba1 1aa is where Jane Doe lives', ['postcode-with-name']],
      // A postcode on its own or with a place or organisation, or a name far away: not flagged.
      ['The group meets at Frome Library, BA11 1AA', []],
      ['Drop-in at the Community Hall BA5 2LL on Tuesdays', []],
      ['Somerset BA11 1AA', []],
      ['High Street, BA11 1AA', []],
      [
        'Jane Doe was very engaged in the session and set goals about walking further each week; the venue was at BA11 1AA',
        [],
      ],
      ['Mrs Jones was supported well', []],
    ])('%j → %j', (text, expected) => {
      expect(kinds(text)).toEqual(expected);
    });
  });

  it('finds each kind once per identifier, in a fixed order', () => {
    const text = 'Mrs Jones (NHS 943 476 5919, DOB 12/03/1956) of BA11 1AA; NHS 943 476 5919 again';
    expect(findPossibleIdentifiers(text, TODAY)).toEqual([
      { kind: 'nhs-number', key: 'nhs:9434765919' },
      { kind: 'date-of-birth', key: 'dob:1956-03-12' },
      { kind: 'postcode-with-name', key: 'postcode:BA111AA' },
    ]);
  });

  it('finds nothing in ordinary observation notes', () => {
    const notes =
      'Sam built rapport quickly, used open questions and reflected back what mattered to the person. ' +
      'Agreed actions: review goals at the next session on 2 April 2026; read chapter 3 of the MI handbook.';
    expect(findPossibleIdentifiers(notes, TODAY)).toEqual([]);
  });
});

describe('findFullDates', () => {
  it.each([
    ['12/03/1956', '1956-03-12'],
    ['1/2/56', '1956-02-01'],
    ['1/2/12', '2012-02-01'],
    ['12-3-2020', '2020-03-12'],
    ['1956-03-12', '1956-03-12'],
    ['12th March 1956', '1956-03-12'],
    ['3 Sept 1961', '1961-09-03'],
    ['March 12, 1956', '1956-03-12'],
  ])('%s → %s', (text, iso) => {
    expect(findFullDates(text, TODAY).map((date) => date.iso)).toEqual([iso]);
  });

  it.each(['30/02/1956', '12/13/1956', 'March 1956', '12 March', '2026', '1.5'])('%s is not a full date', (text) => {
    expect(findFullDates(text, TODAY)).toEqual([]);
  });
});

describe('possibleIdentifiersIn and newPossibleIdentifiers', () => {
  it('names the field and kind of each', () => {
    expect(
      possibleIdentifiersIn(
        [
          ['strengths', 'Good rapport'],
          ['items.1.evidenceNotes', 'DOB 12/03/1956, NHS 9434765919'],
        ],
        TODAY,
      ),
    ).toEqual([
      { field: 'items.1.evidenceNotes', kind: 'nhs-number' },
      { field: 'items.1.evidenceNotes', kind: 'date-of-birth' },
    ]);
  });

  it('reports only identifiers a change brings in', () => {
    const stored = 'Mrs Jones, DOB 12/03/1956, was supported';
    expect(newPossibleIdentifiers('strengths', stored, `${stored} very well`, TODAY)).toEqual([]);
    expect(newPossibleIdentifiers('strengths', stored, `${stored}; NHS 943 476 5919`, TODAY)).toEqual([
      { field: 'strengths', kind: 'nhs-number' },
    ]);
    expect(newPossibleIdentifiers('strengths', '', stored, TODAY)).toEqual([
      { field: 'strengths', kind: 'date-of-birth' },
    ]);
    expect(newPossibleIdentifiers('strengths', stored, stored, TODAY)).toEqual([]);
  });
});
