/**
 * NHS England, "Workforce development framework: social prescribing link
 * workers" (publication reference B1569), Annex A – SPLW competency framework.
 *
 * Source text: the NHS England long-read, as captured in
 * /work/shared/seeds/001_0637b079ea08cc79.txt. Every string below is the
 * document's own wording; only extraction artefacts (non-breaking spaces,
 * doubled spaces, bullet glyphs) have been normalised.
 *
 * Structure: the Annex A overview, then the four competency areas. Each of the
 * 30 competencies carries its "Description" cell (lead-in text with one `point`
 * per bulleted line, `sub-point`s for the two nested bullet lists) and its
 * "Suggested route to achieve competency" cell (one `point` per line).
 * The document does not number competencies; Ladder numbers them
 * `<area>.<nn>` in document order (e.g. `nhse-splw:1.01`).
 */
import type { FrameworkItem, FrameworkVersion } from '../../model';

/** A bulleted line of a Description cell, optionally with its own nested bullets. */
type PointSource = string | { text: string; subPoints: string[] };

interface CompetencySource {
  /** The competency as printed in the "Competency" column. */
  title: string;
  /** The Description cell's lead-in text (paragraphs joined by a blank line). */
  description: string;
  points: PointSource[];
  /** The lines of the "Suggested route to achieve competency" cell. */
  route: string[];
}

interface AreaSource {
  number: 1 | 2 | 3 | 4;
  /** The area name as listed in the Annex A overview. */
  title: string;
  /** The area's introductory text. */
  text: string;
  /** The route column heading as printed in the area's table. */
  routeHeading: string;
  competencies: CompetencySource[];
}

const FRAMEWORK_KEY = 'nhse-splw';

const pad = (n: number): string => String(n).padStart(2, '0');

function point(parentId: string, index: number, source: PointSource): FrameworkItem {
  const id = `${parentId}.p${pad(index + 1)}`;
  if (typeof source === 'string') {
    return { id, type: 'point', text: source };
  }
  return {
    id,
    type: 'point',
    text: source.text,
    children: source.subPoints.map((text, i) => ({ id: `${id}.s${pad(i + 1)}`, type: 'sub-point', text })),
  };
}

function competency(areaNumber: number, index: number, routeHeading: string, source: CompetencySource): FrameworkItem {
  const id = `${FRAMEWORK_KEY}:${areaNumber}.${pad(index + 1)}`;
  const descriptionId = `${id}.description`;
  const routeId = `${id}.route`;
  return {
    id,
    type: 'competency',
    title: source.title,
    text: source.title,
    children: [
      {
        id: descriptionId,
        type: 'description',
        title: 'Description',
        text: source.description,
        children: source.points.map((p, i) => point(descriptionId, i, p)),
      },
      {
        id: routeId,
        type: 'route-to-achieve',
        title: routeHeading,
        text: routeHeading,
        children: source.route.map((text, i) => point(routeId, i, text)),
      },
    ],
  };
}

function area(source: AreaSource): FrameworkItem {
  return {
    id: `${FRAMEWORK_KEY}:area-${source.number}`,
    type: 'area',
    code: String(source.number),
    title: source.title,
    text: source.text,
    children: source.competencies.map((c, i) => competency(source.number, i, source.routeHeading, c)),
  };
}

export const NHSE_SPLW_2023: FrameworkVersion = {
  key: FRAMEWORK_KEY,
  version: '2023.1',
  title: 'Workforce development framework: social prescribing link workers – Annex A: SPLW competency framework',
  publisher: 'NHS England',
  // The document prints no publication date; 2023 is the year of publication on NHS England's site.
  publishedOn: '2023',
  source:
    'NHS England (2023). Workforce development framework: social prescribing link workers, Annex A – SPLW competency framework. Publication reference: B1569.',
  status: 'published',
  items: [
    {
      id: `${FRAMEWORK_KEY}:overview`,
      type: 'guidance',
      title: 'Overview',
      text: 'This competency framework has been designed to outline competencies for working in or with PCNs. This framework is aligned to the NHS England sample job description for SPLWs. This framework is also aligned to the Core curriculum for personalised care published by the Personalised Care Institute (PCI), which acts as the foundational framework for both personalised care and specific personalised care roles in primary care.\n\nThe Framework is divided into 4 competency areas:\n1. Competencies to engage and connect with people\n2. Competencies to enable and support people\n3. Competencies to enable community development\n4. Competencies for safe and effective practice\n\nThe content is designed to assist those who employ or direct the activities of SPLWs working in or with PCNs to understand the competencies for practicing safely and effectively in their role, and how these competencies can be achieved.\n\nThese competencies are applicable to all SPLWs working in or with PCNs.\n\nThis competency framework was co-produced by NHS England with stakeholders including the PCI, employers of SPLWs, and SPLWs. The template SPLW job description for PCNs is intentionally broad and includes elements that PCNs or employers may choose to separate out into a social prescribing managerial role.',
    },
    area({
      number: 1,
      // Area titles are the names listed in the Annex A overview (and in section 9). The headings above the
      // tables read slightly differently: "1. Competencies to engage and connect people", "3. Community
      // development", "4. Competencies for Safe and Effective Practice".
      title: 'Competencies to engage and connect with people',
      text: 'A key element of successful social prescribing is the relationship built between SPLWs and the individuals they support. This relationship is built through meaningful conversations centred on the question “what matters to you?”\n\nCompetencies to engage and connect people are essential skills for all SPLWs to demonstrate. This includes how they communicate with individuals, how they listen, their non-verbal communication, and the personal values they hold and apply to their interactions. These skills are essential to gather and share information with individuals about how they can be supported , but they also create conversations that engage and motivate the individual they are working with and nurture trust. More information on skills to engage and connect people that are applicable to all personalised care roles can be found in the Personalised care curriculum.',
      routeHeading: 'Suggested route to achieve competency',
      competencies: [
        {
          title: 'Gathers information and adapts questioning style for individual needs',
          description:
            'SPLWs should understand the importance of gathering accurate information from individuals and be able to adapt their questioning style to suit the individual they are working with. This includes, but is not limited to:',
          points: [
            'Use open questions that cannot be answered with yes or no, e.g. “tell me more about…” allowing individuals to direct the conversation to what matters to them',
            'Use closed questions to focus around topics or subjects and to clarify key information, e.g. “do you think your caring responsibilities are manageable?”',
          ],
          route: [
            'Interactive skills training and e-learning, including module 1: Introduction to the social prescribing link worker role',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Demonstrates active listening',
          description:
            'SPLWs should understand how active listening techniques to build a relationship with the individual they are working with and ensure the information they gather is accurate. This includes, but is not limited to:',
          points: [
            'Demonstrate listening through body language and non-verbal cues, including being aware of posture, proximity, body movements and features, facial expression, eye contact, using pauses and silence to allow time for the individual to speak, cues such as nods and other vocal cues including agreement',
            'Demonstrate being present psychologically, socially and emotionally, making a conscious effort to remove distractions and hear and understand what the individual is communicating',
            'Reflect what they have heard back to the individual using the same language, helping them to feel heard and build rapport.',
          ],
          route: [
            'Interactive skills training and e-learning including module 1: Introduction to the social prescribing link worker role',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Clarifies and summarises information as appropriate',
          description:
            'SPLWs should understand the importance of clarifying and summarising the information they have gathered with the individual for accuracy and to ensure they have covered all topics that matter to the person. This includes, but is not limited to:',
          points: [
            'Adapt their questioning style to check understanding and confirm meaning with the individual, which may include further questioning on points that are unclear, clarifying background information, the situation or the meaning of words the individual has used',
            'Use explicit verbal summaries of the information they have gathered from the individual they are supporting. This includes both internal summaries focusing on specific topics in the conversation, and a final summary at the end of the conversation',
            'Use summarised information to review where the conversation has got to, order the information in a way that makes sense, identify gaps in the information and consider next steps in personalised care and support planning',
          ],
          route: [
            'Interactive skills training and e-learning including module 1: Introduction to the social prescribing link worker role',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'De-mystifies information and checks understanding',
          description:
            'SPLWs should understand that different people have different perspectives, interpretations and understanding of situations and understand the need to check shared understanding. This includes, but is not limited to:',
          points: [
            'Use models such as Benefits, Risks, Alternatives and outcomes from doing Nothing (BRAN) to check shared understanding and discuss what each possibility means within the context of the individual’s life and situation',
            'Use appropriate language to de-mystify information, including helping an individual to work through individual steps of a situation, translating jargon (for example, where an individual is experiencing financial difficulties) and adapting communication to meet individual needs.',
          ],
          route: [
            'Interactive skills training and e-learning including module 1: Introduction to the social prescribing link worker role',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Empathises with individuals, their thoughts, feelings and actions',
          description:
            'SPLWs should understand the importance of building a relationship with individuals and adapt their behaviour to do this, while maintaining appropriate boundaries. This includes but is not limited to:',
          points: [
            'Use affirmative statements about an individual’s actions, making positive statements and acknowledging efforts and achievements of the individual; for example, “you told me you tried to change this before, that shows great determination”',
            'Demonstrate acknowledgement that an individual’s thoughts, feelings and symptoms are normal reactions and that other people report similar experiences in response to their circumstances',
            'Demonstrate empathy by reflecting and using words to let the individual know the SPLW is trying to understand how situations feel for them. This includes looking at things from the perspective of the individual, avoiding judgement, recognising emotions, and communicating key observations.',
          ],
          route: [
            'Interactive skills training and e-learning including module 1: Introduction to the social prescribing link worker role',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          // Rows without a "This includes" lead-in: the first paragraph of the cell is the lead-in, the rest are points.
          title: 'Confidently approaches difficult conversations',
          description:
            'SPLWs should understand that individuals may find it difficult to have conversations on difficult topics such as their mental health and domestic abuse situations and understand why this is.',
          points: [
            'SPLWs should be able to establish rapport and build trust, in order to enable possibility for difficult conversations to be held. SPLWs should demonstrate other competencies contained within section 1 to build positive relationships',
            'SPLWs should demonstrate confidence in exploring difficult topics, using appropriate tools to structure conversations if required',
          ],
          route: [
            'Interactive skills training and e-learning including module 1: Introduction to the social prescribing link worker role',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Communicates according to needs and preferences',
          description:
            'SPLWs should demonstrate excellent communication skills with individuals, using appropriate methods and mechanisms including non-verbal communication skills. This includes but is not limited to:',
          points: [
            'Understand how communication can be adapted including how to adapt information according to the Accessible Information Standard for people with learning disabilities and/or autism, the right to have an interpreter or to be accompanied during appointments, and the right to have written information translated',
            'Ask if the individual has communication preferences, including when they would like to receive information and the format in which they would like to receive it',
            'Adapt to meet communication needs in line with an individual’s identified preferences, needs and rights',
          ],
          route: [
            'Interactive skills training and e-learning, including training on the Accessible Information Standard and including module 1: Introduction to the social prescribing link worker role',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals.',
          ],
        },
        {
          title: 'Demonstrates environmental awareness',
          description:
            'SPLWs should know the impact of environment in providing a safe space to build a relationship and explore “what matters to you”. This includes but is not limited to:',
          points: [
            'Adapt the environment by physically rearranging space to provide a welcoming and safe environment to have difficult conversations; such as ensuring privacy in a practice setting, rearranging chairs and providing a welcoming environment',
            'Adapt the setting to suit an individual’s needs and preferences; for example, meeting in a neutral space in the community or a person’s home where appropriate or offering virtual appointments',
          ],
          route: [
            'Interactive skills training and e-learning including module 1: Introduction to the social prescribing link worker role.',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals.',
          ],
        },
        {
          title: 'Able to utilise a range of consultation methods',
          description:
            'SPLWs should understand the positives and negatives of these consultation methods, including digital exclusion and how to adapt consultation methods for people with additional access needs; including sensory disability, learning disability or additional language needs.',
          points: [
            'SPLWs should demonstrate adequate skills in using technology, telehealth and remote consultations and adapt consultation when required',
          ],
          route: [
            'Interactive skills training and e-learning including module 1: Introduction to the social prescribing link worker role',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
      ],
    }),
    area({
      number: 2,
      title: 'Competencies to enable and support people',
      text: 'SPLWs should demonstrate competencies in using information gathered through the relationship to enable and support individuals to connect with their community for health and wellbeing through co-producing a personalised care and support plan, setting goals, and exploring options to meet that goal.',
      routeHeading: 'Suggested route to achieve competency',
      competencies: [
        {
          title: 'Undertakes personalised care and support planning',
          description:
            'SPLWs should understand the importance of personalised care and support planning with individuals and that this process should be led by the individual. SPLWs should be able to demonstrate this process, including:',
          points: [
            'Use competencies from Section 1 to undertake a first holistic assessment with an individual around their health and wellbeing and supporting an individual to come up with a plan that records conversations, decisions and agreed outcomes in a way that makes sense to the individual, using their own words',
            'Use this first holistic conversation to discuss potential options and the way forward, sharing and checking understanding of the full range of options, including taking no action',
            'Co-produce outcomes with an individual that are achievable and effective, considering an individual’s levels of confidence, capability and opportunity, with a clear route forward to achieve these outcomes',
            'Demonstrate the ability to record the conversation in an organised structure allowing the individual to tell their story once and so that information can be updated in the future',
          ],
          route: [
            'Interactive skills training and e-learning, including module 2: Developing personalised care and support plans with people',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Assesses and adapts to individual levels of activation',
          description:
            'SPLWs should define patient activation as the knowledge, skills and confidence a person has in managing their own health and care. This includes:',
          points: [
            'Know the impact patient activation has on an individual’s ability to engage with health and care services and manage their own health and understand that this can vary from day to day, situation to situation',
            'Assess an individual’s level of activation through informal or formal assessment, using relevant tools',
            'Adapt practice to support individuals with different levels of activation, including adapting practice with the same individual as their activation levels fluctuate',
          ],
          route: [
            'Interactive skills training and e-learning including module 2: Developing personalised care and support plans with people',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
            'Consider specific training on patient activation',
          ],
        },
        {
          title: 'Assesses and adapts to levels of health literacy',
          description:
            'SPLWs should define health literacy as individuals having enough knowledge, understanding, skills and confidence to use health information to be active partners in their care and successfully navigate health and social care systems. This includes:',
          points: [
            'the impact health literacy has on an individual’s ability to navigate health and social care systems and how this may impact upon their ability to engage with social prescribing',
            'Assess an individual’s health literacy through informal or formal assessment, using relevant tools',
            'Adapt the information given to an individual accordingly to meet their current levels of health literacy',
            'Plan a route to increasing health literacy in a way to support achievement of outcomes identified through personalised care planning, e.g. through working on a specific topic or service an individual may need to interact with for their health and wellbeing',
          ],
          route: [
            'Interactive skills training and e-learning including module 2: Developing personalised care and support plans with people',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Promotes and supports behaviour change through coaching and motivational interviewing techniques',
          description:
            'SPLWs should understand that behaviour change is a dynamic process and be able to use specific techniques to engage individuals, explore strengths and aspirations, explore motivation for change and promote autonomy in decision making. This includes but is not limited to:',
          points: [
            'Understand theoretical models of behaviour change as they apply to social prescribing; for example, the COM-B model of behaviour change or the transtheoretical model of change',
            'Demonstrate and apply the theory behind health coaching approaches to interactions with individuals',
            'Demonstrate and apply motivational interviewing approaches in interactions with individuals',
            'Understand the theory behind ‘making every contact count’ and use all interactions with individuals to have conversations about health and wellbeing',
          ],
          route: [
            'Interactive skills training and e-learning including module 2: Developing personalised care and support plans with people.',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals.',
            'Consider specific training on behaviour change, including health coaching, motivational interviewing and making every contact count.',
          ],
        },
        {
          title: 'Demonstrates cultural competence and understanding of equality, diversity and inclusion',
          description:
            'SPLWs should understand the concept of cultural competence and define this as how culture influences the way individuals think and act, their values and their understanding of health and wellbeing. SPLWs should:',
          points: [
            'Demonstrate awareness and respect of difference and diversity',
            'Apply this knowledge and understanding in order to adapt the way in which they work with individuals from different cultures to facilitate conversations, considering individual values and needs',
            'Reflect on their own attitudes and behaviour towards all forms of difference and diversity, and adapt behaviour and approach when required',
          ],
          route: [
            'Interactive skills training and e-learning including module 2: Developing personalised care and support plans with people',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Assesses progress against personalised care and support plan goals',
          description:
            'SPLWs should understand the importance of working with individuals to reach the outcomes they have identified through personalised care and support planning',
          points: [
            'Assess progress towards outcomes through personalised conversations with the individual, demonstrating skills from sections 1 and 2 of this Competency framework',
            'Adapt the plan to support individuals to meet their desired outcomes through flexible exploration of new routes and opportunities according to changing circumstances',
          ],
          route: [
            'Interactive skills training and e-learning including module 2: Developing personalised care and support plans with people',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
      ],
    }),
    area({
      number: 3,
      title: 'Competencies to enable community development',
      text: 'Effective social prescribing relies on a range of activities and support to refer people to in the community. The following competencies relate to the SPLW role in community development, including identifying, nurturing and supporting the development of community resources.',
      routeHeading: 'Suggested route to achieve competency',
      competencies: [
        {
          title: 'Understands the importance of patient and public involvement in social prescribing services',
          description:
            'SPLWs should understand the meaning and importance of co-production and co-design and build co-production principles and values into all interactions. This includes:',
          points: [
            'SPLWs should know the requirements for NHS organisations to demonstrate patient and public involvement in designing and delivering health services',
            'Facilitate the gathering of information on services and experience through patient and community feedback forms, surveys, focus groups or other forms of feedback',
            'Apply co-production principles to their work with the community in understanding gaps in service provision, and in supporting service planning, design and delivery',
            'Apply skills and knowledge to identify and support individuals who may want to use their experience to support other people in their community or to become involved in coproduction, including promoting the Peer Leadership Development Programme to those individuals',
          ],
          route: [
            'Interactive skills training and e-learning, including module 4: Introducing people to community groups and VCSE organisations',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
            'Consider specific training in strategic co-production',
          ],
        },
        {
          // Two lead-in paragraphs ("…understand the ABCD approach…", "…apply the ABCD approach…, including:").
          title: 'Identifies and maps community assets, including essential information',
          description:
            'SPLWs should understand the Asset-Based Community Development (ABCD) approach as a process that facilitates the sustainable development of communities based on strength and potential opportunity\n\nSPLWs should apply the ABCD approach to their role in supporting community development, including:',
          points: [
            'SPLWs should know how to identify and map community assets such as groups, services and support organisations, community strengths and potential to support health and wellbeing',
            'SPLWs should record mapping and alignment opportunities including referral pathways and criteria, and objectives of groups and services',
            'SPLWs should collaborate with community partners in mapping assets, provision and opportunities in local areas',
          ],
          route: [
            'Interactive skills training and e-learning including module 3 Developing partnerships and module 4: Introducing people to community groups and VCSE organisations',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Contributes to asset-based community development and community resilience',
          description:
            'SPLWs should use mapping to identify gaps in provision especially regarding health inequalities, recording these gaps and escalating through formal feedback routes eg to a supervising GP, SP service manager, CCG, or appropriate VCSE organisation',
          points: [
            'SPLWs should facilitate co-production and co-design as outlined in Section 3 of this Competency Framework to support community development with the individuals at the centre',
            'SPLWs should collaborate with partners in other organisations when supporting community development in order not to duplicate or undermine existing development or provision',
          ],
          route: [
            'Interactive skills training and e-learning including module 4: Introducing people to community groups and VCSE organisations.',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
            'Consider specific training on asset-based community development (ABCD)',
          ],
        },
        {
          title: 'Supports people to attend community groups and/or services',
          description:
            'SPLWs should apply the knowledge they have about asset-based community development approaches to identify appropriate of community assets for individuals, including:',
          points: [
            'Assess quality of offers considering issues such as safeguarding or transparency of group organisational structures using formal or informal approaches, eg a checklist',
            'Identify offers that are appropriate to meet an individual’s outcomes, activation, health literacy and wider needs as identified by the individual in the personalised care and support planning process',
            'Apply knowledge about practical barriers to community participation such as transport and communication needs and plan how and if these can be overcome with individuals',
          ],
          route: [
            'Interactive skills training and e-learning including module 4: Introducing people to community groups and VCSE organisations',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Supports accessibility of community groups and/or services',
          description:
            'SPLWs should know the requirements for community groups and services regarding accessibility and understand the ways in which they can support and promote accessibility in the community',
          points: [
            'SPLWs should apply this knowledge to make appropriate and achievable recommendations to facilitate access for individuals, both to the individual (e.g. seeking transport) and to the group or service (e.g. contacting in advance to discuss accessibility; discussing adaptations individuals may need to attend)',
          ],
          route: [
            'Interactive skills training and e-learning including module 4: Introducing people to community groups and VCSE organisations',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Demonstrates awareness of grants and commissioning processes',
          description:
            'SPLWs should understand that funding and commissioning arrangements can enhance or reduce community resilience if not co-ordinated effectively',
          points: [
            'SPLWs should know which national and local grants are available to support community development and individuals and facilitate this process through providing appropriate supporting information to contribute to grant applications and commissioning. This may apply to commissioning and grants for services or individuals. Where appropriate SPLWs should be sufficiently skilled to support individuals to apply for grants on their own behalf',
          ],
          route: [
            'Interactive skills training and e-learning including module 4: Introducing people to community groups and VCSE organisations',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          // The Description cell is a single paragraph of two sentences; Ladder splits it at the sentence
          // boundary (lead-in + one point), following the know/apply pattern of the neighbouring rows.
          title: 'Demonstrates awareness of PHBs',
          description:
            'SPLWs should know what a personal health budget is and how they may be used to support delivery of a personalised support plan.',
          points: [
            'SPLWs should apply this knowledge and support individuals to access personal health budgets where appropriate, and to support them to meet their personalised health and wellbeing outcomes',
          ],
          route: [
            'Interactive skills training and e-learning including module 4: Introducing people to community groups and VCSE organisations.',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
      ],
    }),
    area({
      number: 4,
      title: 'Competencies for safe and effective practice',
      text: 'SPLWs work with individuals who may have complex health or care needs. It is essential that SPLWs are competent to practice safely and offer individuals evidence-based interventions, and that they record outcomes from their work. This includes SPLWs working to standards set in the NHS and working within approved models and frameworks to ensure both the SPLW and individual they are working with remain safe and working together in a professional relationship.',
      routeHeading: 'Suggested Route to Achieve Competency',
      competencies: [
        {
          title: 'Is an effective and trusted member of the multidisciplinary team (MDT)',
          description:
            'SPLWs should behave as an effective and trusted member of the MDT and understand the roles of colleagues, making their own unique contribution to the team. This includes:',
          points: [
            'Understand the boundaries of the SPLW role and how and when to escalate or refer individuals to other health professionals',
            'Understand the role of other health and care professionals, their remit and limitations of the service they offer',
            'Reflect on own knowledge levels and seek out ways to develop understanding of other roles e.g. shadowing members of the MDT or VCSE service colleagues, and provide this in return to promote the SPLW role',
            'Demonstrate respect for colleagues and use professional behaviours and language at work',
          ],
          route: [
            'Interactive skills training and e-learning including module 3: Developing partnerships',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          // The bulleted training list ("Training may include but is not limited to:") is read as the end of
          // the Description cell: it precedes the route cell, whose own first line is "Mandatory and statutory training".
          title: 'Maintains compliance with mandatory and statutory training',
          description:
            'SPLWs should understand the requirement to complete mandatory and statutory training in line with their primary care or VCSE employing organisation, and how this ensures their safety at work',
          points: [
            'SPLWs should take responsibility for maintaining and updating training as appropriate.',
            'SPLWs should apply knowledge gained through their mandatory and statutory training in all situations',
            {
              text: 'Training may include but is not limited to:',
              subPoints: [
                'Safeguarding for children and adults',
                'Confidentiality',
                'Information governance and handling data',
                'Lone working',
                'Equality and diversity awareness',
                'Health and safety at work',
                'Domestic abuse awareness',
                'Mental Capacity Act awareness',
                'Emotional resilience',
                'Social welfare awareness',
                'Cultural competence',
              ],
            },
          ],
          route: [
            'Mandatory and statutory training',
            'Assessed through completion of mandatory and statutory training and application to the workplace through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Understands obligation to safeguard individuals from harm',
          description:
            'SPLWs should understand their responsibility to safeguard children and adults and understand the importance of this when working with vulnerable individuals',
          points: [
            'SPLWs should apply knowledge gained through mandatory and statutory training in safeguarding to identify those who may be at risk of harm and follow appropriate processes to safeguard individuals, including escalation to a named supervisor when appropriate, and understand the risks and implications of not doing so',
          ],
          route: [
            'Mandatory and statutory training and e-learning, including module 5: Safeguarding vulnerable people',
            'Assessed through completion of mandatory and statutory training and application to the workplace through observed practice and feedback from supervisors, colleagues and individuals',
            'Consider specific training on local safeguarding systems',
          ],
        },
        {
          title: 'Understands and maintains compliance with information governance principles and protocols',
          description:
            'SPLWs should understand the principles of information sharing and governance as set out in law and guidance',
          points: [
            'SPLWs should apply information sharing processes including use of secure emails and information storage',
            'SPLWs should understand consent and information sharing processes when working with young people under the age of 16 years, as per Gillick Competence as applied to consent for non-medical support and intervention',
            'SPLWs should understand consent and information sharing processes when working with adults as per the Mental Capacity Act 2005',
          ],
          route: [
            'Mandatory and statutory training',
            'Assessed through completion of mandatory and statutory training and application to the workplace through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Understands obligations to keep and maintain accurate records',
          description:
            'SPLWs should understand their responsibility to maintain accurate and timely records on their work with individuals and understand how this protects both themselves and the individuals they work with',
          points: [
            'SPLWs should also understand the benefit to individuals of them telling their story once and not having to repeat this multiple times and apply this knowledge to record-sharing with other agencies or professionals',
          ],
          route: [
            'Mandatory and statutory training and e-learning including module 6: Keeping records and measuring impact',
            'Assessed through completion of mandatory and statutory training and application to the workplace through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Understands the social/wider determinants of health, health inequalities and population health',
          description:
            'SPLWs should understand key terminology around the wider determinants of health and the interface with health inequalities',
          points: [
            'SPLWS should understand how the wider determinants of health impact on health and wellbeing, including the dynamic between person, environment and occupation and the biopsychosocial model as it applies to social prescribing',
            'SPLWs should understand the concept of social prescribing as a public health intervention and how it can positively contribute to prevention of physical and mental ill health at a primary, secondary and tertiary level',
            'SPLWs should understand summary evidence for social prescribing for specific population groups at risk of experiencing health inequalities',
            'SPLWs should know information relating to their local population and the health inequalities it experiences',
            'SPLWs should apply this knowledge to target specific health inequalities in their practice, particularly where resources are scarce. This may include working to make services more accessible to individuals e.g. those from inclusion health groups, or by targeting population groups to offer proactive access to social prescribing',
            {
              text: 'SPLWs should use this knowledge to contribute to decisions made in the wider MDT on which groups are a priority for social prescribing, including but not limited to:',
              subPoints: [
                'People with long-term conditions',
                'Those requiring support with their mental health',
                'People who are lonely or isolated',
                'Individuals who have complex social needs which affect their wellbeing',
                'Carers',
                'Children and young people',
              ],
            },
          ],
          route: [
            'Interactive skills training and e-learning.',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals.',
          ],
        },
        {
          title: 'Utilises available evidence base for social prescribing interventions and activities',
          description:
            'SPLWs should understand summary evidence for social prescribing interventions including arts and creativity, sports and physical activity, and nature-based activities to promote health and wellbeing',
          points: [
            'Understand summary evidence for practical support for needs that affect their health, such as housing, debt management and relationship difficulties',
            'Apply this knowledge to the way they work with individuals and services and select those most appropriate to an individual and their desired outcomes',
          ],
          route: [
            'Interactive skills training and e-learning',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals',
          ],
        },
        {
          title: 'Records and demonstrates impact through multiple routes',
          description:
            'SPLWs should understand the importance of measuring outcomes to demonstrate the impact of social prescribing and how evidence can contribute to community development through commissioning for outcomes.',
          points: [
            'SPLWs should know appropriate outcome measures for use in social prescribing eg the ONS4 and apply this knowledge to select and use appropriate outcome measures for individuals, including recognising when these measures are not appropriate.',
            'SPLWs should know other approaches to recording outcomes outside formal outcome measurement and apply this knowledge within a personalised approach to demonstrate impact, including promoting individual stories and case studies, and measuring satisfaction of the service.',
          ],
          route: [
            'Interactive skills training and e-learning including module 6: Keeping records and measuring impact.',
            'Assessed through observed practice and feedback from supervisors, colleagues and individuals.',
          ],
        },
      ],
    }),
  ],
};
