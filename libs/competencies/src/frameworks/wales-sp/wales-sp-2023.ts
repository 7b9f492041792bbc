/**
 * The Competence Framework for Social Prescribing Practitioners in Wales,
 * "2: Competences" (December 2023), encoded verbatim from the source text in
 * `shared/seeds/002_8ec314a89c88ba5f.txt`. Only extraction artefacts were
 * fixed: link mark-up and escapes removed, and three sentences split across a
 * page break rejoined. Bullet nesting that the text extraction flattened was
 * restored from the lead-ins ("mental wellbeing:", "for example:", "and:").
 *
 * Ids (all under `wales-sp:`):
 * - `core-philosophy`, with its points `.pNN` and their sub-points `.pNN.pNN`;
 * - `domain-N` for the seven domains;
 * - `<code>` for the 31 competence areas, the code exactly as printed (`1.2a`);
 * - `<area>.hNN` sub-headings, `<area>.nNN` explanatory paragraphs (type
 *   `paragraph`), `<area>.sNN` "an ability to…" statements numbered in document
 *   order across the whole area, `<statement>.pNN` sub-points (nested sub-points
 *   append another `.pNN`).
 *
 * Meta-competences are the framework's own domain 7 (area 7.1), so they are
 * encoded there and not repeated as a separate top-level item.
 */
import type { FrameworkVersion } from '../../model';

export const WALES_SP_2023: FrameworkVersion = {
  key: 'wales-sp',
  version: '2023.1',
  title: 'The Competence Framework for Social Prescribing Practitioners in Wales',
  publisher: 'Welsh Government',
  publishedOn: '2023-12',
  source:
    'The Competence Framework for Social Prescribing Practitioners in Wales. 2: Competences. December 2023. To be read with its companion Supporting Document.',
  status: 'published',
  items: [
    {
      id: 'wales-sp:core-philosophy',
      type: 'core-philosophy',
      title: "Core philosophy of social prescribing: 'What matters to me'",
      text: "Core philosophy of social prescribing: 'What matters to me'",
      children: [
        {
          id: 'wales-sp:core-philosophy.p01',
          type: 'point',
          text: 'An ability to draw on knowledge that social prescribing seeks to connect people with support in their community, aiming to help them to better manage their social, physical and mental health and wellbeing',
        },
        {
          id: 'wales-sp:core-philosophy.p02',
          type: 'point',
          text: 'An ability to draw on knowledge that social prescribing is rooted in a person-centred and strengths-based relationship, resulting in a conversation that aims to empower people by:',
          children: [
            {
              id: 'wales-sp:core-philosophy.p02.p01',
              type: 'sub-point',
              text: "working with the person to explicitly identify 'what matters to me' (what is important and meaningful to them and that they want to address)",
            },
            {
              id: 'wales-sp:core-philosophy.p02.p02',
              type: 'sub-point',
              text: "making the person's priorities central to any discussion and focusing on understanding them",
            },
            {
              id: 'wales-sp:core-philosophy.p02.p03',
              type: 'sub-point',
              text: "giving non-judgemental support for the person's aims and goals",
            },
            {
              id: 'wales-sp:core-philosophy.p02.p04',
              type: 'sub-point',
              text: "building the person's resilience by supporting them to develop the skills and confidence to manage current and future challenges",
            },
          ],
        },
        {
          id: 'wales-sp:core-philosophy.p03',
          type: 'point',
          text: 'An ability to draw on knowledge that a core aim of social prescribing is to empower people to make decisions in areas that are important and meaningful to them, and that these decisions:',
          children: [
            {
              id: 'wales-sp:core-philosophy.p03.p01',
              type: 'sub-point',
              text: 'are genuinely co-produced between the person and the social prescribing practitioner',
            },
            {
              id: 'wales-sp:core-philosophy.p03.p02',
              type: 'sub-point',
              text: 'recognise and draw on the expertise and experience of the person and the social prescribing practitioner when making shared decisions',
            },
          ],
        },
        {
          id: 'wales-sp:core-philosophy.p04',
          type: 'point',
          text: 'An ability to draw on knowledge that action plans should be based on an equal and equitable partnership between the person and the social prescribing practitioner (co-production)',
        },
        {
          id: 'wales-sp:core-philosophy.p05',
          type: 'point',
          text: 'An ability to draw on knowledge that social prescribing should be holistic, aiming to improve social, physical and mental health and wellbeing',
        },
      ],
    },
    {
      id: 'wales-sp:domain-1',
      type: 'domain',
      code: '1',
      title: 'Knowledge',
      text: 'Knowledge',
      children: [
        {
          id: 'wales-sp:1.1',
          type: 'competence-area',
          code: '1.1',
          title: 'Knowledge of social prescribing and its application in Wales',
          text: 'Knowledge of social prescribing and its application in Wales',
          children: [
            {
              id: 'wales-sp:1.1.h01',
              type: 'subheading',
              text: 'The legislative and strategic context',
              children: [
                {
                  id: 'wales-sp:1.1.s01',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the legislative and strategic context for social prescribing in Wales, and:',
                  children: [
                    {
                      id: 'wales-sp:1.1.s01.p01',
                      type: 'sub-point',
                      text: 'that it is a way of furthering the wellbeing goals in Welsh Government legislation (the Wellbeing of Future Generations [Wales] Act 2015 and Social Services and Wellbeing [Wales] Act 2014)',
                    },
                    {
                      id: 'wales-sp:1.1.s01.p02',
                      type: 'sub-point',
                      text: 'that it facilitates working across health and social care in Community and Voluntary Sector Organisations (CVSOs) to take a preventative and holistic approach to population and individual health and wellbeing (as set out in A Healthier Wales: our plan for health and social care)',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.1.s02',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the National Framework for Social Prescribing in Wales (forthcoming)',
                },
                {
                  id: 'wales-sp:1.1.s03',
                  type: 'statement',
                  text: 'When working with children and young people, an ability to draw on knowledge of:',
                  children: [
                    {
                      id: 'wales-sp:1.1.s03.p01',
                      type: 'sub-point',
                      text: 'the Children Act 1989 and the Children and Families Act 2014',
                    },
                    {
                      id: 'wales-sp:1.1.s03.p02',
                      type: 'sub-point',
                      text: 'the NEST (Nurturing, Empowering, Safe, Trusted) Framework',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:1.1.h02',
              type: 'subheading',
              text: 'Aims and principles of social prescribing',
              children: [
                {
                  id: 'wales-sp:1.1.s04',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that social prescribing seeks to connect people with community assets, aiming to help them maximise their social, physical and mental health and wellbeing and their capacity to live well, and:',
                  children: [
                    {
                      id: 'wales-sp:1.1.s04.p01',
                      type: 'sub-point',
                      text: 'an ability to draw on knowledge that while social prescribing practitioners can be found in a range of settings (for example, local authorities, third sector, housing, education and primary care settings), and so have different role titles, they usually share the same aims',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.1.s05',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that a wide range of people can benefit from social prescribing, including people who are socially isolated, have mental or long-term physical health conditions or have complex social needs that affect their wellbeing, and:',
                  children: [
                    {
                      id: 'wales-sp:1.1.s05.p01',
                      type: 'sub-point',
                      text: 'an ability to draw on knowledge that a main aim of social prescribing is to help people engage and connect with their community',
                    },
                    {
                      id: 'wales-sp:1.1.s05.p02',
                      type: 'sub-point',
                      text: 'an ability to draw on knowledge that social prescribing seeks to achieve equity of access to social prescribing and other services across the whole population, actively including people from all backgrounds and levels of need',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.1.s06',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that social prescribing should be a person-centred, strengths-based approach that empowers people by:',
                  children: [
                    {
                      id: 'wales-sp:1.1.s06.p01',
                      type: 'sub-point',
                      text: 'enabling them to share what matters to them in relation to their needs, aspirations and goals',
                    },
                    {
                      id: 'wales-sp:1.1.s06.p02',
                      type: 'sub-point',
                      text: 'co-producing an action plan based on their strengths and needs',
                    },
                    {
                      id: 'wales-sp:1.1.s06.p03',
                      type: 'sub-point',
                      text: 'actively connecting them with local community services, organisations and groups',
                    },
                    {
                      id: 'wales-sp:1.1.s06.p04',
                      type: 'sub-point',
                      text: 'keeping links with the person, to collect and act on their feedback',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.1.s07',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that social prescribing should tailor assets to the person, relevant to the areas that matter to the person',
                },
                {
                  id: 'wales-sp:1.1.s08',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that social prescribing practitioners can link people to a wide range of activities (such as volunteering, arts activities, gardening, befriending, cookery, healthy eating advice and sports)',
                },
              ],
            },
            {
              id: 'wales-sp:1.1.h03',
              type: 'subheading',
              text: 'Organisation and delivery of social prescribing in Wales',
              children: [
                {
                  id: 'wales-sp:1.1.s09',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that social prescribing practitioners in Wales offer interventions of varying complexity and length of contact (reflecting their resources, remit and geographical location), including:',
                  children: [
                    {
                      id: 'wales-sp:1.1.s09.p01',
                      type: 'sub-point',
                      text: 'signposting alone (directing the person to relevant organisations and services)',
                    },
                    {
                      id: 'wales-sp:1.1.s09.p02',
                      type: 'sub-point',
                      text: 'signposting that includes referral to specific organisations and services to address a particular need, with contact limited to a specified timeframe',
                    },
                    {
                      id: 'wales-sp:1.1.s09.p03',
                      type: 'sub-point',
                      text: 'signposting to and giving support across a range of areas (which may include managing both physical health and psychological wellbeing), with contact limited to a specified timeframe',
                    },
                    {
                      id: 'wales-sp:1.1.s09.p04',
                      type: 'sub-point',
                      text: "giving a range of support that connects the person to community assets, in a timeframe decided by an assessment of the person's needs",
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.1.s10',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that public services and CVSOs in Wales are committed to develop social prescribing beyond signposting, to offer a holistic and person-centred approach that is integrated with community and statutory services',
                },
                {
                  id: 'wales-sp:1.1.s11',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that while supporting the development of local services and organisations (community development) is important for sustaining social prescribing networks, in some settings it is seen as an extension of the role of social prescribing practitioners and in others it is a separate role',
                },
              ],
            },
            {
              id: 'wales-sp:1.1.h04',
              type: 'subheading',
              text: 'Evidence of the impact of social prescribing',
              children: [
                {
                  id: 'wales-sp:1.1.s12',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that in the long-term, the intended outcomes of social prescribing are better social, physical and mental health and wellbeing, and fewer social, physical and mental inequalities',
                },
                {
                  id: 'wales-sp:1.1.s13',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that, though there is evidence for the benefits of social prescribing, most reviews of the literature have identified methodological issues that limit the conclusions that can be drawn, and so recommend further research',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:1.2a',
          type: 'competence-area',
          code: '1.2a',
          title: 'Knowledge of the principles of a person-centred approach',
          text: 'Knowledge of the principles of a person-centred approach',
          children: [
            {
              id: 'wales-sp:1.2a.s01',
              type: 'statement',
              text: 'An ability to draw on knowledge that a person-centred approach:',
              children: [
                {
                  id: 'wales-sp:1.2a.s01.p01',
                  type: 'sub-point',
                  text: 'aims to give people choice and control over the way social prescribing is planned and delivered, and over decisions made about their lives',
                },
                {
                  id: 'wales-sp:1.2a.s01.p02',
                  type: 'sub-point',
                  text: "is based on identifying 'what matters' to the person, and on promoting their strengths and resources to meet their own identified needs",
                },
                {
                  id: 'wales-sp:1.2a.s01.p03',
                  type: 'sub-point',
                  text: 'aims to develop a shift in power between people and professionals in the health and care system through co-production (and so empower the person)',
                },
                {
                  id: 'wales-sp:1.2a.s01.p04',
                  type: 'sub-point',
                  text: 'aims to give people a voice, to be heard and be connected to each other and their communities',
                },
                {
                  id: 'wales-sp:1.2a.s01.p05',
                  type: 'sub-point',
                  text: 'takes a whole-system approach, by integrating services around the person (including health, social care, public health, third sector and other services that contribute to supporting health and wellbeing, for example: housing; access to the arts, heritage and culture; access to nature; digital inclusion)',
                },
                {
                  id: 'wales-sp:1.2a.s01.p06',
                  type: 'sub-point',
                  text: 'applies to people of all ages and backgrounds, and encompasses social, physical and mental health and wellbeing',
                },
                {
                  id: 'wales-sp:1.2a.s01.p07',
                  type: 'sub-point',
                  text: 'recognises the contribution of communities and CVSOs to support people and build individual, family and community resilience',
                },
              ],
            },
            {
              id: 'wales-sp:1.2a.s02',
              type: 'statement',
              text: 'An ability to draw on knowledge that social prescribing is part of a person-centred approach to support',
            },
          ],
        },
        {
          id: 'wales-sp:1.2b',
          type: 'competence-area',
          code: '1.2b',
          title: 'Knowledge of shared decision-making and co-production',
          text: 'Knowledge of shared decision-making and co-production',
          children: [
            {
              id: 'wales-sp:1.2b.h01',
              type: 'subheading',
              text: 'Shared decision-making and co-production',
              children: [
                {
                  id: 'wales-sp:1.2b.n01',
                  type: 'paragraph',
                  text: "Shared decision-making and co-production have the same principles: both are relevant to planning a person's support, though co-production can also be about planning service development. Shared decision-making and co-production can overlap, but are separated in these competences to make the structure clearer.",
                },
                {
                  id: 'wales-sp:1.2b.s01',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that shared decision-making involves collaboration between the person and the social prescribing practitioner, to help them decide on the meaningful goals they want to work towards, and that:',
                  children: [
                    {
                      id: 'wales-sp:1.2b.s01.p01',
                      type: 'sub-point',
                      text: "recognises the person's expertise and experience as well as that of the practitioner and drawing on this when making decisions",
                    },
                    {
                      id: 'wales-sp:1.2b.s01.p02',
                      type: 'sub-point',
                      text: 'involves genuine collaboration between the person and the social prescribing practitioner',
                    },
                    {
                      id: 'wales-sp:1.2b.s01.p03',
                      type: 'sub-point',
                      text: 'is based on a relationship of equal and equitable partnership between the person and the social prescribing practitioner',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.2b.s02',
                  type: 'statement',
                  text: 'An ability to ask the person:',
                  children: [
                    {
                      id: 'wales-sp:1.2b.s02.p01',
                      type: 'sub-point',
                      text: 'how they would like to be involved in shared decision-making',
                    },
                    {
                      id: 'wales-sp:1.2b.s02.p02',
                      type: 'sub-point',
                      text: 'what information and support they need so they can participate effectively',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.2b.s03',
                  type: 'statement',
                  text: "An ability to recognise that because the person's preferred balance of responsibility for decision-making may shift over time, and in relation to the issues being considered, shared decision-making needs to be implemented flexibly",
                },
                {
                  id: 'wales-sp:1.2b.s04',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that shared decision-making can also:',
                  children: [
                    {
                      id: 'wales-sp:1.2b.s04.p01',
                      type: 'sub-point',
                      text: 'encourage people to feel more involved, engaged and empowered',
                    },
                    {
                      id: 'wales-sp:1.2b.s04.p02',
                      type: 'sub-point',
                      text: 'encourage the social prescribing practitioner to be more open and transparent about their sense of what might help',
                    },
                    {
                      id: 'wales-sp:1.2b.s04.p03',
                      type: 'sub-point',
                      text: 'promote open, honest conversations, even in stressful contexts',
                    },
                    {
                      id: 'wales-sp:1.2b.s04.p04',
                      type: 'sub-point',
                      text: 'enhance collaborative working by improving relationships between the social prescribing practitioner and the person they are working with',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.2b.s05',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that common challenges to shared decision-making include:',
                  children: [
                    {
                      id: 'wales-sp:1.2b.s05.p01',
                      type: 'sub-point',
                      text: 'when the social prescribing practitioner uses complex language that the person might struggle with (failing to adjust their language so as to be clear to the person)',
                    },
                    {
                      id: 'wales-sp:1.2b.s05.p02',
                      type: 'sub-point',
                      text: "Recognising when the social prescribing practitioner's approach to decision-making is biased by their own experiences, expertise and assumptions, and that because the person's beliefs and values may be different to practitioners this should influence decision-making",
                    },
                    {
                      id: 'wales-sp:1.2b.s05.p03',
                      type: 'sub-point',
                      text: 'the need to make more than one decision in an intervention (because shared decision-making is not a one-off event)',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.2b.s06',
                  type: 'statement',
                  text: 'An ability to take risk management into account, and consider responsibilities around safeguarding and duty of care (which may limit how much the social prescribing practitioner can be open to shared decision-making, and to the expressed wishes of the person they are working with)',
                  children: [
                    {
                      id: 'wales-sp:1.2b.s06.p01',
                      type: 'sub-point',
                      text: 'an ability to judge when positive risk-taking is appropriate (taking carefully considered risks to achieve a positive benefit)',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:1.2b.h02',
              type: 'subheading',
              text: 'Co-production',
              children: [
                {
                  id: 'wales-sp:1.2b.s07',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that co-production:',
                  children: [
                    {
                      id: 'wales-sp:1.2b.s07.p01',
                      type: 'sub-point',
                      text: 'aims to develop more equal and equitable partnerships between people who use services and social prescribing practitioners',
                    },
                    {
                      id: 'wales-sp:1.2b.s07.p02',
                      type: 'sub-point',
                      text: 'focuses on improving the quality of service delivery by including experts by experience in the commissioning, design, delivery and evaluation of services that meet their needs',
                    },
                    {
                      id: 'wales-sp:1.2b.s07.p03',
                      type: 'sub-point',
                      text: "brings together people, social prescribing practitioners and an organisation's decision-makers",
                    },
                    {
                      id: 'wales-sp:1.2b.s07.p04',
                      type: 'sub-point',
                      text: 'is when practitioners and experts by experience share power to shape and deliver services together, recognising the contribution of everyone',
                    },
                    {
                      id: 'wales-sp:1.2b.s07.p05',
                      type: 'sub-point',
                      text: 'when working with children and young people, it requires balancing the need of the child with that of the parent or guardian',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.2b.s08',
                  type: 'statement',
                  text: "An ability to draw on knowledge that co-production recognises that people have 'assets' and resources based on their lived experience, and so:",
                  children: [
                    {
                      id: 'wales-sp:1.2b.s08.p01',
                      type: 'sub-point',
                      text: 'builds on the knowledge, experience and capabilities of experts by experience',
                    },
                    {
                      id: 'wales-sp:1.2b.s08.p02',
                      type: 'sub-point',
                      text: 'develops two-way (reciprocal) relationships',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.2b.s09',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the values and principles that underpin co-production:',
                  children: [
                    {
                      id: 'wales-sp:1.2b.s09.p01',
                      type: 'sub-point',
                      text: 'equality – that no one group or person is more important than anyone else, and everyone has skills and abilities to contribute',
                    },
                    {
                      id: 'wales-sp:1.2b.s09.p02',
                      type: 'sub-point',
                      text: 'diversity – making co-production as inclusive and diverse as possible, and that seldom-heard groups are included',
                    },
                    {
                      id: 'wales-sp:1.2b.s09.p03',
                      type: 'sub-point',
                      text: 'equity and accessibility – trying to give everyone an equal opportunity to participate fully, in the way that suits them best',
                    },
                    {
                      id: 'wales-sp:1.2b.s09.p04',
                      type: 'sub-point',
                      text: "reciprocity – acknowledging the value of participants' contribution, and the time and energy they have committed to the process (for example through time credits, vouchers, payment or travel expenses)",
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.2b.s10',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the relationships involved in implementing co-production:',
                  children: [
                    {
                      id: 'wales-sp:1.2b.s10.p01',
                      type: 'sub-point',
                      text: 'focusing on what matters to the people involved',
                    },
                    {
                      id: 'wales-sp:1.2b.s10.p02',
                      type: 'sub-point',
                      text: 'Building trust by developing two-way (reciprocal) relationships',
                    },
                    {
                      id: 'wales-sp:1.2b.s10.p03',
                      type: 'sub-point',
                      text: 'building relationships across traditional silos',
                    },
                    {
                      id: 'wales-sp:1.2b.s10.p04',
                      type: 'sub-point',
                      text: 'encouraging peer support',
                    },
                    {
                      id: 'wales-sp:1.2b.s10.p05',
                      type: 'sub-point',
                      text: 'recognising that everyone has skills and abilities to contribute and ensuring that no one group or person is treated as more important than anyone else',
                    },
                    {
                      id: 'wales-sp:1.2b.s10.p06',
                      type: 'sub-point',
                      text: 'recognising that if people have experienced disempowerment it might lead some to hold back from expressing themselves, and supporting them to overcome this',
                    },
                    {
                      id: 'wales-sp:1.2b.s10.p07',
                      type: 'sub-point',
                      text: 'enabling everyone to be part of decisions that create positive change',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:1.2c',
          type: 'competence-area',
          code: '1.2c',
          title: 'Knowledge of trauma-informed approach',
          text: 'Knowledge of trauma-informed approach',
          children: [
            {
              id: 'wales-sp:1.2c.n01',
              type: 'paragraph',
              text: 'See the Trauma-Informed Wales Framework (Hyb ACE Cymru/ ACE Hub Wales, 2022) for a detailed account of the application of the trauma-informed approach in Wales',
            },
            {
              id: 'wales-sp:1.2c.s01',
              type: 'statement',
              text: 'An ability to draw on knowledge that the experience of trauma is part of the life story of many people with physical and mental health and wellbeing difficulties',
            },
            {
              id: 'wales-sp:1.2c.s02',
              type: 'statement',
              text: 'An ability to draw on knowledge that people can be re-traumatised by negative experiences of services, for example giving them a sense that:',
              children: [
                {
                  id: 'wales-sp:1.2c.s02.p01',
                  type: 'sub-point',
                  text: 'they are viewed only through the lens of a diagnosis or label',
                },
                {
                  id: 'wales-sp:1.2c.s02.p02',
                  type: 'sub-point',
                  text: 'they have no choice over their treatment',
                },
                {
                  id: 'wales-sp:1.2c.s02.p03',
                  type: 'sub-point',
                  text: "things are done 'to' them rather than 'with' them",
                },
                {
                  id: 'wales-sp:1.2c.s02.p04',
                  type: 'sub-point',
                  text: 'they do not have the opportunity to give feedback about the care they are receiving',
                },
                {
                  id: 'wales-sp:1.2c.s02.p05',
                  type: 'sub-point',
                  text: 'their trust has been violated',
                },
                {
                  id: 'wales-sp:1.2c.s02.p06',
                  type: 'sub-point',
                  text: 'they have been subjected to coercive practices',
                },
              ],
            },
            {
              id: 'wales-sp:1.2c.s03',
              type: 'statement',
              text: "An ability to draw on knowledge that experiencing trauma and adversity can impact on a person's sense of self, their sense of others and their beliefs about the world, and that these beliefs can directly impact on their ability or motivation to connect with and use services",
            },
            {
              id: 'wales-sp:1.2c.s04',
              type: 'statement',
              text: 'An ability to draw on knowledge that trauma-informed care involves ensuring that people who use services are not re-traumatised and can feel that:',
              children: [
                {
                  id: 'wales-sp:1.2c.s04.p01',
                  type: 'sub-point',
                  text: 'their physical and emotional safety is being addressed',
                },
                {
                  id: 'wales-sp:1.2c.s04.p02',
                  type: 'sub-point',
                  text: 'they have choice and control over their treatment',
                },
                {
                  id: 'wales-sp:1.2c.s04.p03',
                  type: 'sub-point',
                  text: 'they are part of collaborative care (that decisions about their care are made jointly)',
                },
                {
                  id: 'wales-sp:1.2c.s04.p04',
                  type: 'sub-point',
                  text: 'providers of care are trustworthy',
                },
                {
                  id: 'wales-sp:1.2c.s04.p05',
                  type: 'sub-point',
                  text: 'each contact validates and affirms them as individuals, and so empowers them',
                },
              ],
            },
            {
              id: 'wales-sp:1.2c.s05',
              type: 'statement',
              text: "An ability to draw on knowledge that a trauma-informed approach involves developing and maintaining relationships that help people to feel safe telling their story and to engage in a narrative that centres on 'what has happened to me'",
            },
          ],
        },
        {
          id: 'wales-sp:1.3',
          type: 'competence-area',
          code: '1.3',
          title: 'Knowledge of factors contributing to social, physical and mental wellbeing',
          text: 'Knowledge of factors contributing to social, physical and mental wellbeing',
          children: [
            {
              id: 'wales-sp:1.3.h01',
              type: 'subheading',
              text: 'Definition of social wellbeing',
              children: [
                {
                  id: 'wales-sp:1.3.n01',
                  type: 'paragraph',
                  text: "Social wellbeing can be seen as having two parts: a person's own sense of their wellbeing, and their capability to access and enjoy the social resources available to them. This means it can be broadly defined as the capability that people have to engage socially with their environments, in ways that help them flourish and function.",
                },
                {
                  id: 'wales-sp:1.3.s01',
                  type: 'statement',
                  text: "An ability to draw on knowledge that social, physical and mental wellbeing is underpinned by a person's capability to develop and maintain meaningful relationships with others, and that this contributes to:",
                  children: [
                    {
                      id: 'wales-sp:1.3.s01.p01',
                      type: 'sub-point',
                      text: 'feeling authentic and valued',
                    },
                    {
                      id: 'wales-sp:1.3.s01.p02',
                      type: 'sub-point',
                      text: 'a sense of connectedness and belonging',
                    },
                    {
                      id: 'wales-sp:1.3.s01.p03',
                      type: 'sub-point',
                      text: 'access to community resources and community and family support',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.3.s02',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that supporting and enhancing wellbeing is an important aim of social prescribing',
                },
                {
                  id: 'wales-sp:1.3.s03',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that difficulties in developing and maintaining social, physical and mental wellbeing can lead to social isolation, and that withdrawal from contact with others can become a vicious spiral:',
                  children: [
                    {
                      id: 'wales-sp:1.3.s03.p01',
                      type: 'sub-point',
                      text: 'isolation leading to negative feelings (such as fear or a sense of threat)',
                    },
                    {
                      id: 'wales-sp:1.3.s03.p02',
                      type: 'sub-point',
                      text: 'unhelpful behaviour that reinforces isolation',
                    },
                    {
                      id: 'wales-sp:1.3.s03.p03',
                      type: 'sub-point',
                      text: 'social isolation leading to loneliness',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.3.s04',
                  type: 'statement',
                  text: "An ability to draw on knowledge that different aspects of a person's life contribute to their social world, and so to their health and social wellbeing, for example:",
                  children: [
                    {
                      id: 'wales-sp:1.3.s04.p01',
                      type: 'sub-point',
                      text: 'mental wellbeing:',
                      children: [
                        {
                          id: 'wales-sp:1.3.s04.p01.p01',
                          type: 'sub-point',
                          text: 'feeling safe when expressing or managing emotions and experiencing positive emotions',
                        },
                        {
                          id: 'wales-sp:1.3.s04.p01.p02',
                          type: 'sub-point',
                          text: 'connecting with and having meaningful relationships with others (such as family and friends)',
                        },
                        {
                          id: 'wales-sp:1.3.s04.p01.p03',
                          type: 'sub-point',
                          text: 'being able to form and sustain relationships',
                        },
                        {
                          id: 'wales-sp:1.3.s04.p01.p04',
                          type: 'sub-point',
                          text: 'avoiding negativity and unpredictable extremes that make it harder to form and maintain close relationships',
                        },
                        {
                          id: 'wales-sp:1.3.s04.p01.p05',
                          type: 'sub-point',
                          text: 'having satisfying everyday pastimes and activities',
                        },
                      ],
                    },
                    {
                      id: 'wales-sp:1.3.s04.p02',
                      type: 'sub-point',
                      text: 'physical wellbeing:',
                      children: [
                        {
                          id: 'wales-sp:1.3.s04.p02.p01',
                          type: 'sub-point',
                          text: 'feeling physically well makes it more likely that people will be more open to others',
                        },
                        {
                          id: 'wales-sp:1.3.s04.p02.p02',
                          type: 'sub-point',
                          text: 'feeling physically unwell may lead to people becoming more absorbed in themselves or limit their movements, making them more likely to withdraw socially',
                        },
                      ],
                    },
                    {
                      id: 'wales-sp:1.3.s04.p03',
                      type: 'sub-point',
                      text: 'social and community wellbeing:',
                      children: [
                        {
                          id: 'wales-sp:1.3.s04.p03.p01',
                          type: 'sub-point',
                          text: 'more likely when the setting is stimulating, supportive, and enriching, in terms of the physical, social and work environment, and where people feel respected, accepted and appreciated',
                        },
                        {
                          id: 'wales-sp:1.3.s04.p03.p02',
                          type: 'sub-point',
                          text: "underpinned by a person's ability and opportunity to participate socially (feeling valued by, connected to and involved with their local community and society as a whole)",
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:1.4',
          type: 'competence-area',
          code: '1.4',
          title: 'Knowledge of the impact of social inequalities on health',
          text: 'Knowledge of the impact of social inequalities on health',
          children: [
            {
              id: 'wales-sp:1.4.h01',
              type: 'subheading',
              text: 'An asset-based approach to health and wellbeing',
              children: [
                {
                  id: 'wales-sp:1.4.n01',
                  type: 'paragraph',
                  text: 'This approach assumes that everyone has assets, but inequality and inequity impact on the quality and extent of these assets.',
                },
                {
                  id: 'wales-sp:1.4.s01',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the relationship between poor mental and physical health and:',
                  children: [
                    {
                      id: 'wales-sp:1.4.s01.p01',
                      type: 'sub-point',
                      text: 'social inequalities',
                    },
                    {
                      id: 'wales-sp:1.4.s01.p02',
                      type: 'sub-point',
                      text: "'lower' occupational social class",
                    },
                    {
                      id: 'wales-sp:1.4.s01.p03',
                      type: 'sub-point',
                      text: 'greater socioeconomic deprivation',
                    },
                    {
                      id: 'wales-sp:1.4.s01.p04',
                      type: 'sub-point',
                      text: 'lower levels of educational attainment',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.4.s02',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that people who are socioeconomically disadvantaged are at greater risk of poor health because they are more likely to have ongoing stressful experiences and negative life events, such as:',
                  children: [
                    {
                      id: 'wales-sp:1.4.s02.p01',
                      type: 'sub-point',
                      text: 'adversity',
                    },
                    {
                      id: 'wales-sp:1.4.s02.p02',
                      type: 'sub-point',
                      text: 'mental health needs',
                    },
                    {
                      id: 'wales-sp:1.4.s02.p03',
                      type: 'sub-point',
                      text: 'relationship breakdown',
                    },
                    {
                      id: 'wales-sp:1.4.s02.p04',
                      type: 'sub-point',
                      text: 'social isolation',
                    },
                    {
                      id: 'wales-sp:1.4.s02.p05',
                      type: 'sub-point',
                      text: 'experience of stigma',
                    },
                    {
                      id: 'wales-sp:1.4.s02.p06',
                      type: 'sub-point',
                      text: 'emotional distress',
                    },
                    {
                      id: 'wales-sp:1.4.s02.p07',
                      type: 'sub-point',
                      text: 'financial insecurity (such as difficulties accessing financial support or accessing welfare benefits)',
                    },
                    {
                      id: 'wales-sp:1.4.s02.p08',
                      type: 'sub-point',
                      text: 'poor housing',
                    },
                    {
                      id: 'wales-sp:1.4.s02.p09',
                      type: 'sub-point',
                      text: 'environmental factors (such as pollution, persistent noise, or the consequences of climate change)',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.4.s03',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that some groups of people may be at more risk of poor health, for example:',
                  children: [
                    {
                      id: 'wales-sp:1.4.s03.p01',
                      type: 'sub-point',
                      text: 'people who have been or are in the criminal justice system',
                    },
                    {
                      id: 'wales-sp:1.4.s03.p02',
                      type: 'sub-point',
                      text: 'people from the Gypsy, Roma and Traveller communities',
                    },
                    {
                      id: 'wales-sp:1.4.s03.p03',
                      type: 'sub-point',
                      text: 'people who have been trafficked, or are refugees or asylum seekers',
                    },
                    {
                      id: 'wales-sp:1.4.s03.p04',
                      type: 'sub-point',
                      text: 'people with learning difficulties',
                    },
                    {
                      id: 'wales-sp:1.4.s03.p05',
                      type: 'sub-point',
                      text: 'people who have had adverse childhood experiences',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.4.s04',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that some (but not all) ethnic minority groups are at greater risk of poor health',
                  children: [
                    {
                      id: 'wales-sp:1.4.s04.p01',
                      type: 'sub-point',
                      text: 'an ability to draw on knowledge that in some ethnic minority groups there may be differences in vulnerability between men and women',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:1.5',
          type: 'competence-area',
          code: '1.5',
          title: 'Knowledge of mental and physical health presentations and their impact on wellbeing',
          text: 'Knowledge of mental and physical health presentations and their impact on wellbeing',
          children: [
            {
              id: 'wales-sp:1.5.h01',
              type: 'subheading',
              text: 'Knowledge of mental and physical health presentations',
              children: [
                {
                  id: 'wales-sp:1.5.s01',
                  type: 'statement',
                  text: 'An ability to draw on basic knowledge of the likely range of mental and physical health issues in people who social prescribing practitioners will be working with, and the ways these usually present',
                },
                {
                  id: 'wales-sp:1.5.s02',
                  type: 'statement',
                  text: "An ability to draw on knowledge of how mental and physical health issues (particularly when experienced long-term) can disrupt a person's thinking, feeling, mood, ability to relate to others, daily functioning and quality of life",
                },
                {
                  id: 'wales-sp:1.5.s03',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the importance of families, carers and social networks in relation to supporting and managing mental and physical health issues',
                },
              ],
            },
            {
              id: 'wales-sp:1.5.h02',
              type: 'subheading',
              text: 'Knowledge of the impact of mental health on wellbeing',
              children: [
                {
                  id: 'wales-sp:1.5.s04',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of how mental health can affect wellbeing, day-to-day functioning and individual development, for example through:',
                  children: [
                    {
                      id: 'wales-sp:1.5.s04.p01',
                      type: 'sub-point',
                      text: 'the impact on family functioning',
                    },
                    {
                      id: 'wales-sp:1.5.s04.p02',
                      type: 'sub-point',
                      text: 'difficulty in developing and maintaining intimate, family and social relationships',
                    },
                    {
                      id: 'wales-sp:1.5.s04.p03',
                      type: 'sub-point',
                      text: 'difficulty finding and maintaining employment and education/training',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.5.s05',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of factors that promote wellbeing and emotional resilience (for example: being in education, training or employment; having good self-esteem; having higher levels of social support; having good physical health)',
                },
              ],
            },
            {
              id: 'wales-sp:1.5.h03',
              type: 'subheading',
              text: 'Knowledge of associations between mental and physical health',
              children: [
                {
                  id: 'wales-sp:1.5.s06',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that people with mental health needs are more vulnerable to a range of physical health conditions (for example obesity, diabetes and cardiovascular disease)',
                },
                {
                  id: 'wales-sp:1.5.s07',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that physical illnesses (especially long-term conditions) are a significant risk factor for mental health, particularly anxiety and depression',
                },
              ],
            },
            {
              id: 'wales-sp:1.5.h04',
              type: 'subheading',
              text: 'Help-seeking',
              children: [
                {
                  id: 'wales-sp:1.5.s08',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that fear and/or experience of stigma and discrimination can stop people from seeking mental health support, and:',
                  children: [
                    {
                      id: 'wales-sp:1.5.s08.p01',
                      type: 'sub-point',
                      text: 'an ability to draw on knowledge that only about one in four people with mental health problems receive active treatment',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:1.6',
          type: 'competence-area',
          code: '1.6',
          title: 'Knowledge of models of behaviour change and strategies to promote it',
          text: 'Knowledge of models of behaviour change and strategies to promote it',
          children: [
            {
              id: 'wales-sp:1.6.s01',
              type: 'statement',
              text: 'An ability to draw on knowledge that achieving behaviour change is a process driven by a number of factors, all of which may be relevant when co-producing an action plan, including:',
              children: [
                {
                  id: 'wales-sp:1.6.s01.p01',
                  type: 'sub-point',
                  text: "the person's capability to perform the behaviour (for example, their physical and emotional capacity)",
                },
                {
                  id: 'wales-sp:1.6.s01.p02',
                  type: 'sub-point',
                  text: "the person's sense of self-efficacy (their confidence that they can carry out and maintain the behaviour)",
                },
                {
                  id: 'wales-sp:1.6.s01.p03',
                  type: 'sub-point',
                  text: "the person's motivation to undertake the behaviour",
                },
                {
                  id: 'wales-sp:1.6.s01.p04',
                  type: 'sub-point',
                  text: "the person's intention to undertake the behaviour, shaped by:",
                  children: [
                    {
                      id: 'wales-sp:1.6.s01.p04.p01',
                      type: 'sub-point',
                      text: 'their attitude towards the behaviour (for example, their expectations of its likely benefit)',
                    },
                    {
                      id: 'wales-sp:1.6.s01.p04.p02',
                      type: 'sub-point',
                      text: 'their perception of their ability to undertake the behaviour',
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.6.s01.p05',
                  type: 'sub-point',
                  text: "the person's opportunities to carry out the behaviour",
                },
                {
                  id: 'wales-sp:1.6.s01.p06',
                  type: 'sub-point',
                  text: "the influence of the person's social context (which shapes their sense of what is or is not 'normal', and in which behaviour is learned and enacted)",
                },
                {
                  id: 'wales-sp:1.6.s01.p07',
                  type: 'sub-point',
                  text: 'the external/environmental support that a person receives (from family, friends and community)',
                },
              ],
            },
            {
              id: 'wales-sp:1.6.s02',
              type: 'statement',
              text: 'An ability to draw on knowledge that behaviour change is a process, and:',
              children: [
                {
                  id: 'wales-sp:1.6.s02.p01',
                  type: 'sub-point',
                  text: "it can be characterised as a series of steps (achieving the motivation and intention to change, 'actioning' change and maintaining change)",
                },
                {
                  id: 'wales-sp:1.6.s02.p02',
                  type: 'sub-point',
                  text: 'each step can be revisited as the process of change takes place',
                },
                {
                  id: 'wales-sp:1.6.s02.p03',
                  type: 'sub-point',
                  text: 'each step requires planning and the identification of potential challenges to change',
                },
                {
                  id: 'wales-sp:1.6.s02.p04',
                  type: 'sub-point',
                  text: 'change can include repeating steps (recognising that relapse is a natural part of the process of change)',
                },
              ],
            },
            {
              id: 'wales-sp:1.6.h01',
              type: 'subheading',
              text: 'Promoting behavioural change',
              children: [
                {
                  id: 'wales-sp:1.6.h02',
                  type: 'subheading',
                  text: 'Action planning (identifying goals and target behaviours)',
                  children: [
                    {
                      id: 'wales-sp:1.6.s03',
                      type: 'statement',
                      text: 'An ability to work with the person to identify both short and long-term goals that are relevant to their concerns and values',
                    },
                    {
                      id: 'wales-sp:1.6.s04',
                      type: 'statement',
                      text: 'An ability to work with the person to identify target behaviours that relate to the identified and agreed goals, and that:',
                      children: [
                        {
                          id: 'wales-sp:1.6.s04.p01',
                          type: 'sub-point',
                          text: 'are amenable to change',
                        },
                        {
                          id: 'wales-sp:1.6.s04.p02',
                          type: 'sub-point',
                          text: 'are meaningful and relevant to the person',
                        },
                        {
                          id: 'wales-sp:1.6.s04.p03',
                          type: 'sub-point',
                          text: 'the person is in a position to effect behavioural change in terms of:',
                          children: [
                            {
                              id: 'wales-sp:1.6.s04.p03.p01',
                              type: 'sub-point',
                              text: 'their physical and psychological capacity to make the changes',
                            },
                            {
                              id: 'wales-sp:1.6.s04.p03.p02',
                              type: 'sub-point',
                              text: 'the physical, economic and social environment they live and work in',
                            },
                            {
                              id: 'wales-sp:1.6.s04.p03.p03',
                              type: 'sub-point',
                              text: 'their motivation to change the specific behaviours',
                            },
                          ],
                        },
                      ],
                    },
                  ],
                },
                {
                  id: 'wales-sp:1.6.h03',
                  type: 'subheading',
                  text: 'Reviewing progress – supporting and maintaining change',
                  children: [
                    {
                      id: 'wales-sp:1.6.s05',
                      type: 'statement',
                      text: 'An ability to discuss with the person the impact of any changes to behaviour, how the changes make them feel and any other impacts they notice',
                    },
                    {
                      id: 'wales-sp:1.6.s06',
                      type: 'statement',
                      text: 'An ability to review goals with the person (for example, identifying new goals and reviewing current goals to see if are too challenging), and:',
                      children: [
                        {
                          id: 'wales-sp:1.6.s06.p01',
                          type: 'sub-point',
                          text: 'identifying environmental changes that may facilitate change',
                        },
                        {
                          id: 'wales-sp:1.6.s06.p02',
                          type: 'sub-point',
                          text: 'identifying factors that may prompt (and therefore support) the behaviour, for example:',
                          children: [
                            {
                              id: 'wales-sp:1.6.s06.p02.p01',
                              type: 'sub-point',
                              text: 'social support from friends or family',
                            },
                          ],
                        },
                        {
                          id: 'wales-sp:1.6.s06.p03',
                          type: 'sub-point',
                          text: 'identifying rewards for behavioural change',
                        },
                        {
                          id: 'wales-sp:1.6.s06.p04',
                          type: 'sub-point',
                          text: 'identifying factors that may challenge or prevent the new behaviours',
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'wales-sp:domain-2',
      type: 'domain',
      code: '2',
      title: 'Professional competences',
      text: 'Professional competences',
      children: [
        {
          id: 'wales-sp:2.1',
          type: 'competence-area',
          code: '2.1',
          title: 'Knowledge of, and ability to work within, professional, legal and ethical frameworks',
          text: 'Knowledge of, and ability to work within, professional, legal and ethical frameworks',
          children: [
            {
              id: 'wales-sp:2.1.h01',
              type: 'subheading',
              text: 'Standards of conduct and confidentiality/consent',
              children: [
                {
                  id: 'wales-sp:2.1.n01',
                  type: 'paragraph',
                  text: 'The standards of conduct set out in this section are expected of all social prescribing practitioners, whether or not they have a core profession.',
                },
                {
                  id: 'wales-sp:2.1.n02',
                  type: 'paragraph',
                  text: 'This section includes references to confidentiality and consent, areas of practice that are described more in section 2.2.',
                },
                {
                  id: 'wales-sp:2.1.s01',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that ethical and professional guidance represents a set of principles that need to be interpreted and applied to unique situations',
                },
                {
                  id: 'wales-sp:2.1.s02',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of national legislation and local agreements that apply to all social prescribing practitioners in the service, and how these are implemented in relation to:',
                  children: [
                    {
                      id: 'wales-sp:2.1.s02.p01',
                      type: 'sub-point',
                      text: 'capacity and consent',
                    },
                    {
                      id: 'wales-sp:2.1.s02.p02',
                      type: 'sub-point',
                      text: 'confidentiality',
                    },
                    {
                      id: 'wales-sp:2.1.s02.p03',
                      type: 'sub-point',
                      text: 'data protection',
                    },
                    {
                      id: 'wales-sp:2.1.s02.p04',
                      type: 'sub-point',
                      text: 'information sharing',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.1.h02',
              type: 'subheading',
              text: 'Able to maintain appropriate standards of conduct',
              children: [
                {
                  id: 'wales-sp:2.1.s03',
                  type: 'statement',
                  text: 'An ability for social prescribing practitioners to maintain boundaries, for example by:',
                  children: [
                    {
                      id: 'wales-sp:2.1.s03.p01',
                      type: 'sub-point',
                      text: 'making sure they do not use their position and/or role in relation to the person being supported to further their own ends',
                    },
                    {
                      id: 'wales-sp:2.1.s03.p02',
                      type: 'sub-point',
                      text: 'not accepting gifts, hospitality or loans that may be interpreted as trying to get preferential treatment',
                    },
                    {
                      id: 'wales-sp:2.1.s03.p03',
                      type: 'sub-point',
                      text: 'maintaining clear and appropriate personal and sexual boundaries',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.1.s04',
                  type: 'statement',
                  text: 'An ability for social prescribing practitioners to recognise and work within the limits of their qualifications, knowledge, skills and experience',
                },
              ],
            },
            {
              id: 'wales-sp:2.1.h03',
              type: 'subheading',
              text: 'Able to maintain standards of competence',
              children: [
                {
                  id: 'wales-sp:2.1.s05',
                  type: 'statement',
                  text: 'An ability to maintain and update skills and knowledge through participation in continuing development',
                },
                {
                  id: 'wales-sp:2.1.s06',
                  type: 'statement',
                  text: 'An ability to look for opportunities to increase knowledge of and skills in social prescribing',
                },
              ],
            },
            {
              id: 'wales-sp:2.1.h04',
              type: 'subheading',
              text: 'Sharing information to maintain safety',
              children: [
                {
                  id: 'wales-sp:2.1.s07',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that it is appropriate to breach confidentiality when withholding information could put a person or others (such as family members, significant others, professionals or members of the public) at risk of significant harm',
                },
                {
                  id: 'wales-sp:2.1.s08',
                  type: 'statement',
                  text: 'An ability to judge when it is in the best interests of the person to disclose information, taking into account their wishes and views about sharing information and holding in mind:',
                  children: [
                    {
                      id: 'wales-sp:2.1.s08.p01',
                      type: 'sub-point',
                      text: 'that disclosure is appropriate if it prevents serious harm to a person who lacks capacity',
                    },
                    {
                      id: 'wales-sp:2.1.s08.p02',
                      type: 'sub-point',
                      text: 'the immediacy of any risk (for example when there is clear evidence of suicidal intent, such as a plan)',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.1.s09',
                  type: 'statement',
                  text: "An ability to discuss concerns about disclosure with colleagues (without revealing the person's identity)",
                },
                {
                  id: 'wales-sp:2.1.s10',
                  type: 'statement',
                  text: 'When working with people of all ages, an ability to draw on knowledge of safeguarding including when deciding to share information in relation to their needs',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:2.2',
          type: 'competence-area',
          code: '2.2',
          title: 'Knowledge of, and ability to work with, issues of confidentiality and consent',
          text: 'Knowledge of, and ability to work with, issues of confidentiality and consent',
          children: [
            {
              id: 'wales-sp:2.2.h01',
              type: 'subheading',
              text: 'Confidentiality, consent and capacity',
              children: [
                {
                  id: 'wales-sp:2.2.n01',
                  type: 'paragraph',
                  text: "Decisions about issues of confidentiality and consent may be influenced by judgements about the person's capacity.",
                },
              ],
            },
            {
              id: 'wales-sp:2.2.h02',
              type: 'subheading',
              text: 'Knowledge of policies and legislation',
              children: [
                {
                  id: 'wales-sp:2.2.s01',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of local confidentiality and information-sharing policies, both within and between teams or agencies',
                },
              ],
            },
            {
              id: 'wales-sp:2.2.h03',
              type: 'subheading',
              text: 'Obtaining consent',
              children: [
                {
                  id: 'wales-sp:2.2.s02',
                  type: 'statement',
                  text: 'An ability to give people the information they need so they can decide if they want to proceed with meetings with a social prescribing practitioner, for example:',
                  children: [
                    {
                      id: 'wales-sp:2.2.s02.p01',
                      type: 'sub-point',
                      text: 'what the meetings would involve',
                    },
                    {
                      id: 'wales-sp:2.2.s02.p02',
                      type: 'sub-point',
                      text: 'the potential benefits of the meetings',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.2.s03',
                  type: 'statement',
                  text: 'An ability to invite and actively respond to questions about social prescribing',
                },
                {
                  id: 'wales-sp:2.2.s04',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that people have a right to withdraw or limit consent at any time, and:',
                  children: [
                    {
                      id: 'wales-sp:2.2.s04.p01',
                      type: 'sub-point',
                      text: "if consent is declined or withdrawn, an ability to respect the person's right to make this decision",
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.2.h04',
              type: 'subheading',
              text: 'Able to draw on knowledge of confidentiality and information sharing',
              children: [
                {
                  id: 'wales-sp:2.2.s05',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that a duty of confidentiality is owed to:',
                  children: [
                    {
                      id: 'wales-sp:2.2.s05.p01',
                      type: 'sub-point',
                      text: 'the person to whom the information relates',
                    },
                    {
                      id: 'wales-sp:2.2.s05.p02',
                      type: 'sub-point',
                      text: 'any people who have provided relevant information on the understanding it is to be kept confidential',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.2.s06',
                  type: 'statement',
                  text: 'An ability to discuss issues of confidentiality with a person:',
                  children: [
                    {
                      id: 'wales-sp:2.2.s06.p01',
                      type: 'sub-point',
                      text: 'about sharing information across agencies',
                    },
                    {
                      id: 'wales-sp:2.2.s06.p02',
                      type: 'sub-point',
                      text: 'to secure and record their consent to share information',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.2.s07',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that confidentiality is breached when the sharing of confidential information is not authorised by the person who provided it or to whom it relates',
                },
                {
                  id: 'wales-sp:2.2.s08',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that there is no breach of confidentiality if:',
                  children: [
                    {
                      id: 'wales-sp:2.2.s08.p01',
                      type: 'sub-point',
                      text: 'information was provided on the understanding that it would be shared with a limited range of people or for limited purposes, and information has been shared in line with that understanding',
                    },
                    {
                      id: 'wales-sp:2.2.s08.p02',
                      type: 'sub-point',
                      text: 'there is explicit consent to the sharing of information',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.2.s09',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that it is appropriate to breach confidentiality when withholding information could:',
                  children: [
                    {
                      id: 'wales-sp:2.2.s09.p01',
                      type: 'sub-point',
                      text: 'place anyone (for example the person who is receiving social prescribing, their family members or carers, the social prescribing practitioner, other professionals or members of the public) at risk of significant harm',
                    },
                    {
                      id: 'wales-sp:2.2.s09.p02',
                      type: 'sub-point',
                      text: 'prejudice the prevention, detection or prosecution of a serious crime',
                    },
                    {
                      id: 'wales-sp:2.2.s09.p03',
                      type: 'sub-point',
                      text: 'lead to an unjustified delay in making enquiries about allegations of significant harm to others',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.2.s10',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that safeguarding needs usually take precedence over issues of consent and confidentiality',
                },
              ],
            },
            {
              id: 'wales-sp:2.2.h05',
              type: 'subheading',
              text: 'Able to share information appropriately and securely',
              children: [
                {
                  id: 'wales-sp:2.2.s11',
                  type: 'statement',
                  text: 'An ability to make sure that when a decision is made to share information, the social prescribing practitioner:',
                  children: [
                    {
                      id: 'wales-sp:2.2.s11.p01',
                      type: 'sub-point',
                      text: 'shares it only with the person or people who need to know',
                    },
                    {
                      id: 'wales-sp:2.2.s11.p02',
                      type: 'sub-point',
                      text: 'makes sure that it is necessary for the purposes for which it is being shared',
                    },
                    {
                      id: 'wales-sp:2.2.s11.p03',
                      type: 'sub-point',
                      text: 'checks that it is accurate and up to date',
                    },
                    {
                      id: 'wales-sp:2.2.s11.p04',
                      type: 'sub-point',
                      text: 'distinguishes fact from opinion',
                    },
                    {
                      id: 'wales-sp:2.2.s11.p05',
                      type: 'sub-point',
                      text: 'makes sure that if the recipient plans to pass information on to other people, they understand the limits of any consent that has been given',
                    },
                    {
                      id: 'wales-sp:2.2.s11.p06',
                      type: 'sub-point',
                      text: 'makes sure that the person whose information it is (or the person who provided the information) is told that it is being shared, if it is safe to do so',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.2.s12',
                  type: 'statement',
                  text: 'An ability to make sure that information is shared securely and in line with local policies',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:2.3',
          type: 'competence-area',
          code: '2.3',
          title: 'Able to work with differences',
          text: 'Able to work with differences',
          children: [
            {
              id: 'wales-sp:2.3.h01',
              type: 'subheading',
              text: 'Cultural competence',
              children: [
                {
                  id: 'wales-sp:2.3.n01',
                  type: 'paragraph',
                  text: 'Working in a culturally competent way means valuing diversity, equality and inclusion, respecting the beliefs, practices and lifestyles of people who use social prescribing services, and how these may affect their experience of the service.',
                },
              ],
            },
            {
              id: 'wales-sp:2.3.h02',
              type: 'subheading',
              text: 'Stance',
              children: [
                {
                  id: 'wales-sp:2.3.s01',
                  type: 'statement',
                  text: 'An ability to work in a person-centred way (making sure the person is at the centre of decisions that relate to their life)',
                },
                {
                  id: 'wales-sp:2.3.s02',
                  type: 'statement',
                  text: 'An ability to treat everyone with dignity, compassion and respect',
                },
                {
                  id: 'wales-sp:2.3.s03',
                  type: 'statement',
                  text: 'An ability to make sure that people are treated with dignity, respect, kindness, compassion and consideration',
                },
                {
                  id: 'wales-sp:2.3.s04',
                  type: 'statement',
                  text: 'An ability to:',
                  children: [
                    {
                      id: 'wales-sp:2.3.s04.p01',
                      type: 'sub-point',
                      text: 'equally value all people for their unique characteristics',
                    },
                    {
                      id: 'wales-sp:2.3.s04.p02',
                      type: 'sub-point',
                      text: 'support people who come from different social or cultural backgrounds',
                    },
                    {
                      id: 'wales-sp:2.3.s04.p03',
                      type: 'sub-point',
                      text: 'be aware of stigmatising and discriminatory attitudes and behaviours in themselves and others (and be able to challenge these)',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.3.h03',
              type: 'subheading',
              text: "Knowledge of the relevance and impact of people's beliefs, practices, demographic factors, identities and lifestyles",
              children: [
                {
                  id: 'wales-sp:2.3.s05',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that the people included in discussion of different beliefs, practices or lifestyles usually are or have been disadvantaged, discriminated against or excluded',
                },
                {
                  id: 'wales-sp:2.3.s06',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that people can be part of more than one group or community, and that the implications of different combinations of identity and lifestyle factors need to be held in mind',
                },
                {
                  id: 'wales-sp:2.3.s07',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the range of social and cultural factors that may need to be embraced as part of practice, for example:',
                  children: [
                    {
                      id: 'wales-sp:2.3.s07.p01',
                      type: 'sub-point',
                      text: 'ethnicity, race and culture',
                    },
                    {
                      id: 'wales-sp:2.3.s07.p02',
                      type: 'sub-point',
                      text: 'sex, gender identity and sexuality',
                    },
                    {
                      id: 'wales-sp:2.3.s07.p03',
                      type: 'sub-point',
                      text: 'religious and spiritual beliefs',
                    },
                    {
                      id: 'wales-sp:2.3.s07.p04',
                      type: 'sub-point',
                      text: 'socioeconomic status',
                    },
                    {
                      id: 'wales-sp:2.3.s07.p05',
                      type: 'sub-point',
                      text: 'age',
                    },
                    {
                      id: 'wales-sp:2.3.s07.p06',
                      type: 'sub-point',
                      text: 'disability',
                    },
                    {
                      id: 'wales-sp:2.3.s07.p07',
                      type: 'sub-point',
                      text: 'communication and language',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.3.s08',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the relevance and potential impact of social and cultural factors on the effectiveness, appropriateness and acceptability of particular interventions',
                },
              ],
            },
            {
              id: 'wales-sp:2.3.h04',
              type: 'subheading',
              text: 'Knowledge of social and cultural factors that can affect access to support',
              children: [
                {
                  id: 'wales-sp:2.3.s09',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of social and cultural issues that can reduce access to support, for example:',
                  children: [
                    {
                      id: 'wales-sp:2.3.s09.p01',
                      type: 'sub-point',
                      text: 'language and communication',
                    },
                    {
                      id: 'wales-sp:2.3.s09.p02',
                      type: 'sub-point',
                      text: 'social exclusion and isolation',
                    },
                    {
                      id: 'wales-sp:2.3.s09.p03',
                      type: 'sub-point',
                      text: 'lack of trust of statutory services',
                    },
                    {
                      id: 'wales-sp:2.3.s09.p04',
                      type: 'sub-point',
                      text: 'lack of knowledge about available services and how to access them',
                    },
                    {
                      id: 'wales-sp:2.3.s09.p05',
                      type: 'sub-point',
                      text: 'the range of cultural concepts, understanding and attitudes that affect views about help-seeking, treatment and support, and prevention',
                    },
                    {
                      id: 'wales-sp:2.3.s09.p06',
                      type: 'sub-point',
                      text: 'stigma, shame or fear associated with mental health difficulties or diagnoses',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.3.s10',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the potential impact of social inequalities and exclusion on the development of mental health difficulties, and on access to and experience of mental health services, resources, support and opportunities',
                },
                {
                  id: 'wales-sp:2.3.s11',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the impact of factors such as socioeconomic disadvantage or disability on practical arrangements that influence attendance and engagement (for example transport difficulties, poor health)',
                },
              ],
            },
            {
              id: 'wales-sp:2.3.h05',
              type: 'subheading',
              text: 'Able to communicate respect for a person and their family or carers',
              children: [
                {
                  id: 'wales-sp:2.3.s12',
                  type: 'statement',
                  text: 'When people from a specific sociodemographic group are regularly seen by a service, an ability to draw on knowledge of relevant beliefs, practices and lifestyles',
                },
                {
                  id: 'wales-sp:2.3.s13',
                  type: 'statement',
                  text: 'An ability to identify protective factors that are provided through membership of a specific sociodemographic group (for example, the extra support offered by extended family or members of their community)',
                },
              ],
            },
            {
              id: 'wales-sp:2.3.h06',
              type: 'subheading',
              text: "Able to gain an understanding of the person's experience of specific beliefs, practices and lifestyles",
              children: [
                {
                  id: 'wales-sp:2.3.s14',
                  type: 'statement',
                  text: 'An ability to collaborate with people to develop an understanding of their culture and world view, and the implications of any culturally specific customs or expectations for how challenges or difficulties are described and presented, and:',
                  children: [
                    {
                      id: 'wales-sp:2.3.s14.p01',
                      type: 'sub-point',
                      text: 'an ability to apply this knowledge to working with the person in a way that is culturally sensitive, culturally consistent and relevant (and that guards against cultural stereotyping)',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.3.s15',
                  type: 'statement',
                  text: "An ability to take an active interest in a person's social and cultural background, and to demonstrate a willingness to learn about their social and cultural perspectives and world view (to help build a trusting relationship with them)",
                },
                {
                  id: 'wales-sp:2.3.s16',
                  type: 'statement',
                  text: "An ability to take an active interest in the person's spirituality and beliefs, and so understand how:",
                  children: [
                    {
                      id: 'wales-sp:2.3.s16.p01',
                      type: 'sub-point',
                      text: 'their spirituality and beliefs influence their perceptions of their situation and the resources they can draw on',
                    },
                    {
                      id: 'wales-sp:2.3.s16.p02',
                      type: 'sub-point',
                      text: 'the practice of their spirituality and beliefs is linked to their sense of community engagement',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.3.h07',
              type: 'subheading',
              text: "Able to demonstrate awareness of the influence of the social prescribing practitioner's own background",
              children: [
                {
                  id: 'wales-sp:2.3.s17',
                  type: 'statement',
                  text: 'An ability for the social prescribing practitioner to draw on an awareness of their own background, group memberships and values, and how these might affect their view of the person they support, the challenges or difficulties they present, and the relationship between the person and the social prescribing practitioner',
                },
                {
                  id: 'wales-sp:2.3.s18',
                  type: 'statement',
                  text: 'An ability for the social prescribing practitioner to reflect on power differences between themselves and the people they support, and to work to minimise them to promote reciprocal and equal relationships',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:2.4',
          type: 'competence-area',
          code: '2.4',
          title: 'Knowledge of safeguarding procedures',
          text: 'Knowledge of safeguarding procedures',
          children: [
            {
              id: 'wales-sp:2.4.s01',
              type: 'statement',
              text: 'An ability to draw on knowledge that under the Social Services and Wellbeing (Wales) Act 2014, all practitioners have a duty to report and act on safeguarding concerns',
            },
            {
              id: 'wales-sp:2.4.s02',
              type: 'statement',
              text: 'An ability to draw on knowledge of local and national safeguarding policies and procedures',
            },
            {
              id: 'wales-sp:2.4.s03',
              type: 'statement',
              text: 'An ability to draw on knowledge that safeguarding concerns can come up at any point across the lifespan, from infancy to old age',
            },
            {
              id: 'wales-sp:2.4.s04',
              type: 'statement',
              text: 'An ability to draw on knowledge of the type of abuse and neglect that could trigger a safeguarding concern, such as:',
              children: [
                {
                  id: 'wales-sp:2.4.s04.p01',
                  type: 'sub-point',
                  text: 'physical abuse',
                },
                {
                  id: 'wales-sp:2.4.s04.p02',
                  type: 'sub-point',
                  text: 'domestic violence',
                },
                {
                  id: 'wales-sp:2.4.s04.p03',
                  type: 'sub-point',
                  text: 'psychological abuse',
                },
                {
                  id: 'wales-sp:2.4.s04.p04',
                  type: 'sub-point',
                  text: 'substance misuse',
                },
                {
                  id: 'wales-sp:2.4.s04.p05',
                  type: 'sub-point',
                  text: 'financial or material abuse or exploitation',
                },
                {
                  id: 'wales-sp:2.4.s04.p06',
                  type: 'sub-point',
                  text: 'sexual abuse or exploitation',
                },
                {
                  id: 'wales-sp:2.4.s04.p07',
                  type: 'sub-point',
                  text: 'neglect',
                },
                {
                  id: 'wales-sp:2.4.s04.p08',
                  type: 'sub-point',
                  text: 'abuse in an organisational context',
                },
              ],
            },
            {
              id: 'wales-sp:2.4.s05',
              type: 'statement',
              text: 'An ability to identify signs or indicators that could flag the need to institute safeguarding procedures',
            },
            {
              id: 'wales-sp:2.4.s06',
              type: 'statement',
              text: 'When working with children and young people, an ability to draw on knowledge of safeguarding legislation specific to children',
            },
            {
              id: 'wales-sp:2.4.h01',
              type: 'subheading',
              text: 'Application',
              children: [
                {
                  id: 'wales-sp:2.4.s07',
                  type: 'statement',
                  text: 'When neglect, abuse or exploitation is suspected, an ability to respond appropriately and to raise and escalate concerns in line with local safeguarding procedures',
                },
                {
                  id: 'wales-sp:2.4.s08',
                  type: 'statement',
                  text: "An ability to put the person's rights and best interests first, and to:",
                  children: [
                    {
                      id: 'wales-sp:2.4.s08.p01',
                      type: 'sub-point',
                      text: 'consider their views, wishes and feelings',
                    },
                    {
                      id: 'wales-sp:2.4.s08.p02',
                      type: 'sub-point',
                      text: 'promote and respect their dignity',
                    },
                    {
                      id: 'wales-sp:2.4.s08.p03',
                      type: 'sub-point',
                      text: 'respect their characteristics, culture and beliefs',
                    },
                    {
                      id: 'wales-sp:2.4.s08.p04',
                      type: 'sub-point',
                      text: 'involve them in any decisions that affect them',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:2.5',
          type: 'competence-area',
          code: '2.5',
          title: 'Able to work as part of a team',
          text: 'Able to work as part of a team',
          children: [
            {
              id: 'wales-sp:2.5.s01',
              type: 'statement',
              text: 'An ability to draw on knowledge that working effectively as a team is important as it can have a positive impact on the experience of people using services',
            },
            {
              id: 'wales-sp:2.5.s02',
              type: 'statement',
              text: "An ability to draw on knowledge of the team's remit, shared goals, values, culture and practice",
            },
            {
              id: 'wales-sp:2.5.s03',
              type: 'statement',
              text: 'An ability to draw on knowledge of the roles and responsibilities of other team members',
            },
            {
              id: 'wales-sp:2.5.s04',
              type: 'statement',
              text: 'An ability to work as part of the service or organisation while retaining the perspective and ethos of social prescribing',
            },
            {
              id: 'wales-sp:2.5.s05',
              type: 'statement',
              text: 'An ability to work within organisations processes and procedures (for example, inpatient or educational settings)',
            },
            {
              id: 'wales-sp:2.5.s06',
              type: 'statement',
              text: 'An ability to work effectively with colleagues to:',
              children: [
                {
                  id: 'wales-sp:2.5.s06.p01',
                  type: 'sub-point',
                  text: 'improve services and the support they offer',
                },
                {
                  id: 'wales-sp:2.5.s06.p02',
                  type: 'sub-point',
                  text: 'identify and resolve conflict or disagreement about the support being given to a person',
                },
                {
                  id: 'wales-sp:2.5.s06.p03',
                  type: 'sub-point',
                  text: 'improve their knowledge and understanding of the role of social prescribing practitioners and:',
                  children: [
                    {
                      id: 'wales-sp:2.5.s06.p03.p01',
                      type: 'sub-point',
                      text: 'how they fit within the team',
                    },
                    {
                      id: 'wales-sp:2.5.s06.p03.p02',
                      type: 'sub-point',
                      text: 'the values and principles underpinning social prescribing',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.5.s07',
              type: 'statement',
              text: 'An ability to be aware of team dynamics that challenge effective working within the team, for example when:',
              children: [
                {
                  id: 'wales-sp:2.5.s07.p01',
                  type: 'sub-point',
                  text: 'there are unhelpful power relationships',
                },
                {
                  id: 'wales-sp:2.5.s07.p02',
                  type: 'sub-point',
                  text: 'the role of social prescribing practitioners is not recognised as a distinct and valued position',
                },
                {
                  id: 'wales-sp:2.5.s07.p03',
                  type: 'sub-point',
                  text: 'social prescribing practitioners are not given the same status as those of other members of the team',
                },
              ],
            },
            {
              id: 'wales-sp:2.5.s08',
              type: 'statement',
              text: 'An ability to consider how best to respond to these challenges, usually through initial and ongoing discussions with (and support from) a supervisor, and holding in mind basic conflict resolution strategies, such as:',
              children: [
                {
                  id: 'wales-sp:2.5.s08.p01',
                  type: 'sub-point',
                  text: 'presenting a case calmly and clearly',
                },
                {
                  id: 'wales-sp:2.5.s08.p02',
                  type: 'sub-point',
                  text: 'identifying when (and when not) to challenge problematic team behaviours',
                },
                {
                  id: 'wales-sp:2.5.s08.p03',
                  type: 'sub-point',
                  text: 'focusing on the problem (rather than on personal issues)',
                },
                {
                  id: 'wales-sp:2.5.s08.p04',
                  type: 'sub-point',
                  text: 'listening to the point of view of other team members',
                },
                {
                  id: 'wales-sp:2.5.s08.p05',
                  type: 'sub-point',
                  text: 'identifying potential strategies for resolving the issues',
                },
              ],
            },
            {
              id: 'wales-sp:2.5.s09',
              type: 'statement',
              text: "An ability to raise concerns about unsafe staff practice by following the service's policies and procedures",
            },
            {
              id: 'wales-sp:2.5.h01',
              type: 'subheading',
              text: 'Communication with others in the team',
              children: [
                {
                  id: 'wales-sp:2.5.s10',
                  type: 'statement',
                  text: "An ability to communicate effectively with the team (both verbally or in writing) about the support they are providing to people (on a 'need to know' basis), and to:",
                  children: [
                    {
                      id: 'wales-sp:2.5.s10.p01',
                      type: 'sub-point',
                      text: 'record what information has been shared, who it has been shared with and for what purpose',
                    },
                    {
                      id: 'wales-sp:2.5.s10.p02',
                      type: 'sub-point',
                      text: 'seek advice (for example from a supervisor) when in doubt about sharing information',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.5.h02',
              type: 'subheading',
              text: 'Documentation',
              children: [
                {
                  id: 'wales-sp:2.5.s11',
                  type: 'statement',
                  text: 'An ability to understand how work is documented in the setting that the social prescribing practitioner works in, and to maintain a record of meetings and other contact with the people they support (in line with service guidelines and policies)',
                },
                {
                  id: 'wales-sp:2.5.s12',
                  type: 'statement',
                  text: 'An ability to understand that in statutory (and many other) settings an up-to-date record of progress for each person being supported should be entered into their clinical record (usually after each contact with the person being supported)',
                },
                {
                  id: 'wales-sp:2.5.s13',
                  type: 'statement',
                  text: 'An ability to write a record of progress that:',
                  children: [
                    {
                      id: 'wales-sp:2.5.s13.p01',
                      type: 'sub-point',
                      text: 'is person-centred, providing a sense of the person or their experience',
                    },
                    {
                      id: 'wales-sp:2.5.s13.p02',
                      type: 'sub-point',
                      text: "reflects on the person's wellbeing",
                    },
                    {
                      id: 'wales-sp:2.5.s13.p03',
                      type: 'sub-point',
                      text: "addresses the goals and objectives set out in the person's plan (when possible)",
                    },
                    {
                      id: 'wales-sp:2.5.s13.p04',
                      type: 'sub-point',
                      text: 'is concise, legible, can be understood by others, and is signed and dated',
                    },
                    {
                      id: 'wales-sp:2.5.s13.p05',
                      type: 'sub-point',
                      text: 'summarises the planning and goals that have taken place so far',
                    },
                    {
                      id: 'wales-sp:2.5.s13.p06',
                      type: 'sub-point',
                      text: 'identifies any significant issues or concerns that have arisen',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.5.h03',
              type: 'subheading',
              text: 'Planning meetings',
              children: [
                {
                  id: 'wales-sp:2.5.s14',
                  type: 'statement',
                  text: "An ability to contribute to meetings on planning, coordinating, maintaining and evaluating a person's support",
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:2.6',
          type: 'competence-area',
          code: '2.6',
          title: 'Able to develop a business case',
          text: 'Able to develop a business case',
          children: [
            {
              id: 'wales-sp:2.6.h01',
              type: 'subheading',
              text: 'Developing a business case as a social prescribing practitioner',
              children: [
                {
                  id: 'wales-sp:2.6.n01',
                  type: 'paragraph',
                  text: 'Developing a business case is potentially challenging, and for a social prescribing practitioner to do this will depend on their seniority and experience. However, knowledge of the usual contents of a business case (as set out in this section) will be useful to all social prescribing practitioners.',
                },
              ],
            },
            {
              id: 'wales-sp:2.6.h02',
              type: 'subheading',
              text: 'Preparing to make a business case',
              children: [
                {
                  id: 'wales-sp:2.6.s01',
                  type: 'statement',
                  text: 'An ability to gather information about the organisation/funding body/commissioners to whom a case will be submitted, including (for example):',
                  children: [
                    {
                      id: 'wales-sp:2.6.s01.p01',
                      type: 'sub-point',
                      text: 'their remit',
                    },
                    {
                      id: 'wales-sp:2.6.s01.p02',
                      type: 'sub-point',
                      text: 'their resources',
                    },
                    {
                      id: 'wales-sp:2.6.s01.p03',
                      type: 'sub-point',
                      text: 'their current priorities',
                    },
                    {
                      id: 'wales-sp:2.6.s01.p04',
                      type: 'sub-point',
                      text: 'their procedures and formats for receiving a business case',
                    },
                    {
                      id: 'wales-sp:2.6.s01.p05',
                      type: 'sub-point',
                      text: 'the people the case would be sent to',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.6.s02',
                  type: 'statement',
                  text: 'An ability to ask for advice and support from more experienced practitioners about the structure and content of a business case',
                },
              ],
            },
            {
              id: 'wales-sp:2.6.h03',
              type: 'subheading',
              text: 'Making the case',
              children: [
                {
                  id: 'wales-sp:2.6.s03',
                  type: 'statement',
                  text: "An ability to set out the case for maintaining or developing a social prescribing service that is adapted to the local context and remit of the social prescribing practitioner and to the commissioner's requirements, and that would usually include:",
                  children: [
                    {
                      id: 'wales-sp:2.6.s03.p01',
                      type: 'sub-point',
                      text: 'the rationale for social prescribing, a description of what the service does or would offer and a description of how services would be delivered',
                    },
                    {
                      id: 'wales-sp:2.6.s03.p02',
                      type: 'sub-point',
                      text: 'the populations the service proposes to work with and whose (currently unmet) needs are or would be addressed',
                    },
                    {
                      id: 'wales-sp:2.6.s03.p03',
                      type: 'sub-point',
                      text: 'the services and/or organisations that the social prescribing service would work with',
                    },
                    {
                      id: 'wales-sp:2.6.s03.p04',
                      type: 'sub-point',
                      text: 'an indication of how the service maps to national, regional and local policies and drivers for change (for example addressing health inequalities or people whose needs are poorly addressed by current services)',
                    },
                    {
                      id: 'wales-sp:2.6.s03.p05',
                      type: 'sub-point',
                      text: 'an outline of the evidence-base for the benefits of social prescribing, for example:',
                      children: [
                        {
                          id: 'wales-sp:2.6.s03.p05.p01',
                          type: 'sub-point',
                          text: 'its impact on wellbeing',
                        },
                        {
                          id: 'wales-sp:2.6.s03.p05.p02',
                          type: 'sub-point',
                          text: 'its impact on reducing uptake of statutory services',
                        },
                        {
                          id: 'wales-sp:2.6.s03.p05.p03',
                          type: 'sub-point',
                          text: 'costed estimates (based on research studies) of likely net returns on investment in social prescribing, for example through:',
                          children: [
                            {
                              id: 'wales-sp:2.6.s03.p05.p03.p01',
                              type: 'sub-point',
                              text: 'reductions in GP visits',
                            },
                            {
                              id: 'wales-sp:2.6.s03.p05.p03.p02',
                              type: 'sub-point',
                              text: 'reductions in visits to Accident and Emergency departments',
                            },
                          ],
                        },
                      ],
                    },
                    {
                      id: 'wales-sp:2.6.s03.p06',
                      type: 'sub-point',
                      text: 'a detailed indication (and justification) of the costs of the current or proposed service, based on how the social prescribing service is organised (for example, staffing numbers, staffing grades, physical locations, the resources that are needed)',
                    },
                    {
                      id: 'wales-sp:2.6.s03.p07',
                      type: 'sub-point',
                      text: 'an estimate of expected outcomes for the populations whose needs would be addressed or (when services are already operating) a summary of evidence of its impact',
                    },
                    {
                      id: 'wales-sp:2.6.s03.p08',
                      type: 'sub-point',
                      text: 'an indication of how the service would be monitored and quality assured',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.6.h04',
              type: 'subheading',
              text: 'Acting on feedback',
              children: [
                {
                  id: 'wales-sp:2.6.s04',
                  type: 'statement',
                  text: 'If a bid is unsuccessful, an ability to act on feedback from the funding body, and/or to ask for advice from social prescribing practitioners who have experience of developing business cases',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:2.7a',
          type: 'competence-area',
          code: '2.7a',
          title: 'Able to reflect on work',
          text: 'Able to reflect on work',
          children: [
            {
              id: 'wales-sp:2.7a.h01',
              type: 'subheading',
              text: 'Self-care for the social prescribing practitioner',
              children: [
                {
                  id: 'wales-sp:2.7a.n01',
                  type: 'paragraph',
                  text: "Self-care cannot take place in isolation: organisations need to have systems in place that are responsive to a person's needs and enable staff to agree on and implement appropriate adjustments that accommodate these needs.",
                },
                {
                  id: 'wales-sp:2.7a.n02',
                  type: 'paragraph',
                  text: 'This means social prescribing practitioners should be able to identify the people they need to talk to so that that they get the right support.',
                },
                {
                  id: 'wales-sp:2.7a.s01',
                  type: 'statement',
                  text: 'An ability for the social prescribing practitioner to maintain a focus on self-management, self-care and their own health and wellbeing by:',
                  children: [
                    {
                      id: 'wales-sp:2.7a.s01.p01',
                      type: 'sub-point',
                      text: 'working to their strengths',
                    },
                    {
                      id: 'wales-sp:2.7a.s01.p02',
                      type: 'sub-point',
                      text: 'anticipating challenges by responding to, and managing, experiences that trigger upset and/or early warning signs',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.7a.s02',
                  type: 'statement',
                  text: 'An ability to identify and manage any barriers to self-management or self-care, or to ask for support from others',
                },
                {
                  id: 'wales-sp:2.7a.s03',
                  type: 'statement',
                  text: 'An ability for the social prescribing practitioner to judge when:',
                  children: [
                    {
                      id: 'wales-sp:2.7a.s03.p01',
                      type: 'sub-point',
                      text: 'their work is creating unhelpful levels of emotional distress and to put in place appropriate self-care',
                    },
                    {
                      id: 'wales-sp:2.7a.s03.p02',
                      type: 'sub-point',
                      text: 'work-related stress may impact on their effectiveness, how they behave at work and on other members of the team',
                    },
                    {
                      id: 'wales-sp:2.7a.s03.p03',
                      type: 'sub-point',
                      text: 'they have reached the limits of their responsibility or competence, and when to ask for advice, management or supervisory support, or assistance from others',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.7a.s04',
                  type: 'statement',
                  text: 'An ability for the social prescribing practitioner to monitor and reflect on personal feelings or challenges that come up as a result of their work and role, for example:',
                  children: [
                    {
                      id: 'wales-sp:2.7a.s04.p01',
                      type: 'sub-point',
                      text: 'issues arising directly from their work with people they support',
                    },
                    {
                      id: 'wales-sp:2.7a.s04.p02',
                      type: 'sub-point',
                      text: 'conflict within the team, or unhelpful organisational pressures',
                    },
                  ],
                },
                {
                  id: 'wales-sp:2.7a.s05',
                  type: 'statement',
                  text: 'An ability to monitor and reflect on the impact of any challenges, and judge when support or supervision is necessary, to:',
                  children: [
                    {
                      id: 'wales-sp:2.7a.s05.p01',
                      type: 'sub-point',
                      text: 'help the person maintain their own wellbeing',
                    },
                    {
                      id: 'wales-sp:2.7a.s05.p02',
                      type: 'sub-point',
                      text: 'identify possible solutions',
                    },
                    {
                      id: 'wales-sp:2.7a.s05.p03',
                      type: 'sub-point',
                      text: 'make sure that decisions about the best way forward are based on careful reflection (for example, whether to persist, adapt or stop a course of action)',
                    },
                    {
                      id: 'wales-sp:2.7a.s05.p04',
                      type: 'sub-point',
                      text: 'keep working effectively and maintain everyday activities and responsibilities',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:2.7b',
          type: 'competence-area',
          code: '2.7b',
          title: 'Able to make effective use of supervision and support',
          text: 'Able to make effective use of supervision and support',
          children: [
            {
              id: 'wales-sp:2.7b.h01',
              type: 'subheading',
              text: 'Definition of supervision',
              children: [
                {
                  id: 'wales-sp:2.7b.n01',
                  type: 'paragraph',
                  text: 'Supervision can mean different things in different settings. Here, it means an opportunity (often a meeting) for the social prescribing practitioner to review and reflect on their work. This includes talking about areas that social prescribing practitioners find difficult or distressing. Supervision is different from line management or case management.',
                },
                {
                  id: 'wales-sp:2.7b.s01',
                  type: 'statement',
                  text: 'An ability to hold in mind that the main purpose of supervision is:',
                  children: [
                    {
                      id: 'wales-sp:2.7b.s01.p01',
                      type: 'sub-point',
                      text: 'to enhance the quality of the service received by users of the service',
                    },
                    {
                      id: 'wales-sp:2.7b.s01.p02',
                      type: 'sub-point',
                      text: 'to offer active support and encouragement to the social prescribing practitioner',
                    },
                    {
                      id: 'wales-sp:2.7b.s01.p03',
                      type: 'sub-point',
                      text: 'to encourage reflection about the impact of the work and social prescribing role and, if there are negative impacts, to identify possible solutions to these challenges',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.7b.h02',
              type: 'subheading',
              text: 'Able to work collaboratively with the supervisor',
              children: [
                {
                  id: 'wales-sp:2.7b.s02',
                  type: 'statement',
                  text: 'An ability to work with the supervisor to agree the boundaries of supervision (for example agreeing the areas that need to be discussed, being clear about the respective roles of supervisor and supervisee, the goals of supervision and any contracts that specify these factors)',
                },
                {
                  id: 'wales-sp:2.7b.s03',
                  type: 'statement',
                  text: 'An ability for the social prescribing practitioner to:',
                  children: [
                    {
                      id: 'wales-sp:2.7b.s03.p01',
                      type: 'sub-point',
                      text: 'let the supervisor know about their learning and experience and identify any training needs',
                    },
                    {
                      id: 'wales-sp:2.7b.s03.p02',
                      type: 'sub-point',
                      text: 'give an honest and open account of the work being undertaken (including reflections on its emotional impact)',
                    },
                    {
                      id: 'wales-sp:2.7b.s03.p03',
                      type: 'sub-point',
                      text: 'engage with the supervisor as an active participant',
                    },
                    {
                      id: 'wales-sp:2.7b.s03.p04',
                      type: 'sub-point',
                      text: 'discuss their work with the supervisor in a focused way, aiming to choose (and concentrate on) the issues that seem most important and relevant',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.7b.h03',
              type: 'subheading',
              text: 'Capacity for self-appraisal and reflection',
              children: [
                {
                  id: 'wales-sp:2.7b.s04',
                  type: 'statement',
                  text: 'An ability for the social prescribing practitioner to:',
                  children: [
                    {
                      id: 'wales-sp:2.7b.s04.p01',
                      type: 'sub-point',
                      text: "reflect on the supervisor's feedback and apply it to their work in future",
                    },
                    {
                      id: 'wales-sp:2.7b.s04.p02',
                      type: 'sub-point',
                      text: 'be open and realistic about what they can and cannot do, and share this with the supervisor',
                    },
                    {
                      id: 'wales-sp:2.7b.s04.p03',
                      type: 'sub-point',
                      text: "use the supervisor's feedback to develop their capacity for accurate self-appraisal",
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:2.7b.h04',
              type: 'subheading',
              text: 'Capacity for active learning',
              children: [
                {
                  id: 'wales-sp:2.7b.s05',
                  type: 'statement',
                  text: "An ability to follow through on the supervisor's suggestions for relevant reading or training, and to build the learning into practice",
                },
              ],
            },
            {
              id: 'wales-sp:2.7b.h05',
              type: 'subheading',
              text: 'Able to use supervision to reflect on developing personal and professional roles',
              children: [
                {
                  id: 'wales-sp:2.7b.s06',
                  type: 'statement',
                  text: 'An ability to use supervision to discuss the personal impact of the work, especially when this reflection is relevant to maintaining the likely effectiveness of the work',
                },
                {
                  id: 'wales-sp:2.7b.s07',
                  type: 'statement',
                  text: 'An ability to use supervision to reflect on the impact of the work in relation to development as a social prescribing practitioner',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'wales-sp:domain-3',
      type: 'domain',
      code: '3',
      title: 'Establishing networks and partnerships',
      text: 'Establishing networks and partnerships',
      children: [
        {
          id: 'wales-sp:3.1',
          type: 'competence-area',
          code: '3.1',
          title: 'Able to develop and maintain referral pathways into social prescribing',
          text: 'Able to develop and maintain referral pathways into social prescribing',
          children: [
            {
              id: 'wales-sp:3.1.h01',
              type: 'subheading',
              text: "The social prescribing practitioner's role in developing and maintaining referral pathways",
              children: [
                {
                  id: 'wales-sp:3.1.n01',
                  type: 'paragraph',
                  text: 'Developing referral pathways and keeping them up to date is a key part of social prescribing, but how much each social prescribing practitioner is expected to do this on top of the rest of their role will vary.',
                },
                {
                  id: 'wales-sp:3.1.n02',
                  type: 'paragraph',
                  text: 'It depends on local arrangements, such as pre-existing pathways, and service structures.',
                },
                {
                  id: 'wales-sp:3.1.n03',
                  type: 'paragraph',
                  text: 'Because some of the skills for developing referral pathways are quite specialised, not all social prescribing practitioners would be expected to demonstrate all of the competences in this section.',
                },
                {
                  id: 'wales-sp:3.1.n04',
                  type: 'paragraph',
                  text: 'As such, team-working and liaison with other practitioners, might be needed so that, as a group, all of the areas of competence are covered.',
                },
                {
                  id: 'wales-sp:3.1.s01',
                  type: 'statement',
                  text: 'An ability to contribute to the development and review of referral pathways for social prescribing that match the location, remit and ethos of the service the social prescribing practitioner works in:',
                  children: [
                    {
                      id: 'wales-sp:3.1.s01.p01',
                      type: 'sub-point',
                      text: 'self-referral pathways – supported by promoting social prescribing in community settings such as community centres, libraries, sport clubs and leisure centres, local market and community events',
                    },
                    {
                      id: 'wales-sp:3.1.s01.p02',
                      type: 'sub-point',
                      text: 'healthcare referral pathways – initiated by liaison with a broad range of healthcare practitioners and settings, and when social prescribing may be offered alongside a healthcare intervention',
                    },
                    {
                      id: 'wales-sp:3.1.s01.p03',
                      type: 'sub-point',
                      text: 'statutory sector referral pathways – initiated by liaison with a range of services in the statutory sector (for example police, fire service, housing, social services)',
                    },
                    {
                      id: 'wales-sp:3.1.s01.p04',
                      type: 'sub-point',
                      text: 'third sector referral pathways – initiated through liaison with practitioners in the third sector who identify a need which goes beyond the remit of their service',
                    },
                  ],
                },
                {
                  id: 'wales-sp:3.1.s02',
                  type: 'statement',
                  text: 'An ability to contribute to the development and review of referral pathways that suit the local context, keeping in mind:',
                  children: [
                    {
                      id: 'wales-sp:3.1.s02.p01',
                      type: 'sub-point',
                      text: 'the needs of the local population',
                    },
                    {
                      id: 'wales-sp:3.1.s02.p02',
                      type: 'sub-point',
                      text: 'the remit, resources and organisation of the service where the social prescribing practitioner is located, including:',
                      children: [
                        {
                          id: 'wales-sp:3.1.s02.p02.p01',
                          type: 'sub-point',
                          text: 'their conditions of employment',
                        },
                        {
                          id: 'wales-sp:3.1.s02.p02.p02',
                          type: 'sub-point',
                          text: 'the population(s) that the service covers',
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:3.1.h02',
              type: 'subheading',
              text: 'Helping referrers make appropriate referrals',
              children: [
                {
                  id: 'wales-sp:3.1.s03',
                  type: 'statement',
                  text: 'An ability to contribute to the development and review of strategies to help referrers make appropriate referrals, for example by:',
                  children: [
                    {
                      id: 'wales-sp:3.1.s03.p01',
                      type: 'sub-point',
                      text: 'developing a referral form that includes information on referral criteria',
                    },
                    {
                      id: 'wales-sp:3.1.s03.p02',
                      type: 'sub-point',
                      text: 'writing case studies that illustrate the support usually offered to people and the expected outcomes',
                    },
                    {
                      id: 'wales-sp:3.1.s03.p03',
                      type: 'sub-point',
                      text: 'promoting the role of a social prescribing practitioner',
                    },
                    {
                      id: 'wales-sp:3.1.s03.p04',
                      type: 'sub-point',
                      text: 'meeting with referrers',
                    },
                  ],
                },
                {
                  id: 'wales-sp:3.1.s04',
                  type: 'statement',
                  text: 'An ability to judge when a referral is inappropriate and to communicate the reasons for this to the referrer, for example:',
                  children: [
                    {
                      id: 'wales-sp:3.1.s04.p01',
                      type: 'sub-point',
                      text: "because the complexity of the person's needs means that they need multi-agency support",
                    },
                    {
                      id: 'wales-sp:3.1.s04.p02',
                      type: 'sub-point',
                      text: "because meeting the person's needs would require skills that the social prescribing practitioner has not had training in",
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:3.1.h03',
              type: 'subheading',
              text: 'Keeping referrers informed about outcomes from their referrals',
              children: [
                {
                  id: 'wales-sp:3.1.s05',
                  type: 'statement',
                  text: 'An ability to communicate with referrers to make sure that they are informed about progress with their referral and the outcomes of meetings with the people who have been referred, and:',
                  children: [
                    {
                      id: 'wales-sp:3.1.s05.p01',
                      type: 'sub-point',
                      text: 'an ability to make sure that communication is carried out in line with local policy and procedure, and with the consent of the person',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:3.2',
          type: 'competence-area',
          code: '3.2',
          title: 'Able to maintain and draw on in-depth knowledge of community assets',
          text: 'Able to maintain and draw on in-depth knowledge of community assets',
          children: [
            {
              id: 'wales-sp:3.2.h01',
              type: 'subheading',
              text: "The social prescribing practitioner's role in maintaining community assets",
              children: [
                {
                  id: 'wales-sp:3.2.n01',
                  type: 'paragraph',
                  text: 'Maintaining an in-depth knowledge of community assets is a key part of social prescribing, but how much each social prescribing practitioner is expected to do this alongside their other functions will vary depending on local circumstances (for example, whether there are pre-existing listings of assets).',
                },
                {
                  id: 'wales-sp:3.2.n02',
                  type: 'paragraph',
                  text: 'Because some of the skills involved are quite specialised, it may not be realistic to expect individual social prescribing practitioners to demonstrate all the competences in this section. This means that team-working and liaison might be needed so that, as a group, all the areas of competence are covered.',
                },
                {
                  id: 'wales-sp:3.2.s01',
                  type: 'statement',
                  text: 'An ability to draw on multiple sources of information in order to identify local and national community assets and opportunities',
                },
                {
                  id: 'wales-sp:3.2.s02',
                  type: 'statement',
                  text: 'An ability to maintain active links with local resources',
                },
                {
                  id: 'wales-sp:3.2.s03',
                  type: 'statement',
                  text: 'An ability to develop and maintain an in-depth knowledge of specific community assets and services, for example through:',
                  children: [
                    {
                      id: 'wales-sp:3.2.s03.p01',
                      type: 'sub-point',
                      text: 'reviewing online information and databases, social media and local papers',
                    },
                    {
                      id: 'wales-sp:3.2.s03.p02',
                      type: 'sub-point',
                      text: 'making direct enquiries to potential resources',
                    },
                    {
                      id: 'wales-sp:3.2.s03.p03',
                      type: 'sub-point',
                      text: 'using personal and professional networks',
                    },
                    {
                      id: 'wales-sp:3.2.s03.p04',
                      type: 'sub-point',
                      text: 'making on-site visits',
                    },
                    {
                      id: 'wales-sp:3.2.s03.p05',
                      type: 'sub-point',
                      text: 'identifying and meeting with key players in the resource or service',
                    },
                    {
                      id: 'wales-sp:3.2.s03.p06',
                      type: 'sub-point',
                      text: 'identifying and meeting with people to whom referrals need to be made',
                    },
                    {
                      id: 'wales-sp:3.2.s03.p07',
                      type: 'sub-point',
                      text: 'meeting with relevant teams',
                    },
                    {
                      id: 'wales-sp:3.2.s03.p08',
                      type: 'sub-point',
                      text: 'developing an understanding of community assets that are available for particular population groups (for example, children and young people, sex-based, minoritised ethnic groups)',
                    },
                  ],
                },
                {
                  id: 'wales-sp:3.2.s04',
                  type: 'statement',
                  text: 'An ability to become familiar with the range of experiences provided by the community asset, for example:',
                  children: [
                    {
                      id: 'wales-sp:3.2.s04.p01',
                      type: 'sub-point',
                      text: 'the type and range of activities that are available',
                    },
                    {
                      id: 'wales-sp:3.2.s04.p02',
                      type: 'sub-point',
                      text: 'the number of people who can be accommodated at any time (to avoid creating a waiting list)',
                    },
                    {
                      id: 'wales-sp:3.2.s04.p03',
                      type: 'sub-point',
                      text: 'how much experiences can be adapted to individual need',
                    },
                  ],
                },
                {
                  id: 'wales-sp:3.2.s05',
                  type: 'statement',
                  text: 'An ability to develop an in-depth knowledge of any restrictions to the community assets, for example:',
                  children: [
                    {
                      id: 'wales-sp:3.2.s05.p01',
                      type: 'sub-point',
                      text: 'restricted access because of narrow referral criteria or strict thresholds',
                    },
                    {
                      id: 'wales-sp:3.2.s05.p02',
                      type: 'sub-point',
                      text: 'physical limitations, such as:',
                      children: [
                        {
                          id: 'wales-sp:3.2.s05.p02.p01',
                          type: 'sub-point',
                          text: 'buildings that are not well adapted to meet the needs of people with physical disabilities',
                        },
                        {
                          id: 'wales-sp:3.2.s05.p02.p02',
                          type: 'sub-point',
                          text: 'a noisy environment that people with a hearing impairment or sensitivity to sound may find difficult',
                        },
                      ],
                    },
                    {
                      id: 'wales-sp:3.2.s05.p03',
                      type: 'sub-point',
                      text: 'inflexible timetables that limit when people can attend',
                    },
                    {
                      id: 'wales-sp:3.2.s05.p04',
                      type: 'sub-point',
                      text: 'long waiting lists',
                    },
                  ],
                },
                {
                  id: 'wales-sp:3.2.s06',
                  type: 'statement',
                  text: 'An ability to work with community assets to identify how and if reasonable adjustments can be put in place to improve access for people with protected characteristics',
                },
                {
                  id: 'wales-sp:3.2.s07',
                  type: 'statement',
                  text: 'An ability to record information about community assets on databases that can be accessed easily by social prescribing practitioners and other team members',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:3.3',
          type: 'competence-area',
          code: '3.3',
          title: 'Able to contribute to building community assets',
          text: 'Able to contribute to building community assets',
          children: [
            {
              id: 'wales-sp:3.3.h01',
              type: 'subheading',
              text: "The social prescribing practitioner's role in building community assets",
              children: [
                {
                  id: 'wales-sp:3.3.n01',
                  type: 'paragraph',
                  text: 'Building community assets is a key part of social prescribing, but how much each social prescribing practitioner is expected to do this alongside their other functions will vary depending on local arrangements and service structures.',
                },
                {
                  id: 'wales-sp:3.3.n02',
                  type: 'paragraph',
                  text: 'Because some of the skills are quite specialised, it may not be realistic to expect individual social prescribing practitioners to demonstrate all the competences in this section. This means that team-working and liaison might be needed so that, as a group, all the areas of competence are covered.',
                },
                {
                  id: 'wales-sp:3.3.n03',
                  type: 'paragraph',
                  text: 'In areas where community assets are already well developed, the focus will be more on maintaining and enhancing local facilities, and addressing identified gaps.',
                },
                {
                  id: 'wales-sp:3.3.s01',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that building community assets involves several kinds of action, for example:',
                  children: [
                    {
                      id: 'wales-sp:3.3.s01.p01',
                      type: 'sub-point',
                      text: 'working in the local neighbourhood (for example regularly visiting groups, services and organisations, and building relationships with them)',
                    },
                    {
                      id: 'wales-sp:3.3.s01.p02',
                      type: 'sub-point',
                      text: 'mapping local community assets by:',
                      children: [
                        {
                          id: 'wales-sp:3.3.s01.p02.p01',
                          type: 'sub-point',
                          text: 'drawing on multiple sources of information (for example from the Internet, databases and people with local knowledge)',
                        },
                        {
                          id: 'wales-sp:3.3.s01.p02.p02',
                          type: 'sub-point',
                          text: 'developing detailed maps of community assets, people, spaces, groups and activities',
                        },
                      ],
                    },
                    {
                      id: 'wales-sp:3.3.s01.p03',
                      type: 'sub-point',
                      text: 'linking people to local community assets',
                    },
                    {
                      id: 'wales-sp:3.3.s01.p04',
                      type: 'sub-point',
                      text: 'identifying opportunities for the development of community assets, for example:',
                      children: [
                        {
                          id: 'wales-sp:3.3.s01.p04.p01',
                          type: 'sub-point',
                          text: 'supporting new user-led groups and activities',
                        },
                        {
                          id: 'wales-sp:3.3.s01.p04.p02',
                          type: 'sub-point',
                          text: 'identifying gaps in provision that current services/organisations might be able to cover',
                        },
                      ],
                    },
                    {
                      id: 'wales-sp:3.3.s01.p05',
                      type: 'sub-point',
                      text: 'recognising the impact of social prescribing on the environment',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:3.3.h02',
              type: 'subheading',
              text: 'Legal and governance issues',
              children: [
                {
                  id: 'wales-sp:3.3.s02',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of legal and governance issues that need to be considered when establishing and structuring community assets, for example being aware of:',
                  children: [
                    {
                      id: 'wales-sp:3.3.s02.p01',
                      type: 'sub-point',
                      text: 'liability as an employer',
                    },
                    {
                      id: 'wales-sp:3.3.s02.p02',
                      type: 'sub-point',
                      text: 'responsibilities under health and safety legislation',
                    },
                    {
                      id: 'wales-sp:3.3.s02.p03',
                      type: 'sub-point',
                      text: 'compliance with charity law',
                    },
                    {
                      id: 'wales-sp:3.3.s02.p04',
                      type: 'sub-point',
                      text: 'legal structures that govern social enterprises, and:',
                      children: [
                        {
                          id: 'wales-sp:3.3.s02.p04.p01',
                          type: 'sub-point',
                          text: 'an ability to work with community assets to build this knowledge into planning',
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:3.3.h03',
              type: 'subheading',
              text: 'Identifying gaps in provision',
              children: [
                {
                  id: 'wales-sp:3.3.s03',
                  type: 'statement',
                  text: 'An ability to identify gaps in provision of community assets, based on areas of unmet need that are found when developing referral pathways into social prescribing',
                },
                {
                  id: 'wales-sp:3.3.s04',
                  type: 'statement',
                  text: 'An ability to identify if gaps in provision are likely to be covered by current assets or if new services need to be developed',
                },
                {
                  id: 'wales-sp:3.3.s05',
                  type: 'statement',
                  text: 'An ability to identify and liaise with relevant organisations and/or people who could contribute to the development of new or modified community assets',
                },
              ],
            },
            {
              id: 'wales-sp:3.3.h04',
              type: 'subheading',
              text: 'Co-production of change and development',
              children: [
                {
                  id: 'wales-sp:3.3.s06',
                  type: 'statement',
                  text: 'An ability to value the people who are involved in offering community assets as experts by experience, actively seeking their expertise and insights and building this in to any aspect of development',
                },
                {
                  id: 'wales-sp:3.3.s07',
                  type: 'statement',
                  text: 'An ability to draw on conversations with people involved in (and responsible for) delivering community assets, to understand:',
                  children: [
                    {
                      id: 'wales-sp:3.3.s07.p01',
                      type: 'sub-point',
                      text: 'their aims in offering the service',
                    },
                    {
                      id: 'wales-sp:3.3.s07.p02',
                      type: 'sub-point',
                      text: 'the history of the service',
                    },
                    {
                      id: 'wales-sp:3.3.s07.p03',
                      type: 'sub-point',
                      text: 'how the service is funded',
                    },
                    {
                      id: 'wales-sp:3.3.s07.p04',
                      type: 'sub-point',
                      text: 'the characteristics of the people the service is offered to',
                    },
                    {
                      id: 'wales-sp:3.3.s07.p05',
                      type: 'sub-point',
                      text: 'any limits on offering the service',
                    },
                    {
                      id: 'wales-sp:3.3.s07.p06',
                      type: 'sub-point',
                      text: 'what works well and any areas that work less well',
                    },
                    {
                      id: 'wales-sp:3.3.s07.p07',
                      type: 'sub-point',
                      text: 'their ideas about how the service could change or develop',
                    },
                    {
                      id: 'wales-sp:3.3.s07.p08',
                      type: 'sub-point',
                      text: 'an ability to draw on these conversations to make sure that any proposals for change are co-produced',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:3.3.h05',
              type: 'subheading',
              text: 'Supporting development and change',
              children: [
                {
                  id: 'wales-sp:3.3.s08',
                  type: 'statement',
                  text: 'An ability to actively support the development of community assets, for example:',
                  children: [
                    {
                      id: 'wales-sp:3.3.s08.p01',
                      type: 'sub-point',
                      text: 'supporting volunteers to set up a group or activity',
                    },
                    {
                      id: 'wales-sp:3.3.s08.p02',
                      type: 'sub-point',
                      text: 'addressing barriers to entry (such as long waiting lists)',
                    },
                    {
                      id: 'wales-sp:3.3.s08.p03',
                      type: 'sub-point',
                      text: 'addressing physical barriers that limit access for people with disabilities',
                    },
                    {
                      id: 'wales-sp:3.3.s08.p04',
                      type: 'sub-point',
                      text: 'addressing concerns about supporting particular groups (for example people with serious mental health difficulties or disabilities) with training or skills development)',
                    },
                  ],
                },
                {
                  id: 'wales-sp:3.3.s09',
                  type: 'statement',
                  text: 'An ability to give support during transitions in how services are offered and delivered',
                },
                {
                  id: 'wales-sp:3.3.s10',
                  type: 'statement',
                  text: 'An ability to actively monitor (and so identify) any difficulties that emerge in building a service or in achieving change, for example:',
                  children: [
                    {
                      id: 'wales-sp:3.3.s10.p01',
                      type: 'sub-point',
                      text: 'through liaison and direct contact with community assets',
                    },
                    {
                      id: 'wales-sp:3.3.s10.p02',
                      type: 'sub-point',
                      text: 'through feedback from people using services',
                    },
                  ],
                },
                {
                  id: 'wales-sp:3.3.s11',
                  type: 'statement',
                  text: 'An ability to work with community assets to overcome barriers to development and/or change',
                },
                {
                  id: 'wales-sp:3.3.s12',
                  type: 'statement',
                  text: 'An ability to signpost people and organisations looking to develop community assets to the appropriate people and organisations who can support them to do so',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'wales-sp:domain-4',
      type: 'domain',
      code: '4',
      title: 'Communication skills',
      text: 'Communication skills',
      children: [
        {
          id: 'wales-sp:4.1',
          type: 'competence-area',
          code: '4.1',
          title: 'Able to use active listening and communication skills',
          text: 'Able to use active listening and communication skills',
          children: [
            {
              id: 'wales-sp:4.1.h01',
              type: 'subheading',
              text: 'Knowledge',
              children: [
                {
                  id: 'wales-sp:4.1.s01',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that open, positive communication skills will help social prescribing practitioners get an accurate sense of the strengths, concerns, needs and aspirations of the people they are working with, helping them to:',
                  children: [
                    {
                      id: 'wales-sp:4.1.s01.p01',
                      type: 'sub-point',
                      text: 'feel respected, heard and understood',
                    },
                    {
                      id: 'wales-sp:4.1.s01.p02',
                      type: 'sub-point',
                      text: 'feel connected to others (and so experience themselves as less isolated and alone)',
                    },
                    {
                      id: 'wales-sp:4.1.s01.p03',
                      type: 'sub-point',
                      text: 'feel able to express themselves and make sense of their experience',
                    },
                    {
                      id: 'wales-sp:4.1.s01.p04',
                      type: 'sub-point',
                      text: 'reflect on and ask for the support that they feel is meaningful to them and appropriate to their immediate needs',
                    },
                    {
                      id: 'wales-sp:4.1.s01.p05',
                      type: 'sub-point',
                      text: 'feel trusted to make decisions about their own life',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:4.1.h02',
              type: 'subheading',
              text: 'Active listening',
              children: [
                {
                  id: 'wales-sp:4.1.s02',
                  type: 'statement',
                  text: 'An ability to communicate an attentive stance using body language, for example:',
                  children: [
                    {
                      id: 'wales-sp:4.1.s02.p01',
                      type: 'sub-point',
                      text: 'sitting close (but not too close) to the person',
                    },
                    {
                      id: 'wales-sp:4.1.s02.p02',
                      type: 'sub-point',
                      text: "sitting 'square on' or next to the person (rather than across a desk)",
                    },
                    {
                      id: 'wales-sp:4.1.s02.p03',
                      type: 'sub-point',
                      text: 'adopting an open posture',
                    },
                    {
                      id: 'wales-sp:4.1.s02.p04',
                      type: 'sub-point',
                      text: 'maintaining an appropriate level of eye contact',
                    },
                  ],
                },
                {
                  id: 'wales-sp:4.1.s03',
                  type: 'statement',
                  text: 'An ability to listen attentively to the person and show understanding by:',
                  children: [
                    {
                      id: 'wales-sp:4.1.s03.p01',
                      type: 'sub-point',
                      text: 'actively listening to what they say and trying to make sense of their experiences, behaviours, feelings and the social context',
                    },
                    {
                      id: 'wales-sp:4.1.s03.p02',
                      type: 'sub-point',
                      text: 'listening to the tone and pace of what is said as well as its content',
                    },
                    {
                      id: 'wales-sp:4.1.s03.p03',
                      type: 'sub-point',
                      text: 'using silences effectively if this seems to help the person express themselves at their own pace',
                    },
                  ],
                },
                {
                  id: 'wales-sp:4.1.s04',
                  type: 'statement',
                  text: 'An ability to help the person expand on or explore relevant issues by:',
                  children: [
                    {
                      id: 'wales-sp:4.1.s04.p01',
                      type: 'sub-point',
                      text: 'using statements (for example, brief summaries of what has just been said)',
                    },
                    {
                      id: 'wales-sp:4.1.s04.p02',
                      type: 'sub-point',
                      text: 'asking questions',
                    },
                    {
                      id: 'wales-sp:4.1.s04.p03',
                      type: 'sub-point',
                      text: 'using non-verbal prompts',
                    },
                    {
                      id: 'wales-sp:4.1.s04.p04',
                      type: 'sub-point',
                      text: 'An ability to ask both:',
                      children: [
                        {
                          id: 'wales-sp:4.1.s04.p04.p01',
                          type: 'sub-point',
                          text: "'closed' questions (that usually have a specific answer and are best for establishing factual information)",
                        },
                        {
                          id: 'wales-sp:4.1.s04.p04.p02',
                          type: 'sub-point',
                          text: "'open' questions (that would have more than a 'yes/no' answer and encourage discussion)",
                        },
                      ],
                    },
                  ],
                },
                {
                  id: 'wales-sp:4.1.s05',
                  type: 'statement',
                  text: "An ability to judge when questioning is being experienced as helpful and when less so (for example, if the person is feeling 'grilled')",
                },
                {
                  id: 'wales-sp:4.1.s06',
                  type: 'statement',
                  text: 'An ability to listen to the person with empathy, by:',
                  children: [
                    {
                      id: 'wales-sp:4.1.s06.p01',
                      type: 'sub-point',
                      text: 'actively trying to understand their perspective and the way they understand their situation',
                    },
                    {
                      id: 'wales-sp:4.1.s06.p02',
                      type: 'sub-point',
                      text: "'stepping into their shoes' in order to understand their world",
                    },
                    {
                      id: 'wales-sp:4.1.s06.p03',
                      type: 'sub-point',
                      text: 'taking on board their feelings (but being careful not to mirror these feelings)',
                    },
                  ],
                },
                {
                  id: 'wales-sp:4.1.s07',
                  type: 'statement',
                  text: 'An ability for the social prescribing practitioner to remain aware of their own perspective and frame of reference, so as not to impose it on the person',
                },
                {
                  id: 'wales-sp:4.1.s08',
                  type: 'statement',
                  text: 'An ability to communicate a basic and empathic understanding of what has been said or communicated, for example by:',
                  children: [
                    {
                      id: 'wales-sp:4.1.s08.p01',
                      type: 'sub-point',
                      text: 'paraphrasing what has been said (but not repeating verbatim)',
                    },
                    {
                      id: 'wales-sp:4.1.s08.p02',
                      type: 'sub-point',
                      text: 'making short summaries that try to connect various aspects of what has been communicated',
                    },
                  ],
                },
                {
                  id: 'wales-sp:4.1.s09',
                  type: 'statement',
                  text: "An ability to check the person's position by asking them to summarise the discussion and/or any decisions that have been agreed",
                },
                {
                  id: 'wales-sp:4.1.s10',
                  type: 'statement',
                  text: 'An ability to ask the person if all the issues that they wanted to raise have been discussed',
                },
                {
                  id: 'wales-sp:4.1.s11',
                  type: 'statement',
                  text: 'An ability to stay composed and keep communicating openly, positively and sensitively with people experiencing distress',
                },
              ],
            },
            {
              id: 'wales-sp:4.1.h03',
              type: 'subheading',
              text: 'Overcoming barriers to communication',
              children: [
                {
                  id: 'wales-sp:4.1.s12',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that if verbal communication is challenging for a person, other forms of communication (such as drawing or writing) may be an effective alternative',
                },
                {
                  id: 'wales-sp:4.1.s13',
                  type: 'statement',
                  text: 'An ability to identify practical barriers to communication, and to identify ways to minimise their impact, for example:',
                  children: [
                    {
                      id: 'wales-sp:4.1.s13.p01',
                      type: 'sub-point',
                      text: 'if the person has a hearing impairment, using communication aids',
                    },
                    {
                      id: 'wales-sp:4.1.s13.p02',
                      type: 'sub-point',
                      text: "if the person's age or developmental level raises questions about their capacity to understand, using less complex language",
                    },
                    {
                      id: 'wales-sp:4.1.s13.p03',
                      type: 'sub-point',
                      text: 'If the person is neurodiverse, recognising they may have different communication styles',
                    },
                    {
                      id: 'wales-sp:4.1.s13.p04',
                      type: 'sub-point',
                      text: 'if the person needs more privacy, moving to a different space',
                    },
                  ],
                },
                {
                  id: 'wales-sp:4.1.s14',
                  type: 'statement',
                  text: 'An ability to address any difficulties a person has communicating or expressing themselves by making appropriate adjustments, such as:',
                  children: [
                    {
                      id: 'wales-sp:4.1.s14.p01',
                      type: 'sub-point',
                      text: 'asking the person to explain or repeat information if it is hard to understand what has been said',
                    },
                    {
                      id: 'wales-sp:4.1.s14.p02',
                      type: 'sub-point',
                      text: 'giving them enough time to respond',
                    },
                    {
                      id: 'wales-sp:4.1.s14.p03',
                      type: 'sub-point',
                      text: 'using plain language',
                    },
                    {
                      id: 'wales-sp:4.1.s14.p04',
                      type: 'sub-point',
                      text: 'limiting the number of key concepts or ideas in each sentence',
                    },
                    {
                      id: 'wales-sp:4.1.s14.p05',
                      type: 'sub-point',
                      text: 'giving real-life examples (not abstract ideas)',
                    },
                  ],
                },
                {
                  id: 'wales-sp:4.1.s15',
                  type: 'statement',
                  text: "To get an accurate sense of the person's account, an ability to be aware of (and avoid) any 'filters' the social prescribing practitioner may find themselves imposing, for example:",
                  children: [
                    {
                      id: 'wales-sp:4.1.s15.p01',
                      type: 'sub-point',
                      text: 'listening in a judgemental way',
                    },
                    {
                      id: 'wales-sp:4.1.s15.p02',
                      type: 'sub-point',
                      text: 'making assumptions or jumping to conclusions instead of listening fully',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:4.2',
          type: 'competence-area',
          code: '4.2',
          title: 'Able to develop and maintain a mutual and reciprocal relationship',
          text: 'Able to develop and maintain a mutual and reciprocal relationship',
          children: [
            {
              id: 'wales-sp:4.2.h01',
              type: 'subheading',
              text: 'Knowledge of factors associated with building a relationship',
              children: [
                {
                  id: 'wales-sp:4.2.s01',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of factors that make forming a positive relationship more likely, which include being:',
                  children: [
                    {
                      id: 'wales-sp:4.2.s01.p01',
                      type: 'sub-point',
                      text: 'flexible and allowing the person to discuss issues that are important to them',
                    },
                    {
                      id: 'wales-sp:4.2.s01.p02',
                      type: 'sub-point',
                      text: 'respectful',
                    },
                    {
                      id: 'wales-sp:4.2.s01.p03',
                      type: 'sub-point',
                      text: 'warm, friendly and affirming',
                    },
                    {
                      id: 'wales-sp:4.2.s01.p04',
                      type: 'sub-point',
                      text: 'open',
                    },
                    {
                      id: 'wales-sp:4.2.s01.p05',
                      type: 'sub-point',
                      text: 'alert and active',
                    },
                    {
                      id: 'wales-sp:4.2.s01.p06',
                      type: 'sub-point',
                      text: 'able to show honesty through self-reflection',
                    },
                    {
                      id: 'wales-sp:4.2.s01.p07',
                      type: 'sub-point',
                      text: 'trustworthy',
                    },
                  ],
                },
                {
                  id: 'wales-sp:4.2.s02',
                  type: 'statement',
                  text: 'Knowledge of factors that reduce the probability of forming a positive relationship, such as being:',
                  children: [
                    {
                      id: 'wales-sp:4.2.s02.p01',
                      type: 'sub-point',
                      text: 'rigid',
                    },
                    {
                      id: 'wales-sp:4.2.s02.p02',
                      type: 'sub-point',
                      text: 'critical',
                    },
                    {
                      id: 'wales-sp:4.2.s02.p03',
                      type: 'sub-point',
                      text: 'distant or aloof',
                    },
                    {
                      id: 'wales-sp:4.2.s02.p04',
                      type: 'sub-point',
                      text: 'distracted',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:4.2.h02',
              type: 'subheading',
              text: 'Capacity to develop the relationship',
              children: [
                {
                  id: 'wales-sp:4.2.s03',
                  type: 'statement',
                  text: "An ability to listen to the person's concerns in a way that promotes co-production by being non-judgemental, compassionate, supportive and sensitive, and that communicates an accepting attitude when they describe their experiences and beliefs",
                },
                {
                  id: 'wales-sp:4.2.s04',
                  type: 'statement',
                  text: "An ability to validate the person's experiences and concerns",
                },
                {
                  id: 'wales-sp:4.2.s05',
                  type: 'statement',
                  text: 'An ability to help the person express any concerns or doubts they have about the services on offer to them',
                },
              ],
            },
            {
              id: 'wales-sp:4.2.h03',
              type: 'subheading',
              text: "Capacity to grasp the person's perspective and world view",
              children: [
                {
                  id: 'wales-sp:4.2.s06',
                  type: 'statement',
                  text: 'An ability to understand how the person characteristically understands themselves and the world around them',
                },
                {
                  id: 'wales-sp:4.2.s07',
                  type: 'statement',
                  text: "An ability to hold the person's world view in mind and to get across this understanding through interactions with them, in a way that allows them to correct any misapprehensions",
                },
                {
                  id: 'wales-sp:4.2.s08',
                  type: 'statement',
                  text: "An ability to hold the person's world view in mind while retaining an independent perspective",
                },
              ],
            },
            {
              id: 'wales-sp:4.2.h04',
              type: 'subheading',
              text: 'Capacity to recognise and address threats to the relationship',
              children: [
                {
                  id: 'wales-sp:4.2.s09',
                  type: 'statement',
                  text: 'An ability to recognise if there are strains in the relationship, for example:',
                  children: [
                    {
                      id: 'wales-sp:4.2.s09.p01',
                      type: 'sub-point',
                      text: 'talking with the person about how they understand the role of the social prescribing practitioner and clearing up any misunderstandings',
                    },
                    {
                      id: 'wales-sp:4.2.s09.p02',
                      type: 'sub-point',
                      text: 'giving and asking for feedback about what is happening while an interaction is taking place, in a way that invites more exploration',
                    },
                    {
                      id: 'wales-sp:4.2.s09.p03',
                      type: 'sub-point',
                      text: 'acknowledging and accepting responsibility for any contribution to strains in the relationship',
                    },
                    {
                      id: 'wales-sp:4.2.s09.p04',
                      type: 'sub-point',
                      text: 'allowing the person to talk about any negative feelings they have about the relationship',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'wales-sp:domain-5',
      type: 'domain',
      code: '5',
      title: 'Developing and following through on an action plan',
      text: 'Developing and following through on an action plan',
      children: [
        {
          id: 'wales-sp:5.1',
          type: 'competence-area',
          code: '5.1',
          title: 'Able to take a strengths-based approach and work in partnership',
          text: 'Able to take a strengths-based approach and work in partnership',
          children: [
            {
              id: 'wales-sp:5.1.s01',
              type: 'statement',
              text: 'An ability to draw on knowledge that a strengths-based approach:',
              children: [
                {
                  id: 'wales-sp:5.1.s01.p01',
                  type: 'sub-point',
                  text: 'focuses on the positive aspects of a person, including (or example) their knowledge skills, interests, social and family connections and support networks, and what it is that gives them a sense of purpose',
                },
                {
                  id: 'wales-sp:5.1.s01.p02',
                  type: 'sub-point',
                  text: "views the person's situation realistically, but looks for opportunities to add to and support their strengths and capacities rather than focusing on problems or concerns",
                },
              ],
            },
            {
              id: 'wales-sp:5.1.s02',
              type: 'statement',
              text: 'An ability to draw on knowledge of the value of adopting a strengths-based approach, that it helps the person:',
              children: [
                {
                  id: 'wales-sp:5.1.s02.p01',
                  type: 'sub-point',
                  text: 'build resilience',
                },
                {
                  id: 'wales-sp:5.1.s02.p02',
                  type: 'sub-point',
                  text: 'focus on positives in their lives',
                },
                {
                  id: 'wales-sp:5.1.s02.p03',
                  type: 'sub-point',
                  text: 'develop new strengths',
                },
                {
                  id: 'wales-sp:5.1.s02.p04',
                  type: 'sub-point',
                  text: 'take responsibility for their own wellbeing and lives',
                },
                {
                  id: 'wales-sp:5.1.s02.p05',
                  type: 'sub-point',
                  text: 'feel empowered to make positive changes',
                },
              ],
            },
            {
              id: 'wales-sp:5.1.s03',
              type: 'statement',
              text: 'An ability to draw on knowledge that focusing on strengths does not mean ignoring challenges but on maximising the use of strengths to overcome them',
            },
            {
              id: 'wales-sp:5.1.s04',
              type: 'statement',
              text: 'An ability to keep a focus on issues that matter to the person and so are important and meaningful to them, including:',
              children: [
                {
                  id: 'wales-sp:5.1.s04.p01',
                  type: 'sub-point',
                  text: "helping the person to explicitly identify 'what matters to me' (what is important and meaningful to them and that they want to address)",
                },
                {
                  id: 'wales-sp:5.1.s04.p02',
                  type: 'sub-point',
                  text: 'making them central to any discussion and focusing on understanding their priorities',
                },
                {
                  id: 'wales-sp:5.1.s04.p03',
                  type: 'sub-point',
                  text: "giving non-judgemental support for the person's aims and goals",
                },
              ],
            },
            {
              id: 'wales-sp:5.1.s05',
              type: 'statement',
              text: "An ability to maintain a strengths-based approach by using open questions that focus on the person's strength as well as the resources they have around them, for example:",
              children: [
                {
                  id: 'wales-sp:5.1.s05.p01',
                  type: 'sub-point',
                  text: 'what is working well',
                },
                {
                  id: 'wales-sp:5.1.s05.p02',
                  type: 'sub-point',
                  text: 'what are their interests and hobbies',
                },
                {
                  id: 'wales-sp:5.1.s05.p03',
                  type: 'sub-point',
                  text: 'what has gone well before',
                },
                {
                  id: 'wales-sp:5.1.s05.p04',
                  type: 'sub-point',
                  text: 'what they have tried that has been helpful',
                },
                {
                  id: 'wales-sp:5.1.s05.p05',
                  type: 'sub-point',
                  text: 'who has been supportive',
                },
                {
                  id: 'wales-sp:5.1.s05.p06',
                  type: 'sub-point',
                  text: 'what small steps might make a difference',
                },
                {
                  id: 'wales-sp:5.1.s05.p07',
                  type: 'sub-point',
                  text: 'what resources are available to them',
                },
                {
                  id: 'wales-sp:5.1.s05.p08',
                  type: 'sub-point',
                  text: 'what help would let them return to a means of support that worked for them before',
                },
              ],
            },
            {
              id: 'wales-sp:5.1.s06',
              type: 'statement',
              text: 'An ability to not focus only on what is difficult for the person (for example negative feelings, problems or barriers to change)',
            },
          ],
        },
        {
          id: 'wales-sp:5.2a',
          type: 'competence-area',
          code: '5.2a',
          title: 'Able to use strategies from motivational interviewing',
          text: 'Able to use strategies from motivational interviewing',
          children: [
            {
              id: 'wales-sp:5.2a.h01',
              type: 'subheading',
              text: 'Using motivational interviewing in social prescribing',
              children: [
                {
                  id: 'wales-sp:5.2a.n01',
                  type: 'paragraph',
                  text: 'Although motivational interviewing can be used as a standalone intervention, social prescribing practitioners will usually use it as part of a set of strategies in the context of a broader intervention, when the issue of motivation to make changes in behaviour presents itself.',
                },
              ],
            },
            {
              id: 'wales-sp:5.2a.h02',
              type: 'subheading',
              text: 'Therapist stance',
              children: [
                {
                  id: 'wales-sp:5.2a.s01',
                  type: 'statement',
                  text: 'An ability to keep an empathic, non-confrontational, collaborative and non-judgemental stance',
                },
                {
                  id: 'wales-sp:5.2a.s02',
                  type: 'statement',
                  text: "An ability to communicate genuine acceptance of the person's position, avoiding the use of persuasion and direct confrontation",
                },
                {
                  id: 'wales-sp:5.2a.s03',
                  type: 'statement',
                  text: "An ability to work from a position that respects the person's autonomy and their responsibility for change",
                },
              ],
            },
            {
              id: 'wales-sp:5.2a.h03',
              type: 'subheading',
              text: 'Knowledge',
              children: [
                {
                  id: 'wales-sp:5.2a.s04',
                  type: 'statement',
                  text: 'An ability to draw on basic knowledge of the psychology of behaviour change and motivation, that:',
                  children: [
                    {
                      id: 'wales-sp:5.2a.s04.p01',
                      type: 'sub-point',
                      text: "motivation is shaped by a person's perception of their ability to carry out a behaviour and the opportunity for them to do so",
                    },
                    {
                      id: 'wales-sp:5.2a.s04.p02',
                      type: 'sub-point',
                      text: 'motivation to engage in a particular behaviour often fluctuates in response to competing internal (psychological) and external demands',
                    },
                    {
                      id: 'wales-sp:5.2a.s04.p03',
                      type: 'sub-point',
                      text: 'ambivalence about behaviour change is not a pathological trait but rather a common precursor to making a change',
                    },
                    {
                      id: 'wales-sp:5.2a.s04.p04',
                      type: 'sub-point',
                      text: "confrontation aimed at forcing behaviour change often results in 'push-back' and a defence of the status quo",
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:5.2a.h04',
              type: 'subheading',
              text: 'Motivational interviewing techniques',
              children: [
                {
                  id: 'wales-sp:5.2a.s05',
                  type: 'statement',
                  text: "An ability to judge when and how to introduce motivational interviewing so as to deliver this 'opportunistically' (so that it is relevant to discussion, integrated into the session, and targeted at resolving ambivalence about behaviour change)",
                },
              ],
            },
            {
              id: 'wales-sp:5.2a.h05',
              type: 'subheading',
              text: 'Identifying discrepancies',
              children: [
                {
                  id: 'wales-sp:5.2a.s06',
                  type: 'statement',
                  text: "An ability to draw out the person's:",
                  children: [
                    {
                      id: 'wales-sp:5.2a.s06.p01',
                      type: 'sub-point',
                      text: 'ideas, feeling and wants',
                    },
                    {
                      id: 'wales-sp:5.2a.s06.p02',
                      type: 'sub-point',
                      text: 'intrinsic motivation for change',
                    },
                  ],
                },
                {
                  id: 'wales-sp:5.2a.s07',
                  type: 'statement',
                  text: 'An ability to help the person discuss any distinction (and discrepancy) between their current situation and:',
                  children: [
                    {
                      id: 'wales-sp:5.2a.s07.p01',
                      type: 'sub-point',
                      text: 'how far it matches with living according to their values',
                    },
                    {
                      id: 'wales-sp:5.2a.s07.p02',
                      type: 'sub-point',
                      text: 'their goals for the future',
                    },
                  ],
                },
                {
                  id: 'wales-sp:5.2a.s08',
                  type: 'statement',
                  text: 'An ability to help the person explore and resolve their ambivalence in favour of change',
                },
                {
                  id: 'wales-sp:5.2a.s09',
                  type: 'statement',
                  text: 'An ability to encourage exploration of ambivalence by using open questions to help the person identify the pros of change and barriers to achieving this change',
                },
                {
                  id: 'wales-sp:5.2a.s10',
                  type: 'statement',
                  text: "An ability to enhance the person's perception of the importance of change and their confidence and readiness to make this change, by discussing ambivalence and highlighting reasons for change",
                },
              ],
            },
            {
              id: 'wales-sp:5.2a.h06',
              type: 'subheading',
              text: 'Style of interaction',
              children: [
                {
                  id: 'wales-sp:5.2a.s11',
                  type: 'statement',
                  text: "An ability to use affirmative (positive) statements that acknowledge the person's efforts and strengths",
                },
                {
                  id: 'wales-sp:5.2a.s12',
                  type: 'statement',
                  text: 'An ability to use open-ended questions to encourage the person to reflect on behaviour change',
                },
                {
                  id: 'wales-sp:5.2a.s13',
                  type: 'statement',
                  text: "An ability for the social prescribing practitioner to avoid the use of 'traps', for example:",
                  children: [
                    {
                      id: 'wales-sp:5.2a.s13.p01',
                      type: 'sub-point',
                      text: 'question-answer traps (repeatedly asking questions that elicit monosyllabic responses)',
                    },
                    {
                      id: 'wales-sp:5.2a.s13.p02',
                      type: 'sub-point',
                      text: 'premature focus traps (focusing on a problem area without fully exploring other areas of concern to the person and identifying their priorities)',
                    },
                    {
                      id: 'wales-sp:5.2a.s13.p03',
                      type: 'sub-point',
                      text: "taking-sides traps (arguing against the person's view of the problem)",
                    },
                    {
                      id: 'wales-sp:5.2a.s13.p04',
                      type: 'sub-point',
                      text: 'blaming traps (blaming the person or other people for the situation)',
                    },
                  ],
                },
                {
                  id: 'wales-sp:5.2a.s14',
                  type: 'statement',
                  text: 'An ability to maintain a reflective listening style by:',
                  children: [
                    {
                      id: 'wales-sp:5.2a.s14.p01',
                      type: 'sub-point',
                      text: 'paying attention to statements indicating a desire or ability to change and reflecting these back to the person in summary statements',
                    },
                    {
                      id: 'wales-sp:5.2a.s14.p02',
                      type: 'sub-point',
                      text: 'using different types of reflective statements, including:',
                      children: [
                        {
                          id: 'wales-sp:5.2a.s14.p02.p01',
                          type: 'sub-point',
                          text: 'simple reflection (paraphrasing what the person has said)',
                        },
                        {
                          id: 'wales-sp:5.2a.s14.p02.p02',
                          type: 'sub-point',
                          text: 'amplified reflection (highlighting something a person has said to encourage deeper consideration)',
                        },
                        {
                          id: 'wales-sp:5.2a.s14.p02.p03',
                          type: 'sub-point',
                          text: 'double-sided reflection (highlighting ambivalence about change)',
                        },
                      ],
                    },
                  ],
                },
                {
                  id: 'wales-sp:5.2a.s15',
                  type: 'statement',
                  text: "An ability to offer summaries during sessions, to show an understanding of the person's position",
                },
                {
                  id: 'wales-sp:5.2a.s16',
                  type: 'statement',
                  text: 'An ability to reframe discussion positively with a focus on behaviour change',
                },
                {
                  id: 'wales-sp:5.2a.s17',
                  type: 'statement',
                  text: 'An ability to help the person consider new perspectives, ensuring that this is done in a non-confrontational way',
                },
                {
                  id: 'wales-sp:5.2a.s18',
                  type: 'statement',
                  text: "An ability to support the person's sense of self-efficacy by using affirmation and positive reinforcement of change talk",
                },
                {
                  id: 'wales-sp:5.2a.s19',
                  type: 'statement',
                  text: 'An ability to develop, in collaboration with the person, a plan for behaviour change',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:5.2b',
          type: 'competence-area',
          code: '5.2b',
          title: 'Able to take a solution-focused approach',
          text: 'Able to take a solution-focused approach',
          children: [
            {
              id: 'wales-sp:5.2b.s01',
              type: 'statement',
              text: 'An ability to draw on knowledge that a solution-focused approach is:',
              children: [
                {
                  id: 'wales-sp:5.2b.s01.p01',
                  type: 'sub-point',
                  text: 'future-oriented and goal-directed',
                },
                {
                  id: 'wales-sp:5.2b.s01.p02',
                  type: 'sub-point',
                  text: "focuses on the person's strengths (rather than deficits) and on skills, resources and coping abilities that would help them to reach their goals",
                },
              ],
            },
            {
              id: 'wales-sp:5.2b.s02',
              type: 'statement',
              text: 'An ability to draw on knowledge that steps in a solution-focused approach usually include:',
              children: [
                {
                  id: 'wales-sp:5.2b.s02.p01',
                  type: 'sub-point',
                  text: "identifying the person's preferred future",
                },
                {
                  id: 'wales-sp:5.2b.s02.p02',
                  type: 'sub-point',
                  text: 'identifying what the person is already doing to reach that goal',
                },
                {
                  id: 'wales-sp:5.2b.s02.p03',
                  type: 'sub-point',
                  text: 'identifying the specific steps the person can take',
                },
                {
                  id: 'wales-sp:5.2b.s02.p04',
                  type: 'sub-point',
                  text: 'identifying and agreeing an action plan',
                },
              ],
            },
            {
              id: 'wales-sp:5.2b.s03',
              type: 'statement',
              text: "An ability to ask the person what is known as the 'miracle question' (to imagine that their problems have vanished, and ask them how they would know the problems had gone and what, specifically, is now different), to:",
              children: [
                {
                  id: 'wales-sp:5.2b.s03.p01',
                  type: 'sub-point',
                  text: 'identify and get a greater understanding of what the problem is',
                },
                {
                  id: 'wales-sp:5.2b.s03.p02',
                  type: 'sub-point',
                  text: 'understand how it is affecting the person',
                },
                {
                  id: 'wales-sp:5.2b.s03.p03',
                  type: 'sub-point',
                  text: 'encourage the person to be motivated to want to overcome the problem',
                },
              ],
            },
            {
              id: 'wales-sp:5.2b.s04',
              type: 'statement',
              text: "An ability to ask 'coping questions' that ask the person to consider the resources they are using, to help draw their attention to ways they are already managing",
            },
            {
              id: 'wales-sp:5.2b.s05',
              type: 'statement',
              text: "An ability to ask 'exception questions' that help the person identify the resources they are employing at times when they are managing problems or issues more effectively",
            },
            {
              id: 'wales-sp:5.2b.s06',
              type: 'statement',
              text: "An ability to acknowledge the person's strengths and use of resources by explicitly reflecting this back and so complementing them",
            },
            {
              id: 'wales-sp:5.2b.s07',
              type: 'statement',
              text: 'An ability to use solution-focused scaling questions to ask the person to rate their current position on an issue (on a scale of 1 to 10), and start a discussion of solutions that might help shift their position, for example:',
              children: [
                {
                  id: 'wales-sp:5.2b.s07.p01',
                  type: 'sub-point',
                  text: 'how confident they feel to make a change',
                },
                {
                  id: 'wales-sp:5.2b.s07.p02',
                  type: 'sub-point',
                  text: 'how motivated they feel to take steps towards change',
                },
              ],
            },
            {
              id: 'wales-sp:5.2b.s08',
              type: 'statement',
              text: 'An ability to help the person identify the signs that they are moving towards achieving their goals, to help them identify and anchor changes',
            },
          ],
        },
        {
          id: 'wales-sp:5.2c',
          type: 'competence-area',
          code: '5.2c',
          title: 'Able to help people develop coping and problem-solving skills',
          text: 'Able to help people develop coping and problem-solving skills',
          children: [
            {
              id: 'wales-sp:5.2c.h01',
              type: 'subheading',
              text: 'Coping strategies',
              children: [
                {
                  id: 'wales-sp:5.2c.s01',
                  type: 'statement',
                  text: 'An ability to work with the person being supported to:',
                  children: [
                    {
                      id: 'wales-sp:5.2c.s01.p01',
                      type: 'sub-point',
                      text: 'discuss their coping strategies and identify the external resources available to them (such as family and friends)',
                    },
                    {
                      id: 'wales-sp:5.2c.s01.p02',
                      type: 'sub-point',
                      text: 'identify (and reinforce the value of) coping strategies that the person feels work well',
                    },
                    {
                      id: 'wales-sp:5.2c.s01.p03',
                      type: 'sub-point',
                      text: 'identify when (and discuss why) coping strategies they use do not work well',
                    },
                    {
                      id: 'wales-sp:5.2c.s01.p04',
                      type: 'sub-point',
                      text: 'identify different coping strategies that may be more effective',
                    },
                    {
                      id: 'wales-sp:5.2c.s01.p05',
                      type: 'sub-point',
                      text: 'consider how to implement skills and strategies that may be more effective ways of coping with difficult situations',
                    },
                    {
                      id: 'wales-sp:5.2c.s01.p06',
                      type: 'sub-point',
                      text: 'identify any potential barriers to implementing new coping strategies',
                    },
                  ],
                },
                {
                  id: 'wales-sp:5.2c.s02',
                  type: 'statement',
                  text: 'An ability to help people to develop the skills to reflect on and review their coping strategies over time',
                },
              ],
            },
            {
              id: 'wales-sp:5.2c.h02',
              type: 'subheading',
              text: 'Problem solving',
              children: [
                {
                  id: 'wales-sp:5.2c.s03',
                  type: 'statement',
                  text: 'An ability to explain the reasons for practicing problem solving',
                },
                {
                  id: 'wales-sp:5.2c.s04',
                  type: 'statement',
                  text: 'An ability to help the person select problems (that are relevant and important to them) and that achievable goals can be set for them',
                },
                {
                  id: 'wales-sp:5.2c.s05',
                  type: 'statement',
                  text: 'An ability to help the person specify the problem(s), and break down larger problems into smaller (more manageable) parts',
                },
                {
                  id: 'wales-sp:5.2c.s06',
                  type: 'statement',
                  text: 'An ability to identify achievable goals with the person, bearing in mind their resources and likely obstacles',
                },
                {
                  id: 'wales-sp:5.2c.s07',
                  type: 'statement',
                  text: 'An ability to help the person:',
                  children: [
                    {
                      id: 'wales-sp:5.2c.s07.p01',
                      type: 'sub-point',
                      text: "come up with ('brainstorm') possible solutions",
                    },
                    {
                      id: 'wales-sp:5.2c.s07.p02',
                      type: 'sub-point',
                      text: 'choose their preferred solution',
                    },
                    {
                      id: 'wales-sp:5.2c.s07.p03',
                      type: 'sub-point',
                      text: 'plan and act on preferred solutions',
                    },
                    {
                      id: 'wales-sp:5.2c.s07.p04',
                      type: 'sub-point',
                      text: 'evaluate the outcome of acting on the preferred solutions, whether positive or negative',
                    },
                    {
                      id: 'wales-sp:5.2c.s07.p05',
                      type: 'sub-point',
                      text: 'test beliefs or assumptions that might get in the way of problem solving',
                    },
                  ],
                },
                {
                  id: 'wales-sp:5.2c.s08',
                  type: 'statement',
                  text: 'An ability for the social prescribing practitioner to keep a focus on encouraging the person to find their own solutions (rather than suggesting solutions, which would risk imposing them on the person)',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:5.3',
          type: 'competence-area',
          code: '5.3',
          title: 'Able to co-develop a person-centred action plan',
          text: 'Able to co-develop a person-centred action plan',
          children: [
            {
              id: 'wales-sp:5.3.s01',
              type: 'statement',
              text: "An ability to co-develop a person-centred action plan based on discussion of 'what matters' to the person",
            },
            {
              id: 'wales-sp:5.3.s02',
              type: 'statement',
              text: 'An ability to establish clear goals with the person that reflect what they want to achieve',
            },
            {
              id: 'wales-sp:5.3.s03',
              type: 'statement',
              text: "An ability to ensure the action plan is 'owned' by the person and that they see it as useful",
            },
            {
              id: 'wales-sp:5.3.s04',
              type: 'statement',
              text: 'An ability to help the person think through the actions that need to be taken or the type of support that matches their needs and situation, for example based on:',
              children: [
                {
                  id: 'wales-sp:5.3.s04.p01',
                  type: 'sub-point',
                  text: 'their goals',
                },
                {
                  id: 'wales-sp:5.3.s04.p02',
                  type: 'sub-point',
                  text: 'their expressed preferences',
                },
                {
                  id: 'wales-sp:5.3.s04.p03',
                  type: 'sub-point',
                  text: 'the nature and severity of their distress',
                },
                {
                  id: 'wales-sp:5.3.s04.p04',
                  type: 'sub-point',
                  text: 'their willingness to access services',
                },
              ],
            },
            {
              id: 'wales-sp:5.3.s05',
              type: 'statement',
              text: 'An ability to support development of the plan by:',
              children: [
                {
                  id: 'wales-sp:5.3.s05.p01',
                  type: 'sub-point',
                  text: 'providing clear information about the choices that are available, and making sure the person understands them',
                },
                {
                  id: 'wales-sp:5.3.s05.p02',
                  type: 'sub-point',
                  text: 'helping the person decide what support they want to be connected to',
                },
                {
                  id: 'wales-sp:5.3.s05.p03',
                  type: 'sub-point',
                  text: 'identifying the level of support that the person needs and how motivated they are to manage their health and wellbeing',
                },
                {
                  id: 'wales-sp:5.3.s05.p04',
                  type: 'sub-point',
                  text: 'identifying practical issues that may influence how the plan is implemented (for example difficulties around travel, worry about meeting new people)',
                },
                {
                  id: 'wales-sp:5.3.s05.p05',
                  type: 'sub-point',
                  text: 'identifying what the person feels able to do for themselves and in what areas they might need support',
                },
              ],
            },
            {
              id: 'wales-sp:5.3.s06',
              type: 'statement',
              text: 'An ability to help make sure that the person has realistic expectations about the support they will get from a service or activity, and being open about limitations such as:',
              children: [
                {
                  id: 'wales-sp:5.3.s06.p01',
                  type: 'sub-point',
                  text: 'waiting lists and waiting times',
                },
                {
                  id: 'wales-sp:5.3.s06.p02',
                  type: 'sub-point',
                  text: 'gaps in community provision',
                },
              ],
            },
            {
              id: 'wales-sp:5.3.s07',
              type: 'statement',
              text: 'An ability to discuss with a person the responsibilities and limits of organisations and services, to identify those that suit their needs and are acceptable to them',
            },
            {
              id: 'wales-sp:5.3.s08',
              type: 'statement',
              text: 'An ability to communicate information about organisations and services to the person, to help them make informed choices about the options they want to pursue',
            },
            {
              id: 'wales-sp:5.3.s09',
              type: 'statement',
              text: 'An ability to identify organisations and services that are accessible for the person (considering any needs the person has that make it difficult to travel to or use the service)',
            },
            {
              id: 'wales-sp:5.3.h01',
              type: 'subheading',
              text: 'Agreeing the person-centred support/action plan',
              children: [
                {
                  id: 'wales-sp:5.3.s10',
                  type: 'statement',
                  text: 'An ability to work with the person to generate and agree a plan in an appropriate format, with content that sets out:',
                  children: [
                    {
                      id: 'wales-sp:5.3.s10.p01',
                      type: 'sub-point',
                      text: 'what matters to them',
                    },
                    {
                      id: 'wales-sp:5.3.s10.p02',
                      type: 'sub-point',
                      text: 'their goals',
                    },
                    {
                      id: 'wales-sp:5.3.s10.p03',
                      type: 'sub-point',
                      text: 'how best they can be supported',
                    },
                    {
                      id: 'wales-sp:5.3.s10.p04',
                      type: 'sub-point',
                      text: 'what people need to know about them (for example, any health conditions that agencies need to know about)',
                    },
                    {
                      id: 'wales-sp:5.3.s10.p05',
                      type: 'sub-point',
                      text: 'a summary of support that they are being connected to, including what they can expect from support',
                    },
                    {
                      id: 'wales-sp:5.3.s10.p06',
                      type: 'sub-point',
                      text: 'what they can do to support themselves to meet their goals',
                    },
                    {
                      id: 'wales-sp:5.3.s10.p07',
                      type: 'sub-point',
                      text: 'a date for reviewing progress made with the plan',
                    },
                  ],
                },
                {
                  id: 'wales-sp:5.3.s11',
                  type: 'statement',
                  text: 'An ability to formulate the plan so that it reflects the content and tone of the exchanges that have led to its development',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:5.4',
          type: 'competence-area',
          code: '5.4',
          title: 'Signposting',
          text: 'Signposting',
          children: [
            {
              id: 'wales-sp:5.4.s01',
              type: 'statement',
              text: 'An ability to draw on knowledge that signposting aims to help a person independently access sources of support that are relevant to their circumstances and goals, and that they may not be aware of',
            },
            {
              id: 'wales-sp:5.4.s02',
              type: 'statement',
              text: 'An ability to pass on contact information in a way that makes it likely to be remembered and used, for example:',
              children: [
                {
                  id: 'wales-sp:5.4.s02.p01',
                  type: 'sub-point',
                  text: 'written rather than verbal',
                },
                {
                  id: 'wales-sp:5.4.s02.p02',
                  type: 'sub-point',
                  text: 'in a format most likely to be accessed by the person (for example by email, through social media or an app, or printed media)',
                },
              ],
            },
            {
              id: 'wales-sp:5.4.s03',
              type: 'statement',
              text: 'An ability to establish that a person is willing and able to access the organisation, service or support',
            },
            {
              id: 'wales-sp:5.4.s04',
              type: 'statement',
              text: 'An ability to follow up with the person to find out if they have accessed the organisation, service, group, activity or programme – or they need a different type or level of support',
            },
            {
              id: 'wales-sp:5.4.s05',
              type: 'statement',
              text: 'An ability to judge when signposting alone is enough to enable the person to connect to services or organisations and when more extensive support is appropriate, based (for example) on:',
              children: [
                {
                  id: 'wales-sp:5.4.s05.p01',
                  type: 'sub-point',
                  text: "the person's capacity, resources, willingness and readiness to engage with the service or organisation",
                },
                {
                  id: 'wales-sp:5.4.s05.p02',
                  type: 'sub-point',
                  text: 'the degree to which the receiving service or organisation is likely to be equipped to welcome and engage the person',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:5.5',
          type: 'competence-area',
          code: '5.5',
          title: 'Able to support people to access services and organisations',
          text: 'Able to support people to access services and organisations',
          children: [
            {
              id: 'wales-sp:5.5.h01',
              type: 'subheading',
              text: 'Making a referral',
              children: [
                {
                  id: 'wales-sp:5.5.s01',
                  type: 'statement',
                  text: 'An ability to draw on (and regularly update) an in-depth knowledge of available sources of support, including factors such as:',
                  children: [
                    {
                      id: 'wales-sp:5.5.s01.p01',
                      type: 'sub-point',
                      text: 'the type of organisation or service (for example statutory sector or volunteer-led)',
                    },
                    {
                      id: 'wales-sp:5.5.s01.p02',
                      type: 'sub-point',
                      text: "the degree of 'fit' between the person being referred and how well the organisation or service can support them and meet their needs",
                    },
                    {
                      id: 'wales-sp:5.5.s01.p03',
                      type: 'sub-point',
                      text: 'the resources available to the service or organisation',
                    },
                  ],
                },
                {
                  id: 'wales-sp:5.5.s02',
                  type: 'statement',
                  text: 'An ability to identify organisations and services that are accessible for the person (for example, taking any travel needs into account)',
                },
                {
                  id: 'wales-sp:5.5.s03',
                  type: 'statement',
                  text: 'An ability to share information about organisations and services with the person that helps them make informed choices about the options they want to pursue',
                },
                {
                  id: 'wales-sp:5.5.s04',
                  type: 'statement',
                  text: 'An ability to help the person consider the type of support that matches their needs and situation, based (for example) on:',
                  children: [
                    {
                      id: 'wales-sp:5.5.s04.p01',
                      type: 'sub-point',
                      text: 'their goals',
                    },
                    {
                      id: 'wales-sp:5.5.s04.p02',
                      type: 'sub-point',
                      text: 'their expressed preferences',
                    },
                    {
                      id: 'wales-sp:5.5.s04.p03',
                      type: 'sub-point',
                      text: 'the nature and severity of their distress',
                    },
                    {
                      id: 'wales-sp:5.5.s04.p04',
                      type: 'sub-point',
                      text: 'their willingness to access services',
                    },
                  ],
                },
                {
                  id: 'wales-sp:5.5.s05',
                  type: 'statement',
                  text: 'An ability to discuss with a person the reach, responsibilities and limits of organisations and services, to help them identify those that are both suited to their needs and acceptable to them',
                },
                {
                  id: 'wales-sp:5.5.s06',
                  type: 'statement',
                  text: 'An ability to refer the person to organisations or services by communicating with them in ways that follow their procedures (for example making a phone call, writing a referral letter or filling in a form)',
                },
                {
                  id: 'wales-sp:5.5.s07',
                  type: 'statement',
                  text: 'An ability to apply the principles of confidentiality when judging the level of information contained in a referral, holding in mind:',
                  children: [
                    {
                      id: 'wales-sp:5.5.s07.p01',
                      type: 'sub-point',
                      text: 'the type of service or organisation being referred to',
                    },
                    {
                      id: 'wales-sp:5.5.s07.p02',
                      type: 'sub-point',
                      text: "the principle of what the organisation 'needs to know' so they can meet the person's needs",
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:5.5.h02',
              type: 'subheading',
              text: 'Facilitating access to organisations and services',
              children: [
                {
                  id: 'wales-sp:5.5.s08',
                  type: 'statement',
                  text: "An ability to facilitate the person's access to organisations and services by giving them practical help (for example, going with them to an initial appointment or meeting)",
                },
                {
                  id: 'wales-sp:5.5.s09',
                  type: 'statement',
                  text: 'An ability to draw on knowledge of the challenges that people may face when trying to access an organisation or service, such as:',
                  children: [
                    {
                      id: 'wales-sp:5.5.s09.p01',
                      type: 'sub-point',
                      text: 'practical challenges, such as getting to appointments',
                    },
                    {
                      id: 'wales-sp:5.5.s09.p02',
                      type: 'sub-point',
                      text: 'the possibility of the person feeling stigmatised or experiencing discrimination',
                    },
                  ],
                },
                {
                  id: 'wales-sp:5.5.s10',
                  type: 'statement',
                  text: 'An ability to help people address challenges in accessing services and organisations using appropriate strategies, such as problem-solving approaches or encouraging them to raise issues they are concerned about',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'wales-sp:domain-6',
      type: 'domain',
      code: '6',
      title: 'Monitoring',
      text: 'Monitoring',
      children: [
        {
          id: 'wales-sp:6.1',
          type: 'competence-area',
          code: '6.1',
          title: 'Able to monitor progress with community engagement and identify and overcome any challenges',
          text: 'Able to monitor progress with community engagement and identify and overcome any challenges',
          children: [
            {
              id: 'wales-sp:6.1.s01',
              type: 'statement',
              text: 'An ability to monitor the progress of referrals to community assets, to identify if a referral is progressing, and to start remedial action if the person has not engaged, for example:',
              children: [
                {
                  id: 'wales-sp:6.1.s01.p01',
                  type: 'sub-point',
                  text: 'contacting the organisation or service to find out how the person has engaged with it',
                },
                {
                  id: 'wales-sp:6.1.s01.p02',
                  type: 'sub-point',
                  text: 'routinely scheduling a follow-up with the person to discuss how they have found the process of engaging, and to find out:',
                  children: [
                    {
                      id: 'wales-sp:6.1.s01.p02.p01',
                      type: 'sub-point',
                      text: 'if engagement is progressing well and in line with the action plan',
                    },
                    {
                      id: 'wales-sp:6.1.s01.p02.p02',
                      type: 'sub-point',
                      text: 'if they have had any difficulties and what the difficulties are, for example:',
                      children: [
                        {
                          id: 'wales-sp:6.1.s01.p02.p02.p01',
                          type: 'sub-point',
                          text: 'the community asset does not offer what they expected or hoped for',
                        },
                        {
                          id: 'wales-sp:6.1.s01.p02.p02.p02',
                          type: 'sub-point',
                          text: 'they find attending more difficult than they expected',
                        },
                        {
                          id: 'wales-sp:6.1.s01.p02.p02.p03',
                          type: 'sub-point',
                          text: 'their situation has changed or worsened, leading to them withdrawing',
                        },
                        {
                          id: 'wales-sp:6.1.s01.p02.p02.p04',
                          type: 'sub-point',
                          text: 'practical issues (such as financial problems, or problems getting to the service with local transport) that make them less able to attend',
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:6.1.h01',
              type: 'subheading',
              text: 'Facilitating access to organisations and services',
              children: [
                {
                  id: 'wales-sp:6.1.s02',
                  type: 'statement',
                  text: 'An ability to judge if the best way of supporting the person to access services is by working with them or working with the asset (or both)',
                },
              ],
            },
            {
              id: 'wales-sp:6.1.h02',
              type: 'subheading',
              text: 'Working with the individual',
              children: [
                {
                  id: 'wales-sp:6.1.s03',
                  type: 'statement',
                  text: 'An ability to help people address challenges using strategies that are appropriate to the issue (for example problem-solving approaches, motivational interviewing strategies or empowering them to feel more confident about raising issues of concern directly)',
                },
                {
                  id: 'wales-sp:6.1.s04',
                  type: 'statement',
                  text: 'An ability to judge when practical help may be useful (for example, offering to go with the person to an initial meeting)',
                },
              ],
            },
            {
              id: 'wales-sp:6.1.h03',
              type: 'subheading',
              text: 'Working with community assets',
              children: [
                {
                  id: 'wales-sp:6.1.s05',
                  type: 'statement',
                  text: 'An ability to identify potential challenges to people trying to access an organisation or service, such as:',
                  children: [
                    {
                      id: 'wales-sp:6.1.s05.p01',
                      type: 'sub-point',
                      text: 'practical challenges (such as lack of accessible facilities)',
                    },
                    {
                      id: 'wales-sp:6.1.s05.p02',
                      type: 'sub-point',
                      text: 'long waiting lists',
                    },
                    {
                      id: 'wales-sp:6.1.s05.p03',
                      type: 'sub-point',
                      text: 'entry criteria that is too restrictive',
                    },
                    {
                      id: 'wales-sp:6.1.s05.p04',
                      type: 'sub-point',
                      text: 'evidence of stigmatisation or the experience of discrimination',
                    },
                  ],
                },
                {
                  id: 'wales-sp:6.1.s06',
                  type: 'statement',
                  text: 'With the organisation/asset, an ability to negotiate and attempt to co-design changes to overcome barriers to access',
                },
              ],
            },
            {
              id: 'wales-sp:6.1.h04',
              type: 'subheading',
              text: 'Revising the action plan',
              children: [
                {
                  id: 'wales-sp:6.1.s07',
                  type: 'statement',
                  text: "If problems have come up with the original action plan, an ability to draw on the person's experiences and co-produce a revised action plan that more closely matches their aspirations and resources",
                },
              ],
            },
            {
              id: 'wales-sp:6.1.h05',
              type: 'subheading',
              text: 'Keeping referrers to social prescribing informed about progress',
              children: [
                {
                  id: 'wales-sp:6.1.s08',
                  type: 'statement',
                  text: 'An ability to liaise with referrers into social prescribing to keep them informed about progress made on action plans',
                },
              ],
            },
          ],
        },
        {
          id: 'wales-sp:6.2',
          type: 'competence-area',
          code: '6.2',
          title: 'Able to track the impacts of social prescribing',
          text: 'Able to track the impacts of social prescribing',
          children: [
            {
              id: 'wales-sp:6.2.h01',
              type: 'subheading',
              text: 'Evaluating the impact of social prescribing',
              children: [
                {
                  id: 'wales-sp:6.2.n01',
                  type: 'paragraph',
                  text: 'The range and extent of evaluations carried out by social prescribing practitioners will vary depending on their level of research skills and the resources they can draw on. This section sets out what might be possible, rather than an expectation of all social prescribing practitioners',
                },
                {
                  id: 'wales-sp:6.2.s01',
                  type: 'statement',
                  text: 'An ability to draw on knowledge that there are three areas in which impacts from social prescribing can be monitored:',
                  children: [
                    {
                      id: 'wales-sp:6.2.s01.p01',
                      type: 'sub-point',
                      text: 'impacts on the person',
                    },
                    {
                      id: 'wales-sp:6.2.s01.p02',
                      type: 'sub-point',
                      text: 'impacts on community groups/organisations',
                    },
                    {
                      id: 'wales-sp:6.2.s01.p03',
                      type: 'sub-point',
                      text: 'impacts on the health and care system',
                    },
                  ],
                },
                {
                  id: 'wales-sp:6.2.s02',
                  type: 'statement',
                  text: 'An ability to judge what outcomes can be monitored meaningfully with the resources available and tailor the evaluation strategy to them, and:',
                  children: [
                    {
                      id: 'wales-sp:6.2.s02.p01',
                      type: 'sub-point',
                      text: 'an ability for to identify evaluation collection strategies that are best suited to the needs of the social prescribing practitioner, the people being supported and the funders of the service',
                    },
                  ],
                },
                {
                  id: 'wales-sp:6.2.s03',
                  type: 'statement',
                  text: 'An ability to co-produce (and so co-design) evaluations with people who have received social prescribing and organisations/services that the social prescribing practitioner engages with',
                },
                {
                  id: 'wales-sp:6.2.s04',
                  type: 'statement',
                  text: 'An ability to use qualitative and quantitative approaches for tracking outcomes',
                },
                {
                  id: 'wales-sp:6.2.s05',
                  type: 'statement',
                  text: 'An ability to select measurement strategies and instruments that are relevant to the aims of the social prescribing service and designed to detect changes in the aspects of functioning that are the targets of the intervention',
                },
                {
                  id: 'wales-sp:6.2.s06',
                  type: 'statement',
                  text: 'An ability to build measurement into an intervention so that data can be collected over time (for example, both before and after the social prescribing has taken place)',
                },
              ],
            },
            {
              id: 'wales-sp:6.2.h02',
              type: 'subheading',
              text: 'Impacts on the person',
              children: [
                {
                  id: 'wales-sp:6.2.s07',
                  type: 'statement',
                  text: 'An ability regularly (and routinely) to ask everyone referred to the social prescribing service to give unstructured feedback about its impact on their wellbeing, for example:',
                },
                {
                  id: 'wales-sp:6.2.s08',
                  type: 'statement',
                  text: 'An ability to monitor the impacts of social prescribing on the person using mixed methods (quantitative and qualitative methods) that consider the aims of the service and the needs of the person, in areas such as:',
                  children: [
                    {
                      id: 'wales-sp:6.2.s08.p01',
                      type: 'sub-point',
                      text: 'what support they have been connected to',
                    },
                    {
                      id: 'wales-sp:6.2.s08.p02',
                      type: 'sub-point',
                      text: 'any changes in their wellbeing and activation levels',
                    },
                    {
                      id: 'wales-sp:6.2.s08.p03',
                      type: 'sub-point',
                      text: 'if they feel more in control and able to manage their own health and wellbeing',
                    },
                    {
                      id: 'wales-sp:6.2.s08.p04',
                      type: 'sub-point',
                      text: 'if they are more physically active',
                    },
                    {
                      id: 'wales-sp:6.2.s08.p05',
                      type: 'sub-point',
                      text: 'if they are better able to manage practical issues (such as debt, housing, mobility and digital exclusion)',
                    },
                    {
                      id: 'wales-sp:6.2.s08.p06',
                      type: 'sub-point',
                      text: 'if they feel more connected to others and less isolated or lonely',
                    },
                    {
                      id: 'wales-sp:6.2.s08.p07',
                      type: 'sub-point',
                      text: 'their satisfaction with the service',
                    },
                  ],
                },
                {
                  id: 'wales-sp:6.2.s09',
                  type: 'statement',
                  text: 'An ability to use and interpret widely accepted standardised scales to assess wellbeing, such as:',
                  children: [
                    {
                      id: 'wales-sp:6.2.s09.p01',
                      type: 'sub-point',
                      text: 'the Warwick-Edinburgh Mental Wellbeing Scales (WEMHS)',
                    },
                    {
                      id: 'wales-sp:6.2.s09.p02',
                      type: 'sub-point',
                      text: 'the Office of National Statistics wellbeing scale (Personal Well-being ONS4 measures)',
                    },
                    {
                      id: 'wales-sp:6.2.s09.p03',
                      type: 'sub-point',
                      text: 'the Patient Activation Measure (PAM)',
                    },
                    {
                      id: 'wales-sp:6.2.s09.p04',
                      type: 'sub-point',
                      text: 'or the free-to-use General Self-Efficacy Scale (GSE)',
                    },
                    {
                      id: 'wales-sp:6.2.s09.p05',
                      type: 'sub-point',
                      text: 'the Well-being Star',
                    },
                  ],
                },
                {
                  id: 'wales-sp:6.2.s10',
                  type: 'statement',
                  text: 'Ability to administer measures or scales collaboratively, and:',
                  children: [
                    {
                      id: 'wales-sp:6.2.s10.p01',
                      type: 'sub-point',
                      text: 'to engage the person in the use of measures or scales by explaining how the measures can be useful and discussing the meaning and significance of the results',
                    },
                    {
                      id: 'wales-sp:6.2.s10.p02',
                      type: 'sub-point',
                      text: 'to give clear information about how information from the measures or scales will be used and who it will be shared with',
                    },
                    {
                      id: 'wales-sp:6.2.s10.p03',
                      type: 'sub-point',
                      text: 'to judge when a person needs help to complete a scale',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:6.2.h03',
              type: 'subheading',
              text: 'Impacts on community groups/organisations',
              children: [
                {
                  id: 'wales-sp:6.2.s11',
                  type: 'statement',
                  text: 'An ability to monitor the impact of social prescribing on community groups/organisations, in line with the nationally agreed core data set (forthcoming)',
                },
              ],
            },
            {
              id: 'wales-sp:6.2.h04',
              type: 'subheading',
              text: 'Impacts on the health and care system',
              children: [
                {
                  id: 'wales-sp:6.2.s12',
                  type: 'statement',
                  text: 'An ability to monitor the impact of social prescribing on the health and care system using methods that address the aims of service and the needs of the people it serves, in line with the nationally agreed core data set (forthcoming)',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'wales-sp:domain-7',
      type: 'domain',
      code: '7',
      title: 'Meta-competences (judgement calls)',
      text: 'Meta-competences (judgement calls)',
      children: [
        {
          id: 'wales-sp:7.1',
          type: 'competence-area',
          code: '7.1',
          title: 'Meta-competences for social prescribing practitioners',
          text: 'Meta-competences for social prescribing practitioners',
          children: [
            {
              id: 'wales-sp:7.1.h01',
              type: 'subheading',
              text: 'What are meta-competences?',
              children: [
                {
                  id: 'wales-sp:7.1.n01',
                  type: 'paragraph',
                  text: "Meta-competences are usually judgement calls. Social prescribing practitioners make them to adjust their practice, to make it relevant and appropriate to the person they are working with. The term 'meta' indicates that these are competences that involve making decisions about how to apply a competence.",
                },
                {
                  id: 'wales-sp:7.1.s01',
                  type: 'statement',
                  text: 'An ability to implement social prescribing in a way that is consistent with its core philosophy',
                },
                {
                  id: 'wales-sp:7.1.s02',
                  type: 'statement',
                  text: "An ability to balance the various roles of a social prescribing practitioner (for example providing support, promoting people's rights, acting as a facilitator, liaising with community assets)",
                },
                {
                  id: 'wales-sp:7.1.s03',
                  type: 'statement',
                  text: 'An ability to judge how best to integrate social prescribing with other ongoing or potential interventions that the person receives, and so take into account the range of their needs',
                },
              ],
            },
            {
              id: 'wales-sp:7.1.h02',
              type: 'subheading',
              text: 'Attitudes, values and style of interaction',
              children: [
                {
                  id: 'wales-sp:7.1.s04',
                  type: 'statement',
                  text: "An ability to be aware of the social prescribing practitioner's own values and experiences, and to reflect on how they might affect (positively and negatively) their attitudes to the people they work with and their styles of interaction",
                },
              ],
            },
            {
              id: 'wales-sp:7.1.h03',
              type: 'subheading',
              text: 'Engagement and intervention',
              children: [
                {
                  id: 'wales-sp:7.1.s05',
                  type: 'statement',
                  text: "An ability to judge how best to balance a focus on a person's strengths and resources while giving them space to discuss areas of concern or difficulty",
                },
                {
                  id: 'wales-sp:7.1.s06',
                  type: 'statement',
                  text: 'An ability to judge when social and cultural barriers to engagement may be relevant and need to be considered',
                },
                {
                  id: 'wales-sp:7.1.s07',
                  type: 'statement',
                  text: 'An ability to judge when there are indications that a person is at risk of withdrawing from an intervention and to respond by (for example):',
                  children: [
                    {
                      id: 'wales-sp:7.1.s07.p01',
                      type: 'sub-point',
                      text: 'openly discussing explicit feedback that expresses concerns about important aspects of the conversation or proposed course of action',
                    },
                    {
                      id: 'wales-sp:7.1.s07.p02',
                      type: 'sub-point',
                      text: 'responding to implicit feedback that indicates concerns about important aspects of the discussion (for example, feedback through comments, non-verbal behaviour or significant shifts in responsiveness)',
                    },
                    {
                      id: 'wales-sp:7.1.s07.p03',
                      type: 'sub-point',
                      text: "identifying when it seems difficult for people to give 'authentic' feedback (that is, responding with what they think the social prescribing practitioner wants to hear, rather than expressing their own view) and discussing it with them",
                    },
                  ],
                },
                {
                  id: 'wales-sp:7.1.s08',
                  type: 'statement',
                  text: 'An ability to balance flexibility and consistency when providing support',
                },
                {
                  id: 'wales-sp:7.1.s09',
                  type: 'statement',
                  text: 'An ability to judge when to offer self-disclosure and to decide what would be helpful to disclose and what should be held back',
                },
              ],
            },
            {
              id: 'wales-sp:7.1.h04',
              type: 'subheading',
              text: 'Making a referral',
              children: [
                {
                  id: 'wales-sp:7.1.s10',
                  type: 'statement',
                  text: 'An ability to apply the principles of confidentiality when judging the level of information contained in a referral, holding in mind:',
                  children: [
                    {
                      id: 'wales-sp:7.1.s10.p01',
                      type: 'sub-point',
                      text: 'the type of service or organisation to whom the referral is being made',
                    },
                    {
                      id: 'wales-sp:7.1.s10.p02',
                      type: 'sub-point',
                      text: "the principle of what the organisation 'needs to know' in order to meet the person's needs",
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:7.1.h05',
              type: 'subheading',
              text: 'Signposting',
              children: [
                {
                  id: 'wales-sp:7.1.s11',
                  type: 'statement',
                  text: 'An ability to judge when signposting alone is enough to enable the person to connect to services or organisations and when more extensive support is appropriate, based (for example) on:',
                  children: [
                    {
                      id: 'wales-sp:7.1.s11.p01',
                      type: 'sub-point',
                      text: "the person's capacity, resources, willingness and readiness to engage with the service or organisation",
                    },
                    {
                      id: 'wales-sp:7.1.s11.p02',
                      type: 'sub-point',
                      text: 'the degree to which the receiving service or organisation is likely to be equipped to welcome and engage the person',
                    },
                  ],
                },
              ],
            },
            {
              id: 'wales-sp:7.1.h06',
              type: 'subheading',
              text: 'Support',
              children: [
                {
                  id: 'wales-sp:7.1.s12',
                  type: 'statement',
                  text: "An ability to match the intensity and timing of support to the person's needs, and to judge if and when to increase or decrease the level of response",
                },
                {
                  id: 'wales-sp:7.1.s13',
                  type: 'statement',
                  text: 'An ability to judge when to offer support to the person or when to foster independence and their ability to self-manage',
                },
                {
                  id: 'wales-sp:7.1.s14',
                  type: 'statement',
                  text: 'An ability to judge the level of support a person needs so they can engage with community assets (for example, to judge if signposting alone is enough and when more support is needed)',
                },
              ],
            },
            {
              id: 'wales-sp:7.1.h07',
              type: 'subheading',
              text: 'Responding to feedback',
              children: [
                {
                  id: 'wales-sp:7.1.s15',
                  type: 'statement',
                  text: 'An ability to discuss any feedback from people expressing concerns about the support or interventions they receive',
                },
                {
                  id: 'wales-sp:7.1.s16',
                  type: 'statement',
                  text: 'An ability to detect and respond to implicit feedback that indicates that a person has concerns about the support or interventions they receive (for example, non-verbal behaviours, verbal comments, or changes in behaviour or responsiveness)',
                },
              ],
            },
            {
              id: 'wales-sp:7.1.h08',
              type: 'subheading',
              text: 'Setting limits',
              children: [
                {
                  id: 'wales-sp:7.1.s17',
                  type: 'statement',
                  text: 'An ability for social prescribing practitioners to judge when they are being drawn into offering help in areas they do not have formal training or expertise in, and respond to this, for example by setting limits on the scope of their work, seeking advice and supervision or referring the person to specialist services',
                },
              ],
            },
            {
              id: 'wales-sp:7.1.h09',
              type: 'subheading',
              text: 'Self-care',
              children: [
                {
                  id: 'wales-sp:7.1.s18',
                  type: 'statement',
                  text: 'An ability for social prescribing practitioners to demonstrate a capacity for reflective practice and judge when they are experiencing unhelpful levels of stress, and to prioritise taking appropriate steps to relieve stress',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
