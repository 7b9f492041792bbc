import type { FrameworkItem } from '../../model';
import { ASSESSED_COMPETENCIES } from '../../somerset-assessed-competencies';
import { SOMERSET_2021 } from './somerset-2021';

/** Every item in the tree, depth first, with its parent (null for a top-level item). */
function flatten(
  items: readonly FrameworkItem[],
  parent: FrameworkItem | null = null,
): { item: FrameworkItem; parent: FrameworkItem | null }[] {
  return items.flatMap((item) => [{ item, parent }, ...flatten(item.children ?? [], item)]);
}

const ALL = flatten(SOMERSET_2021.items);

function byId(id: string): FrameworkItem {
  const found = ALL.find((entry) => entry.item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found.item;
}

function parentOf(id: string): FrameworkItem | null {
  const found = ALL.find((entry) => entry.item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found.parent;
}

function childrenOfType(item: FrameworkItem, type: string): FrameworkItem[] {
  return (item.children ?? []).filter((child) => child.type === type);
}

const RATINGS = ['Absence', 'Novice', 'Advanced Beginner', 'Competent', 'Proficient', 'Expert'];

describe('SOMERSET_2021', () => {
  it('is the published 2021.1 version of the somerset framework', () => {
    expect(SOMERSET_2021.key).toBe('somerset');
    expect(SOMERSET_2021.version).toBe('2021.1');
    expect(SOMERSET_2021.status).toBe('published');
    expect(SOMERSET_2021.title).toBe(
      'Training & Education Framework & Programme for Somerset Social Prescribing Workforce',
    );
    expect(SOMERSET_2021.publisher).not.toBe('');
    expect(SOMERSET_2021.source).not.toBe('');
    expect(SOMERSET_2021.publishedOn).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  });

  describe('levels', () => {
    it('starts with the five levels in ladder order', () => {
      expect(SOMERSET_2021.items.slice(0, 5).map((item) => [item.id, item.type, item.title])).toEqual([
        ['somerset:level.entry', 'level', 'Entry Level'],
        ['somerset:level.core', 'level', 'Core Competencies & Knowledge'],
        ['somerset:level.level-1', 'level', 'Level 1 Capabilities'],
        ['somerset:level.level-2', 'level', 'Level 2 Capabilities'],
        ['somerset:level.level-3', 'level', 'Level 3 Capabilities'],
      ]);
      expect(SOMERSET_2021.items.filter((item) => item.type === 'level')).toHaveLength(5);
    });

    it.each([
      [
        'entry',
        'Entry Level with no previous experience OR Apprenticeship route',
        'Local Induction Competencies',
        '£19,737',
      ],
      ['core', 'Early career', 'Core Competencies Assessed competency: Person Centred Approach', '£19,737'],
      [
        'level-1',
        'Mid-career',
        'Level 1 Competencies Assessed competencies: Promoting Autonomy, Action Planning & Goal Setting Managing Setbacks & Problem Solving',
        '£19, 737 - £21,142',
      ],
      [
        'level-2',
        'Established career',
        'Level 2 competencies Assessed competencies: Supporting Competence & Self Efficacy Self-monitoring.',
        '£21,892 - £24, 157.',
      ],
      [
        'level-3',
        'Wider responsibilities, leadership or specialisation',
        'Level 3 Competencies (Expert level)',
        '£24,907 - £30,615.',
      ],
    ])('level %s carries its Table 1 row as printed', (level, stage, achieved, pay) => {
      const item = byId(`somerset:level.${level}`);
      expect(childrenOfType(item, 'career-stage').map((c) => c.text)).toEqual([stage]);
      expect(childrenOfType(item, 'competencies-achieved').map((c) => c.text)).toEqual([achieved]);
      expect(childrenOfType(item, 'suggested-pay').map((c) => c.text)).toEqual([pay]);
    });

    it('keeps the section 7.0 description of each level', () => {
      expect(byId('somerset:level.entry').text).toMatch(/^Entry Level\. On recruitment, someone who meets/);
      expect(byId('somerset:level.level-2').text).toContain(
        'Competency assessment should focus on the following capabilities: Supporting Competence & Self Efficacy and Self-monitoring. Those achieving Level 2 capabilities',
      );
      expect(byId('somerset:level.level-3').text.split('\n')).toHaveLength(2);
    });
  });

  describe('local induction', () => {
    const entry = byId('somerset:level.entry');
    const induction = childrenOfType(entry, 'induction-item');

    it('lists every local induction row under the entry level', () => {
      expect(induction.map((item) => item.text)).toEqual([
        'IT Systems',
        'Supervision and appraisal arrangements',
        'Clinical escalation',
        'Policies and procedures e.g. lone working',
        'Practice, PCN & wider neighbourhood team & MDT roles, huddles / meetings.',
        'Mandatory training e.g. fire, infection control, confidentiality',
        'Use of Outcome Tools e.g. Patient Activation Measure (PAM) / ONS4 /SWEMWBS /MYCAW/ Wellbeing Star or other outcome tools.',
        'SNOMED codes',
        "On-line directories. Need to ensure these are relevant, being kept up-to-date and used in conjunction with 'What matters to you' conversations.",
        'Care certificate',
      ]);
    });

    it('keeps the training & education resources against each row', () => {
      const supervision = byId('somerset:level.entry.induction.supervision-and-appraisal');
      expect(childrenOfType(supervision, 'training-resource').map((r) => r.text)).toEqual([
        'Appropriately skilled professional Role development from peer expert',
      ]);
      const outcomeTools = childrenOfType(byId('somerset:level.entry.induction.outcome-tools'), 'training-resource');
      expect(outcomeTools).toHaveLength(1);
      expect(outcomeTools[0].text).toContain(
        'The NHS England Social Prescribing Team are exploring several options for wellbeing tools for social prescribing with testing due to take place in 2021/22.',
      );
      expect(outcomeTools[0].text).toContain('Health Confidence score https://bmjopenquality.bmj.com/');
    });
  });

  describe('skills lists', () => {
    function skillsList(id: string): { list: FrameworkItem; skills: string[] } {
      const list = byId(id);
      expect(list.type).toBe('skills-list');
      return { list, skills: childrenOfType(list, 'skill').map((s) => s.text) };
    }

    it('has the 14 level 1 communication skills', () => {
      const { list, skills } = skillsList('somerset:level.level-1.skills.communication');
      expect(parentOf(list.id)?.id).toBe('somerset:level.level-1');
      expect(list.title).toBe('Level 1: Competencies to Engage People');
      expect(skills).toHaveLength(14);
      expect(skills[0]).toBe('Hello my name is');
      expect(skills[2]).toBe('Use of open focused questions to closed questions (cone)');
      expect(skills[13]).toBe('Ask before advising');
    });

    it('has the six components of personalised care at level 3', () => {
      const { list, skills } = skillsList('somerset:level.level-3.skills.components-of-personalised-care');
      expect(parentOf(list.id)?.id).toBe('somerset:level.level-3');
      expect(list.title).toBe('The six components of personalised care');
      expect(skills).toHaveLength(6);
      expect(skills[0]).toBe('Shared Decision Making');
      expect(skills[5]).toBe('Personal Health Budgets and Integrated Personal Budgets');
    });

    it('has the seven level 2 enable & support skills', () => {
      const { list, skills } = skillsList('somerset:level.level-2.skills.enable-and-support');
      expect(parentOf(list.id)?.id).toBe('somerset:level.level-2');
      expect(skills).toHaveLength(7);
      expect(skills[0]).toBe(
        'Skills to use personalised care and support planning to identify what is important to the person.',
      );
      expect(skills[6]).toBe(
        'Skills to follow up in a timely and appropriate way to support progress against goals/action plans.',
      );
    });

    it('has the core generic professional capabilities and values in personalised care', () => {
      const generic = skillsList('somerset:level.core.skills.generic-professional-capabilities');
      expect(generic.skills).toEqual([
        'Cultural Competence',
        'Disability Matters',
        'Health Inequalities',
        'Mental capacity',
        'Safeguarding adults',
        'Safeguarding children',
      ]);
      const values = skillsList('somerset:level.core.skills.values-in-personalised-care');
      expect(values.list.title).toBe('Values in Personalised Care');
      expect(values.skills).toEqual([
        'Shared-decision making',
        'Personalised Care & Support Planning',
        'Social prescribing and Community-based support',
        'Supported self-management',
        'Enabling choice',
        'Personal & Integrated personal budgets.',
      ]);
      for (const list of [generic.list, values.list]) expect(parentOf(list.id)?.id).toBe('somerset:level.core');
    });
  });

  describe('assessed competencies (Appendix 6)', () => {
    const assessed = ALL.filter((entry) => entry.item.type === 'assessed-competency');

    it('has exactly the six assessed competencies, with the ids the progression engine uses', () => {
      expect(assessed.map((entry) => entry.item.id)).toEqual(ASSESSED_COMPETENCIES.map((ref) => ref.itemId));
    });

    it.each([
      ['somerset:ac.person-centred-approach', 'core', 'Person Centred Approach'],
      ['somerset:ac.promoting-autonomy', 'level-1', 'Promoting Autonomy'],
      ['somerset:ac.action-planning-goal-setting', 'level-1', 'Action Planning & Goal Setting'],
      ['somerset:ac.managing-setbacks-problem-solving', 'level-1', 'Managing Setbacks & Problem Solving'],
      ['somerset:ac.supporting-competence-self-efficacy', 'level-2', 'Supporting Competence & Self Efficacy'],
      ['somerset:ac.self-monitoring', 'level-2', 'Self-Monitoring'],
    ])('%s sits under level %s with its Appendix 6 title', (id, level, title) => {
      const item = byId(id);
      expect(item.type).toBe('assessed-competency');
      expect(parentOf(id)?.id).toBe(`somerset:level.${level}`);
      expect(item.title).toBe(title);
      const ref = ASSESSED_COMPETENCIES.find((r) => r.itemId === id);
      expect(ref?.level).toBe(level);
      // The reference list spells "Self-monitoring" as Table 1 does; Appendix 6 prints "Self-Monitoring".
      expect(ref?.title.toLowerCase()).toBe(title.toLowerCase());
      expect(childrenOfType(item, 'key-features')).toHaveLength(1);
      expect(childrenOfType(item, 'interaction')).toHaveLength(1);
    });

    it.each(ASSESSED_COMPETENCIES.map((ref) => [ref.itemId]))(
      '%s has six rubric descriptors scored 0..5 with the Dreyfus rating names',
      (id) => {
        const rubric = byId(id).rubric ?? [];
        expect(rubric.map((r) => r.score)).toEqual([0, 1, 2, 3, 4, 5]);
        expect(rubric.map((r) => r.rating)).toEqual(RATINGS);
        for (const r of rubric) expect(r.descriptor.trim()).not.toBe('');
      },
    );

    it('keeps the Person Centred Approach wording verbatim', () => {
      const pca = byId('somerset:ac.person-centred-approach');
      expect(pca.text).toBe('Core Competencies - Assessed competency: Person Centred Approach');
      expect(byId('somerset:ac.person-centred-approach.key-features').text).toBe(
        "Communication should be person centred, with a focus on 'what matters to you', encouraging individuals; maximising their autonomy and sense of intrinsic motivation.",
      );
      expect(byId('somerset:ac.person-centred-approach.interaction').text).toBe(
        "Facilitators should build rapport, be empathetic, seek to listen and understand the individual's context, situation, strengths and what matters to them. They should avoid jumping to offering solutions, advice or being didactic.",
      );
    });

    it.each([
      [
        'somerset:ac.person-centred-approach',
        5,
        'Highly appropriate and sufficient use of person-centred approach. Facilitator encouraging the individual to be actively involved. Able to make more subtle, refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
      ],
      [
        'somerset:ac.self-monitoring',
        5,
        'Highly appropriate and sufficient discussions on self - monitoring behaviours and participant reflection on progress. The facilitator is able to make more subtle refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
      ],
      [
        'somerset:ac.action-planning-goal-setting',
        3,
        'Competent delivery and appropriate attempts to encourage action-planning and goal setting. The facilitator is engaged, aware and able to cope with different contexts and situations but there are some minor problems or inconsistencies.',
      ],
      [
        'somerset:ac.managing-setbacks-problem-solving',
        2,
        'Some evidence of competence when discussing participant setbacks or problem-solving strategies but these are infrequent) with some adaptation to context. However, there are numerous problems and inconsistencies such as lack of rapport, or missed opportunities.',
      ],
    ])('%s score %i descriptor is verbatim', (id, score, descriptor) => {
      expect(byId(id).rubric?.[score]?.descriptor).toBe(descriptor);
    });

    it('keeps the Managing Setbacks interaction paragraph without its label', () => {
      expect(byId('somerset:ac.managing-setbacks-problem-solving.interaction').text).toMatch(
        /^The facilitator should reinforce any self-monitoring activity and any successes using Affirmation\..*Goals or action plans should collaboratively be reviewed and revised if necessary\.$/,
      );
    });
  });

  describe('Dreyfus scale and scoring instructions', () => {
    it('encodes Table 2 as six scale points', () => {
      const scale = byId('somerset:dreyfus-scale');
      expect(parentOf(scale.id)).toBeNull();
      expect(scale.type).toBe('scale');
      expect(scale.title).toBe('Table 2: Competency scoring system');
      const points = scale.children ?? [];
      expect(points.map((p) => [p.id, p.type, p.code, p.title])).toEqual(
        RATINGS.map((rating, score) => [`somerset:dreyfus-scale.${score}`, 'scale-point', String(score), rating]),
      );
      expect(byId('somerset:dreyfus-scale.2').text).toBe(
        'Evidence of some competence, with numerous problems or inconsistencies.',
      );
      expect(byId('somerset:dreyfus-scale.0').text).toBe(
        'Absence of and/ or highly inappropriate performance of skill',
      );
    });

    it('keeps the scoring instructions', () => {
      const instructions = byId('somerset:scoring-instructions');
      expect(parentOf(instructions.id)).toBeNull();
      expect(instructions.type).toBe('guidance');
      expect(instructions.title).toBe('The Dreyfus Scale: Scoring Instructions');
      expect(instructions.text).toMatch(
        /^The six-point rating scale based on the Dreyfus system for skill acquisition/,
      );
      expect(instructions.text).toMatch(
        /with relatively few individuals scoring at the extremes of the scales \(low\/high scores\)\.$/,
      );
    });
  });

  describe('tree integrity', () => {
    it('has unique, well-formed ids', () => {
      const ids = ALL.map((entry) => entry.item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^somerset:[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
    });

    it('has no empty text, title or descriptor anywhere', () => {
      for (const { item } of ALL) {
        expect(item.text.trim()).not.toBe('');
        expect(item.text).toBe(item.text.trim());
        if (item.title !== undefined) expect(item.title.trim()).not.toBe('');
        if (item.children !== undefined) expect(item.children.length).toBeGreaterThan(0);
        for (const r of item.rubric ?? []) expect(r.descriptor.trim()).not.toBe('');
      }
    });

    it('carries no leftover HTML or markdown from the extraction', () => {
      for (const { item } of ALL) {
        const texts = [item.text, item.title ?? '', ...(item.rubric ?? []).map((r) => r.descriptor)];
        for (const text of texts) expect(text).not.toMatch(/<\/?[a-z][^>]*>|\*\*|\]\(#\)|\t| {2}/);
      }
    });

    it('only attaches rubrics to assessed competencies', () => {
      for (const { item } of ALL) {
        if (item.rubric !== undefined) expect(item.type).toBe('assessed-competency');
      }
    });
  });
});
