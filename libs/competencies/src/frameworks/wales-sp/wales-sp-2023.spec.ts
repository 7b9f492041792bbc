import type { FrameworkItem } from '../../model';
import { WALES_SP_2023 } from './wales-sp-2023';

/** Every item in the tree, depth first, in document order. */
const walk = (items: readonly FrameworkItem[]): FrameworkItem[] =>
  items.flatMap((item) => [item, ...walk(item.children ?? [])]);

const ALL = walk(WALES_SP_2023.items);
const DOMAINS = WALES_SP_2023.items.filter((item) => item.type === 'domain');
const AREAS = DOMAINS.flatMap((domain) => domain.children ?? []);

const byId = (id: string): FrameworkItem => {
  const found = ALL.find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

const statementsOf = (area: FrameworkItem): FrameworkItem[] =>
  walk(area.children ?? []).filter((item) => item.type === 'statement');

describe('Wales SP competence framework 2023', () => {
  it('is the published 2023.1 version of wales-sp', () => {
    expect(WALES_SP_2023).toMatchObject({
      key: 'wales-sp',
      version: '2023.1',
      status: 'published',
      title: 'The Competence Framework for Social Prescribing Practitioners in Wales',
      publishedOn: '2023-12',
    });
  });

  it('starts with the core philosophy and then the seven domains', () => {
    expect(WALES_SP_2023.items.map((item) => item.type)).toEqual([
      'core-philosophy',
      ...Array<string>(7).fill('domain'),
    ]);
  });

  describe('core philosophy', () => {
    const core = byId('wales-sp:core-philosophy');

    it('has its heading as printed', () => {
      expect(core.text).toBe("Core philosophy of social prescribing: 'What matters to me'");
    });

    it('opens with the first point as printed', () => {
      expect(core.children?.[0]?.text).toBe(
        'An ability to draw on knowledge that social prescribing seeks to connect people with support in their community, aiming to help them to better manage their social, physical and mental health and wellbeing',
      );
    });

    it('has five points', () => {
      expect(core.children?.map((c) => c.type)).toEqual(Array<string>(5).fill('point'));
    });
  });

  describe('domains', () => {
    it.each([
      ['1', 'Knowledge'],
      ['2', 'Professional competences'],
      ['3', 'Establishing networks and partnerships'],
      ['4', 'Communication skills'],
      ['5', 'Developing and following through on an action plan'],
      ['6', 'Monitoring'],
      ['7', 'Meta-competences (judgement calls)'],
    ])('domain %s is "%s"', (code, title) => {
      const index = Number(code) - 1;
      expect(DOMAINS[index]).toMatchObject({
        id: `wales-sp:domain-${code}`,
        code,
        title,
        text: title,
      });
    });

    it('has exactly seven', () => {
      expect(DOMAINS).toHaveLength(7);
    });
  });

  describe('competence areas', () => {
    // [code as printed, title as printed, number of "an ability to…" statements]
    const EXPECTED: readonly [string, string, number][] = [
      ['1.1', 'Knowledge of social prescribing and its application in Wales', 13],
      ['1.2a', 'Knowledge of the principles of a person-centred approach', 2],
      ['1.2b', 'Knowledge of shared decision-making and co-production', 10],
      ['1.2c', 'Knowledge of trauma-informed approach', 5],
      ['1.3', 'Knowledge of factors contributing to social, physical and mental wellbeing', 4],
      ['1.4', 'Knowledge of the impact of social inequalities on health', 4],
      ['1.5', 'Knowledge of mental and physical health presentations and their impact on wellbeing', 8],
      ['1.6', 'Knowledge of models of behaviour change and strategies to promote it', 6],
      ['2.1', 'Knowledge of, and ability to work within, professional, legal and ethical frameworks', 10],
      ['2.2', 'Knowledge of, and ability to work with, issues of confidentiality and consent', 12],
      ['2.3', 'Able to work with differences', 18],
      ['2.4', 'Knowledge of safeguarding procedures', 8],
      ['2.5', 'Able to work as part of a team', 14],
      ['2.6', 'Able to develop a business case', 4],
      ['2.7a', 'Able to reflect on work', 5],
      ['2.7b', 'Able to make effective use of supervision and support', 7],
      ['3.1', 'Able to develop and maintain referral pathways into social prescribing', 5],
      ['3.2', 'Able to maintain and draw on in-depth knowledge of community assets', 7],
      ['3.3', 'Able to contribute to building community assets', 12],
      ['4.1', 'Able to use active listening and communication skills', 15],
      ['4.2', 'Able to develop and maintain a mutual and reciprocal relationship', 9],
      ['5.1', 'Able to take a strengths-based approach and work in partnership', 6],
      ['5.2a', 'Able to use strategies from motivational interviewing', 19],
      ['5.2b', 'Able to take a solution-focused approach', 8],
      ['5.2c', 'Able to help people develop coping and problem-solving skills', 8],
      ['5.3', 'Able to co-develop a person-centred action plan', 11],
      ['5.4', 'Signposting', 5],
      ['5.5', 'Able to support people to access services and organisations', 10],
      ['6.1', 'Able to monitor progress with community engagement and identify and overcome any challenges', 8],
      ['6.2', 'Able to track the impacts of social prescribing', 12],
      ['7.1', 'Meta-competences for social prescribing practitioners', 18],
    ];

    it('are exactly the 31 printed codes, in order', () => {
      expect(AREAS.map((area) => area.code)).toEqual(EXPECTED.map(([code]) => code));
    });

    it.each(EXPECTED)('%s "%s" has %i statements', (code, title, count) => {
      const area = AREAS.find((a) => a.code === code);
      expect(area).toMatchObject({ id: `wales-sp:${code}`, type: 'competence-area', title });
      expect(area && statementsOf(area)).toHaveLength(count);
    });

    it.each(DOMAINS.map((domain) => [domain.code, domain] as const))(
      'domain %s holds only its own areas',
      (code, domain) => {
        for (const area of domain.children ?? []) {
          expect(area.type).toBe('competence-area');
          expect(area.code?.startsWith(`${code}.`)).toBe(true);
        }
      },
    );

    it('hold 283 statements in all', () => {
      expect(ALL.filter((item) => item.type === 'statement')).toHaveLength(283);
    });
  });

  describe('exact texts', () => {
    it.each([
      [
        'wales-sp:1.1.s02',
        'An ability to draw on knowledge of the National Framework for Social Prescribing in Wales (forthcoming)',
      ],
      [
        'wales-sp:2.4.s01',
        'An ability to draw on knowledge that under the Social Services and Wellbeing (Wales) Act 2014, all practitioners have a duty to report and act on safeguarding concerns',
      ],
      [
        'wales-sp:3.1.s05',
        'An ability to communicate with referrers to make sure that they are informed about progress with their referral and the outcomes of meetings with the people who have been referred, and:',
      ],
      [
        'wales-sp:4.2.s02',
        'Knowledge of factors that reduce the probability of forming a positive relationship, such as being:',
      ],
      [
        'wales-sp:5.4.s01',
        'An ability to draw on knowledge that signposting aims to help a person independently access sources of support that are relevant to their circumstances and goals, and that they may not be aware of',
      ],
      [
        'wales-sp:6.2.s07',
        'An ability regularly (and routinely) to ask everyone referred to the social prescribing service to give unstructured feedback about its impact on their wellbeing, for example:',
      ],
      ['wales-sp:6.2.s10', 'Ability to administer measures or scales collaboratively, and:'],
      [
        'wales-sp:7.1.s18',
        'An ability for social prescribing practitioners to demonstrate a capacity for reflective practice and judge when they are experiencing unhelpful levels of stress, and to prioritise taking appropriate steps to relieve stress',
      ],
    ])('statement %s', (id, text) => {
      expect(byId(id)).toMatchObject({ type: 'statement', text });
    });

    it.each([
      ['wales-sp:1.1.h01', 'subheading', 'The legislative and strategic context'],
      ['wales-sp:5.2a.h06', 'subheading', 'Style of interaction'],
      ['wales-sp:1.3.s04.p01', 'sub-point', 'mental wellbeing:'],
      ['wales-sp:1.3.s04.p01.p05', 'sub-point', 'having satisfying everyday pastimes and activities'],
      [
        'wales-sp:2.6.s03.p05.p03',
        'sub-point',
        'costed estimates (based on research studies) of likely net returns on investment in social prescribing, for example through:',
      ],
      ['wales-sp:2.6.s03.p05.p03.p02', 'sub-point', 'reductions in visits to Accident and Emergency departments'],
      [
        'wales-sp:6.1.s01.p02.p02.p04',
        'sub-point',
        'practical issues (such as financial problems, or problems getting to the service with local transport) that make them less able to attend',
      ],
      [
        'wales-sp:1.2b.n01',
        'paragraph',
        "Shared decision-making and co-production have the same principles: both are relevant to planning a person's support, though co-production can also be about planning service development. Shared decision-making and co-production can overlap, but are separated in these competences to make the structure clearer.",
      ],
    ])('%s is the %s as printed', (id, type, text) => {
      expect(byId(id)).toMatchObject({ type, text });
    });
  });

  describe('tree integrity', () => {
    it('has unique ids', () => {
      const ids = ALL.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('has no empty or untrimmed text anywhere in the tree', () => {
      const bad = ALL.filter((item) => item.text.trim() === '' || item.text !== item.text.trim());
      expect(bad.map((item) => item.id)).toEqual([]);
    });

    it('has only lowercase, well-formed ids under wales-sp:', () => {
      for (const item of ALL) {
        expect(item.id).toBe(item.id.toLowerCase());
        expect(item.id).toMatch(/^wales-sp:[a-z0-9.-]+$/);
      }
    });

    it('keeps no link mark-up or escapes from the extraction', () => {
      for (const item of ALL) {
        expect(item.text).not.toMatch(/\]\(|\\|<\/?[a-z]/);
      }
    });

    it.each(AREAS.map((area) => [area.id, area] as const))(
      'every statement in %s is numbered under its area',
      (areaId, area) => {
        const statements = statementsOf(area);
        statements.forEach((statement, index) => {
          expect(statement.id).toBe(`${areaId}.s${String(index + 1).padStart(2, '0')}`);
        });
      },
    );

    it.each(AREAS.map((area) => [area.id, area] as const))(
      'every sub-heading, paragraph and sub-point in %s has a well-formed id',
      (areaId, area) => {
        const inside = walk(area.children ?? []);
        const prefix = areaId.replace(/\./g, '\\.');
        for (const item of inside) {
          if (item.type === 'subheading') expect(item.id).toMatch(new RegExp(`^${prefix}\\.h\\d{2}$`));
          if (item.type === 'paragraph') expect(item.id).toMatch(new RegExp(`^${prefix}\\.n\\d{2}$`));
          for (const child of item.children ?? []) {
            if (child.type === 'sub-point') {
              expect(child.id).toMatch(new RegExp(`^${item.id.replace(/\./g, '\\.')}\\.p\\d{2}$`));
              expect(['statement', 'sub-point']).toContain(item.type);
            }
          }
        }
      },
    );

    it('uses only the expected item types, in the expected totals', () => {
      const totals: Record<string, number> = {};
      for (const item of ALL) totals[item.type] = (totals[item.type] ?? 0) + 1;
      expect(totals).toEqual({
        'core-philosophy': 1,
        point: 5,
        domain: 7,
        'competence-area': 31,
        subheading: 90,
        paragraph: 24,
        statement: 283,
        'sub-point': 490,
      });
    });
  });
});
