/**
 * Ladder's editorial crosswalk between the three social prescribing frameworks.
 *
 * Written by Ladder from reading the sources side by side:
 * - Somerset: the six assessed competencies of Appendix 6 (ids from ../somerset-assessed-competencies.ts);
 * - NHS England: Annex A of the SPLW workforce development framework, B1569 (ids from ../frameworks/nhse-splw);
 * - Wales: the competence areas of "The Competence Framework for Social Prescribing Practitioners in Wales,
 *   2: Competences" (December 2023), ids `wales-sp:<code as printed>`, e.g. `wales-sp:5.2a`.
 *
 * None of these links appears in any of the source documents. `from` is the Somerset id when one side is
 * Somerset, otherwise the NHS England id. `exactMatchOf` is used only where both items describe the same
 * practice; everything else is `isRelatedTo`.
 */
import type { Crosswalk } from '../model';

export const LADDER_CROSSWALK: Crosswalk = {
  version: '2026.1',
  notice:
    'This crosswalk is Ladder’s own editorial mapping between the Somerset, NHS England and Wales social prescribing competency frameworks. It is not part of any published framework and has not been produced or endorsed by their publishers; it shows where the frameworks describe similar practice, so that evidence recorded against one can be shown against the others.',
  links: [
    // Somerset: Person Centred Approach
    {
      from: 'somerset:ac.person-centred-approach',
      to: 'nhse-splw:1.01',
      relation: 'isRelatedTo',
      rationale:
        'Both centre the conversation on what matters to the person: Somerset asks facilitators to understand the individual’s context and avoid jumping to solutions, NHSE asks for open questions that let individuals direct the conversation.',
    },
    {
      from: 'somerset:ac.person-centred-approach',
      to: 'nhse-splw:1.02',
      relation: 'isRelatedTo',
      rationale:
        'Listening to understand the individual is a named interaction of the Person Centred Approach; NHSE assesses it as active listening through body language, presence and reflecting back.',
    },
    {
      from: 'somerset:ac.person-centred-approach',
      to: 'nhse-splw:1.05',
      relation: 'isRelatedTo',
      rationale:
        'Somerset expects facilitators to build rapport and be empathetic; NHSE assesses empathy and relationship building as a competency of its own.',
    },
    {
      from: 'somerset:ac.person-centred-approach',
      to: 'wales-sp:1.2a',
      relation: 'isRelatedTo',
      rationale:
        'Wales 1.2a sets out the principles of a person-centred approach (identifying ‘what matters’ and building on strengths) that the Somerset competency assesses in practice.',
    },
    {
      from: 'somerset:ac.person-centred-approach',
      to: 'wales-sp:4.1',
      relation: 'isRelatedTo',
      rationale:
        'Attentive, empathic listening that avoids imposing the practitioner’s own frame of reference is common to both.',
    },
    {
      from: 'somerset:ac.person-centred-approach',
      to: 'wales-sp:4.2',
      relation: 'isRelatedTo',
      rationale:
        'Both assess building a warm, non-judgemental relationship in which the person’s perspective is understood.',
    },
    {
      from: 'somerset:ac.person-centred-approach',
      to: 'wales-sp:5.1',
      relation: 'isRelatedTo',
      rationale:
        'Identifying the individual’s strengths and what matters to them is part of both, and Somerset marks down failing to identify strengths.',
    },

    // Somerset: Promoting Autonomy
    {
      from: 'somerset:ac.promoting-autonomy',
      to: 'nhse-splw:2.04',
      relation: 'isRelatedTo',
      rationale:
        'NHSE’s behaviour change competency includes exploring motivation for change and promoting autonomy in decision making, the practice Somerset assesses as Promoting Autonomy.',
    },
    {
      from: 'somerset:ac.promoting-autonomy',
      to: 'wales-sp:5.2a',
      relation: 'isRelatedTo',
      rationale:
        'Motivational interviewing works from respect for the person’s autonomy and draws out intrinsic motivation, using the open questions and reflective listening that Somerset names.',
    },
    {
      from: 'somerset:ac.promoting-autonomy',
      to: 'wales-sp:1.2b',
      relation: 'isRelatedTo',
      rationale:
        'Shared decision-making draws on the person’s expertise as well as the practitioner’s, as Somerset asks facilitators to share their own expertise collaboratively while the individual drives decisions.',
    },
    {
      from: 'somerset:ac.promoting-autonomy',
      to: 'wales-sp:5.1',
      relation: 'isRelatedTo',
      rationale:
        'A strengths-based approach helps people take responsibility for their own wellbeing and feel empowered, which is the aim of promoting autonomy.',
    },

    // Somerset: Action Planning & Goal Setting
    {
      from: 'somerset:ac.action-planning-goal-setting',
      to: 'nhse-splw:2.01',
      relation: 'isRelatedTo',
      rationale:
        'Personalised care and support planning includes co-producing achievable outcomes with a clear route forward, which covers Somerset’s agreed plan of action and goals.',
    },
    {
      from: 'somerset:ac.action-planning-goal-setting',
      to: 'wales-sp:5.3',
      relation: 'isRelatedTo',
      rationale:
        'Both assess agreeing goals with the person and working out the support and practical barriers involved; Wales also specifies the content and format of the written plan.',
    },
    {
      from: 'somerset:ac.action-planning-goal-setting',
      to: 'wales-sp:1.6',
      relation: 'isRelatedTo',
      rationale:
        'Wales 1.6 covers action planning as identifying short and long-term goals and target behaviours the person is in a position to change.',
    },

    // Somerset: Managing Setbacks & Problem Solving
    {
      from: 'somerset:ac.managing-setbacks-problem-solving',
      to: 'nhse-splw:2.06',
      relation: 'isRelatedTo',
      rationale:
        'Both review progress against the plan and adapt it when circumstances change; Somerset adds reframing setbacks as opportunities for learning.',
    },
    {
      from: 'somerset:ac.managing-setbacks-problem-solving',
      to: 'wales-sp:5.2c',
      relation: 'isRelatedTo',
      rationale:
        'Helping the person break problems down into manageable parts and work through solutions is central to both.',
    },
    {
      from: 'somerset:ac.managing-setbacks-problem-solving',
      to: 'wales-sp:6.1',
      relation: 'isRelatedTo',
      rationale:
        'Wales 6.1 follows up difficulties with engagement using problem-solving approaches and co-produces a revised action plan, as Somerset does after setbacks.',
    },

    // Somerset: Supporting Competence & Self Efficacy
    {
      from: 'somerset:ac.supporting-competence-self-efficacy',
      to: 'nhse-splw:2.02',
      relation: 'isRelatedTo',
      rationale:
        'Somerset asks facilitators to ascertain and build on the individual’s knowledge, confidence and skills (activation), which NHSE assesses as adapting to levels of activation.',
    },
    {
      from: 'somerset:ac.supporting-competence-self-efficacy',
      to: 'nhse-splw:2.03',
      relation: 'isRelatedTo',
      rationale:
        'Somerset names health literacy as something to ascertain and build upon; NHSE assesses assessing and increasing health literacy.',
    },
    {
      from: 'somerset:ac.supporting-competence-self-efficacy',
      to: 'wales-sp:1.6',
      relation: 'isRelatedTo',
      rationale:
        'Wales 1.6 treats the person’s capability and sense of self-efficacy as drivers of behaviour change, the qualities Somerset asks facilitators to build.',
    },
    {
      from: 'somerset:ac.supporting-competence-self-efficacy',
      to: 'wales-sp:5.2b',
      relation: 'isRelatedTo',
      rationale:
        'The solution-focused approach builds confidence by reflecting strengths back and scaling how confident the person feels to make a change.',
    },

    // Somerset: Self-monitoring
    {
      from: 'somerset:ac.self-monitoring',
      to: 'nhse-splw:2.06',
      relation: 'isRelatedTo',
      rationale:
        'NHSE assesses reviewing progress towards the person’s outcomes through personalised conversations, the setting in which Somerset expects self-monitoring to be discussed and reinforced.',
    },
    {
      from: 'somerset:ac.self-monitoring',
      to: 'wales-sp:1.6',
      relation: 'isRelatedTo',
      rationale:
        'Wales 1.6 covers reviewing progress with the person, discussing the impact of changes and reviewing goals, which overlaps with self-reflection on progress.',
    },
    {
      from: 'somerset:ac.self-monitoring',
      to: 'wales-sp:6.1',
      relation: 'isRelatedTo',
      rationale:
        'Wales 6.1 schedules follow-ups to discuss with the person how engagement is progressing against the action plan.',
    },

    // NHSE area 1: engage and connect with people
    {
      from: 'nhse-splw:1.01',
      to: 'wales-sp:4.1',
      relation: 'isRelatedTo',
      rationale:
        'Both cover using open and closed questions to gather information and help the person expand on issues.',
    },
    {
      from: 'nhse-splw:1.02',
      to: 'wales-sp:4.1',
      relation: 'isRelatedTo',
      rationale:
        'Active listening through body language, use of silence and reflecting back is a core part of Wales 4.1.',
    },
    {
      from: 'nhse-splw:1.03',
      to: 'wales-sp:4.1',
      relation: 'isRelatedTo',
      rationale:
        'Wales 4.1 includes short summaries and checking the person’s position by asking them to summarise, matching NHSE’s clarifying and summarising.',
    },
    {
      from: 'nhse-splw:1.04',
      to: 'wales-sp:4.1',
      relation: 'isRelatedTo',
      rationale: 'Using plain language and adjusting communication so the person understands is common to both.',
    },
    {
      from: 'nhse-splw:1.04',
      to: 'wales-sp:1.2b',
      relation: 'isRelatedTo',
      rationale:
        'NHSE’s BRAN model supports shared understanding of options; Wales names complex language as a common challenge to shared decision-making.',
    },
    {
      from: 'nhse-splw:1.05',
      to: 'wales-sp:4.1',
      relation: 'isRelatedTo',
      rationale: 'Wales 4.1 asks practitioners to listen with empathy and communicate an empathic understanding.',
    },
    {
      from: 'nhse-splw:1.05',
      to: 'wales-sp:4.2',
      relation: 'isRelatedTo',
      rationale:
        'Validating the person’s experiences and being warm and affirming within a professional relationship is common to both.',
    },
    {
      from: 'nhse-splw:1.06',
      to: 'wales-sp:4.2',
      relation: 'isRelatedTo',
      rationale: 'Both rest on rapport and trust so that the person can raise difficult or sensitive concerns.',
    },
    {
      from: 'nhse-splw:1.06',
      to: 'wales-sp:1.2c',
      relation: 'isRelatedTo',
      rationale:
        'A trauma-informed approach helps people feel safe telling their story, which matters for conversations about topics such as domestic abuse and mental health.',
    },
    {
      from: 'nhse-splw:1.07',
      to: 'wales-sp:4.1',
      relation: 'isRelatedTo',
      rationale:
        'Wales 4.1 covers overcoming barriers to communication, such as using communication aids for hearing impairment or alternatives to verbal communication.',
    },
    {
      from: 'nhse-splw:1.08',
      to: 'wales-sp:4.1',
      relation: 'isRelatedTo',
      rationale:
        'Wales 4.1 includes seating position and moving to a more private space, the environmental adjustments NHSE assesses.',
    },
    {
      from: 'nhse-splw:1.09',
      to: 'wales-sp:4.1',
      relation: 'isRelatedTo',
      rationale:
        'Adapting how the conversation is held for people with sensory disability, learning disability or language needs is covered by Wales 4.1 on overcoming barriers to communication.',
    },

    // NHSE area 2: enable and support people
    {
      from: 'nhse-splw:2.01',
      to: 'wales-sp:5.3',
      relation: 'isRelatedTo',
      rationale:
        'Both co-develop a plan with the person based on what matters to them and record it in a form the person owns.',
    },
    {
      from: 'nhse-splw:2.01',
      to: 'wales-sp:1.2b',
      relation: 'isRelatedTo',
      rationale:
        'Personalised care and support planning is led by the individual and discusses the full range of options, which is shared decision-making in practice.',
    },
    {
      from: 'nhse-splw:2.02',
      to: 'wales-sp:7.1',
      relation: 'isRelatedTo',
      rationale:
        'Adapting practice to fluctuating activation corresponds to the Wales judgement calls on matching the intensity of support to the person and fostering their ability to self-manage.',
    },
    {
      from: 'nhse-splw:2.02',
      to: 'wales-sp:6.2',
      relation: 'isRelatedTo',
      rationale:
        'Wales 6.2 tracks changes in activation levels and lists the Patient Activation Measure among its scales, one of the tools NHSE expects for assessing activation.',
    },
    {
      from: 'nhse-splw:2.03',
      to: 'wales-sp:4.1',
      relation: 'isRelatedTo',
      rationale:
        'Adapting information to a person’s health literacy uses the adjustments in Wales 4.1, such as plain language and limiting the number of key ideas.',
    },
    {
      from: 'nhse-splw:2.04',
      to: 'wales-sp:1.6',
      relation: 'isRelatedTo',
      rationale:
        'Both require knowledge of models of behaviour change; Wales 1.6 lists capability, opportunity and motivation among its drivers, the components of the COM-B model NHSE names.',
    },
    {
      from: 'nhse-splw:2.04',
      to: 'wales-sp:5.2a',
      relation: 'isRelatedTo',
      rationale:
        'NHSE requires motivational interviewing approaches in interactions; Wales 5.2a sets out those strategies.',
    },
    {
      from: 'nhse-splw:2.05',
      to: 'wales-sp:2.3',
      relation: 'exactMatchOf',
      rationale:
        'Both describe cultural competence: respecting difference and diversity, adapting work to the person’s culture and values, and reflecting on the practitioner’s own attitudes and background.',
    },
    {
      from: 'nhse-splw:2.06',
      to: 'wales-sp:6.1',
      relation: 'isRelatedTo',
      rationale: 'Both review progress with the person and revise the plan when circumstances or engagement change.',
    },

    // NHSE area 3: community development
    {
      from: 'nhse-splw:3.01',
      to: 'wales-sp:1.2b',
      relation: 'isRelatedTo',
      rationale:
        'Wales 1.2b sets out the meaning, values and principles of co-production that NHSE expects SPLWs to build into all interactions.',
    },
    {
      from: 'nhse-splw:3.01',
      to: 'wales-sp:3.3',
      relation: 'isRelatedTo',
      rationale:
        'Wales 3.3 co-produces change and development with the people involved in community assets, as NHSE applies co-production to gaps in provision and service design.',
    },
    {
      from: 'nhse-splw:3.02',
      to: 'wales-sp:3.2',
      relation: 'isRelatedTo',
      rationale:
        'Both identify community assets from multiple sources and record what they offer and who can use them, for the team to draw on.',
    },
    {
      from: 'nhse-splw:3.02',
      to: 'wales-sp:3.3',
      relation: 'isRelatedTo',
      rationale: 'Wales 3.3 includes mapping local community assets as part of building them.',
    },
    {
      from: 'nhse-splw:3.03',
      to: 'wales-sp:3.3',
      relation: 'isRelatedTo',
      rationale:
        'Both identify gaps in provision and support the development of community assets with the organisations already working locally.',
    },
    {
      from: 'nhse-splw:3.03',
      to: 'wales-sp:1.4',
      relation: 'isRelatedTo',
      rationale:
        'Wales 1.4 frames an asset-based approach in which inequality affects the quality of assets, as NHSE focuses gap-finding on health inequalities.',
    },
    {
      from: 'nhse-splw:3.04',
      to: 'wales-sp:5.5',
      relation: 'isRelatedTo',
      rationale: 'Both match the person to suitable groups and services and address practical barriers such as travel.',
    },
    {
      from: 'nhse-splw:3.04',
      to: 'wales-sp:3.2',
      relation: 'isRelatedTo',
      rationale:
        'Judging the quality and suitability of an offer draws on the in-depth knowledge of community assets that Wales 3.2 describes.',
    },
    {
      from: 'nhse-splw:3.05',
      to: 'wales-sp:3.2',
      relation: 'isRelatedTo',
      rationale:
        'Wales 3.2 covers knowing the access restrictions of community assets and working with them on reasonable adjustments.',
    },
    {
      from: 'nhse-splw:3.05',
      to: 'wales-sp:5.5',
      relation: 'isRelatedTo',
      rationale:
        'Facilitating an individual’s access, for example with transport or by contacting the group in advance, is part of Wales 5.5.',
    },
    {
      from: 'nhse-splw:3.06',
      to: 'wales-sp:2.6',
      relation: 'isRelatedTo',
      rationale:
        'Contributing information to grant applications and commissioning relates to making a business case to funding bodies and commissioners.',
    },
    {
      from: 'nhse-splw:3.06',
      to: 'wales-sp:3.3',
      relation: 'isRelatedTo',
      rationale:
        'Both support the development of community provision, including pointing organisations to the people who can help them develop.',
    },
    {
      from: 'nhse-splw:3.07',
      to: 'wales-sp:5.3',
      relation: 'isRelatedTo',
      rationale:
        'The Wales framework has no competence on personal health budgets; the nearest is 5.3, since NHSE links PHBs to delivering the personalised support plan.',
    },

    // NHSE area 4: safe and effective practice
    {
      from: 'nhse-splw:4.01',
      to: 'wales-sp:2.5',
      relation: 'isRelatedTo',
      rationale:
        'Both assess working as part of a team, knowing the roles of other team members and communicating effectively with colleagues.',
    },
    {
      from: 'nhse-splw:4.01',
      to: 'wales-sp:2.1',
      relation: 'isRelatedTo',
      rationale:
        'Understanding the boundaries of the role and when to refer on corresponds to working within the limits of one’s knowledge, skills and experience.',
    },
    {
      from: 'nhse-splw:4.02',
      to: 'wales-sp:2.1',
      relation: 'isRelatedTo',
      rationale:
        'Wales 2.1 covers maintaining and updating skills and knowledge of the legislation on capacity, consent, confidentiality and data protection that mandatory training addresses.',
    },
    {
      from: 'nhse-splw:4.03',
      to: 'wales-sp:2.4',
      relation: 'exactMatchOf',
      rationale:
        'Both describe the duty to safeguard children and adults: recognising those at risk of harm and raising and escalating concerns under safeguarding procedures.',
    },
    {
      from: 'nhse-splw:4.04',
      to: 'wales-sp:2.2',
      relation: 'isRelatedTo',
      rationale:
        'Both cover consent and secure, lawful information sharing; NHSE adds Gillick competence and the Mental Capacity Act, Wales adds consent to take part in social prescribing.',
    },
    {
      from: 'nhse-splw:4.04',
      to: 'wales-sp:2.1',
      relation: 'isRelatedTo',
      rationale:
        'Wales 2.1 includes knowledge of the legislation on capacity, consent, confidentiality, data protection and information sharing.',
    },
    {
      from: 'nhse-splw:4.05',
      to: 'wales-sp:2.5',
      relation: 'isRelatedTo',
      rationale:
        'Wales 2.5 covers documentation: keeping an accurate, up-to-date record of contact and progress that others can understand.',
    },
    {
      from: 'nhse-splw:4.06',
      to: 'wales-sp:1.4',
      relation: 'isRelatedTo',
      rationale:
        'Both require understanding how social and economic inequalities affect health and which groups are at greater risk.',
    },
    {
      from: 'nhse-splw:4.06',
      to: 'wales-sp:1.3',
      relation: 'isRelatedTo',
      rationale:
        'Wales 1.3 covers the social, physical and mental factors behind wellbeing, part of NHSE’s wider determinants of health.',
    },
    {
      from: 'nhse-splw:4.06',
      to: 'wales-sp:1.1',
      relation: 'isRelatedTo',
      rationale:
        'Wales 1.1 lists the groups who benefit from social prescribing and its aim of equity of access, which NHSE uses to prioritise groups for social prescribing.',
    },
    {
      from: 'nhse-splw:4.07',
      to: 'wales-sp:1.1',
      relation: 'isRelatedTo',
      rationale:
        'Wales 1.1 includes the evidence for the impact of social prescribing and the range of activities people can be linked to.',
    },
    {
      from: 'nhse-splw:4.08',
      to: 'wales-sp:6.2',
      relation: 'exactMatchOf',
      rationale:
        'Both describe demonstrating the impact of social prescribing with standard outcome measures such as ONS4 alongside qualitative feedback and satisfaction.',
    },
  ],
};
