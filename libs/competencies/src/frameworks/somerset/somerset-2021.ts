/**
 * Somerset Training & Education Framework (2021), encoded as a Ladder framework version.
 *
 * Source: "Training & Education Framework & Programme for Somerset Social Prescribing Workforce",
 * Dr Deborah Lane for the Somerset People Board for Health & Social Care, endorsed 12 March 2021.
 * Every text is the document's own wording;
 * only extraction artefacts were fixed (HTML tags, markdown emphasis, sentences split by page breaks,
 * a space inside one URL). Inside a text, "\n" separates the source's paragraphs and "• " marks a bullet.
 *
 * Covered: the five ladder levels (section 7.0) with their Table 1 row, the section 8.0 local induction
 * and per-level skills lists with the training & education resources listed against them, the six
 * assessed competencies and their rubrics (Appendix 6) under the level at which each is assessed,
 * the Dreyfus scoring instructions and Table 2, and the "Other training" table. Not encoded: the
 * narrative sections 1.0–6.0 and Appendices 1–5 (Appendix 4 pay scales live in pay-scales/afc-2020-21.ts).
 */
import type { FrameworkVersion } from '../../model';

export const SOMERSET_2021: FrameworkVersion = {
  key: 'somerset',
  version: '2021.1',
  title: 'Training & Education Framework & Programme for Somerset Social Prescribing Workforce',
  publisher: 'Somerset People Board for Health & Social Care',
  publishedOn: '2021-03',
  source:
    'Lane, D. (2021) Training & Education Framework & Programme for Somerset Social Prescribing Workforce. Somerset People Board for Health & Social Care (endorsed 12 March 2021). Sections 7.0 and 8.0, Tables 1 and 2, Appendix 6.',
  status: 'published',
  items: [
    {
      id: 'somerset:level.entry',
      type: 'level',
      title: 'Entry Level',
      text: 'Entry Level. On recruitment, someone who meets the person specification though with no previous experience of the roles, or those following an Apprenticeship route (see Appendix 5) into the roles, the focus is on acquiring Core Competencies & Knowledge. This is the first level of training and describes a foundation level of knowledge and understanding of Personalised Care. Competency assessment should focus on the ability to take a Person Centred Approach. Individuals at this level might be paid at the bottom of AfC Band 3 or equivalent i.e. £19,737 (March 2021). Those at entry level should undertake the competencies listed in the local induction within the first few weeks. Individuals then have the opportunity to develop their skills by undertaking level 1 competencies.',
      children: [
        {
          id: 'somerset:level.entry.career-stage',
          type: 'career-stage',
          title: 'Career Level',
          text: 'Entry Level with no previous experience OR Apprenticeship route',
        },
        {
          id: 'somerset:level.entry.competencies-achieved',
          type: 'competencies-achieved',
          title: 'Competencies achieved',
          text: 'Local Induction Competencies',
        },
        {
          id: 'somerset:level.entry.suggested-pay',
          type: 'suggested-pay',
          title: 'Suggested Payscale (2020/21)',
          text: '£19,737',
        },
        {
          id: 'somerset:level.entry.induction.it-systems',
          type: 'induction-item',
          text: 'IT Systems',
          children: [
            {
              id: 'somerset:level.entry.induction.it-systems.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Employer e.g. NHS, Voluntary sector, Social care',
            },
          ],
        },
        {
          id: 'somerset:level.entry.induction.supervision-and-appraisal',
          type: 'induction-item',
          text: 'Supervision and appraisal arrangements',
          children: [
            {
              id: 'somerset:level.entry.induction.supervision-and-appraisal.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Appropriately skilled professional Role development from peer expert',
            },
          ],
        },
        {
          id: 'somerset:level.entry.induction.clinical-escalation',
          type: 'induction-item',
          text: 'Clinical escalation',
          children: [
            {
              id: 'somerset:level.entry.induction.clinical-escalation.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Appropriately skilled professional',
            },
          ],
        },
        {
          id: 'somerset:level.entry.induction.policies-and-procedures',
          type: 'induction-item',
          text: 'Policies and procedures e.g. lone working',
          children: [
            {
              id: 'somerset:level.entry.induction.policies-and-procedures.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Employer',
            },
          ],
        },
        {
          id: 'somerset:level.entry.induction.team-roles-and-meetings',
          type: 'induction-item',
          text: 'Practice, PCN & wider neighbourhood team & MDT roles, huddles / meetings.',
          children: [
            {
              id: 'somerset:level.entry.induction.team-roles-and-meetings.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'A resources to support the new roles in primary care https://www.e-lfh.org.uk/programmes/new-roles-in-primary-care/',
            },
          ],
        },
        {
          id: 'somerset:level.entry.induction.mandatory-training',
          type: 'induction-item',
          text: 'Mandatory training e.g. fire, infection control, confidentiality',
          children: [
            {
              id: 'somerset:level.entry.induction.mandatory-training.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'This e-learning covers the 11 statutory and mandatory training for all staff working in health and social care i.e. Conflict Resolution, Data Security Awareness, Equality and Diversity and Human Rights, Fire Safety, Health, Safety and Welfare, Infection Prevention and Control, Moving and Handling, Preventing Radicalisation, Resuscitation, Safeguarding Children and Safeguarding Adults. https://www.e-lfh.org.uk/programmes/statutory-and-mandatory-training/',
            },
          ],
        },
        {
          id: 'somerset:level.entry.induction.outcome-tools',
          type: 'induction-item',
          text: 'Use of Outcome Tools e.g. Patient Activation Measure (PAM) / ONS4 /SWEMWBS /MYCAW/ Wellbeing Star or other outcome tools.',
          children: [
            {
              id: 'somerset:level.entry.induction.outcome-tools.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: "PAM (the Patient Activation Measure) is a licensed tool designed to measure a person's Knowledge, Skills and Confidence to manage their own health. It has been widely used as NHSE has funded a large number of licences over a number of years. Training is available through the following links. https://www.england.nhs.uk/personalisedcare/supported-self-management/patient-activation/ Insignia on-line training https://www.england.nhs.uk/publication/module-1-patient-activation-measure-implementation-quick-guide/ NB From April 15th 2021 If PCNs wish to continue using PAM locally, then they will have to purchase their own licenses direct from Insignia. The NHS England Social Prescribing Team are exploring several options for wellbeing tools for social prescribing with testing due to take place in 2021/22. Undertaking PAM training to understand how to tailor an approach dependent on an individual's Knowledge, Skills & Confidence to manage their own health (Activation) is useful even if unable to access licences to use the PAM tool.\nThe Warwick Edinburgh Mental Wellbeing Scale (WEMWBS) is a licensed tool, free to use for non-Commercial organisations. https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/\nMeasure Yourself Concerns & Wellbeing (MYCaW). MYCaW is an individualised questionnaire designed for evaluating holistic and personalised approaches to supporting people. It only takes a few minutes to complete and can routinely be incorporated into a consultation to understand and prioritise what a person most wants support with. It is an annually licensed tool, free to use for non-Commercial organisations, though with an administration cost to register for a licence of £46.20 (March 2021). Training is provided for licence holders. https://www.meaningfulmeasures.co.uk/mycaw\nThe Well-being Star has been designed for people living with a long term health condition, to support and measure their progress in living as well as they can. It can work as a stand-alone tool, or as part of Personal Health Plan materials. The Well-being Star is designed to either be self-completed by a patient, or ideally completed by a patient and health professional together.\nHealth Confidence score https://bmjopenquality.bmj.com/content/bmjqr/8/2/e000411.full.pdf",
            },
          ],
        },
        {
          id: 'somerset:level.entry.induction.snomed-codes',
          type: 'induction-item',
          text: 'SNOMED codes',
          children: [
            {
              id: 'somerset:level.entry.induction.snomed-codes.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: "National Guidance:\n871731000000106 –Referral to social prescribing service (procedure)\n871711000000103 –Social prescribing declined (situation)\nSP Referral (SNOMED code ending in 106) – this is used whenever a person initially engages with the social prescribing service and includes the following:\n• Personalised plan to provide practical, physical and/or emotional support\n• Emotional support\n• Referral made into NHS Volunteer Responders GoodSAM app\n• Delivering shopping\n• Delivering medication\nDecline (SNOMED code ending in 103) – this is used when one of the following occurs:\n• The person explicitly declines any support\n• The person does not need any support\nNil Return (no code used) – this is used when the one of the following occurs:\n• The person doesn't answer the phone\n• The person hangs up the phone without giving a clear acceptance or decline of the offer\nSNOMED codes to support those in health coach roles are under development as part of the Health Services System Framework (HSSF) minimum data sets.",
            },
          ],
        },
        {
          id: 'somerset:level.entry.induction.online-directories',
          type: 'induction-item',
          text: "On-line directories. Need to ensure these are relevant, being kept up-to-date and used in conjunction with 'What matters to you' conversations.",
          children: [
            {
              id: 'somerset:level.entry.induction.online-directories.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Some of those already in use by SPLW & HC include the following\nhttps://wellbeingsouthsomerset.org/\nhttps://healthconnectionsmendip.org/\nhttps://tauntonwellbeingzone.org/\nhttps://westsomersetcommunitydirectory.org/?fbclid=IwAR3BBc-tFE_dTPdXNMji8LtjTBvwQnBuH4zYYCLYh5jVDWb7jYTkNemqYC0\nSedgemoor directory developed but not yet launched.',
            },
          ],
        },
        {
          id: 'somerset:level.entry.induction.care-certificate',
          type: 'induction-item',
          text: 'Care certificate',
          children: [
            {
              id: 'somerset:level.entry.induction.care-certificate.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: "Developed following the review of health and social care support workers by Camilla Cavendish (2013), the Care Certificate is an identified set of standards that health and social care workers adhere to in their daily working life. Designed with the unregistered workforce in mind, the Care Certificate was developed to provide structured and consistent learning to ensure that care workers have the same introductory skills, knowledge and behaviours to provide compassionate, safe, quality care and support.\nThe Care Certificate consists of 15 standards, all of which individuals need to complete in full before they can be awarded their certificate. The standards require both theoretical study and practical application within the student's place of work.\nhttps://www.e-lfh.org.uk/programmes/care-certificate/",
            },
          ],
        },
      ],
    },
    {
      id: 'somerset:level.core',
      type: 'level',
      title: 'Core Competencies & Knowledge',
      text: 'This is the first level of training and describes a foundation level of knowledge and understanding of Personalised Care. Competency assessment should focus on the ability to take a Person Centred Approach.',
      children: [
        {
          id: 'somerset:level.core.career-stage',
          type: 'career-stage',
          title: 'Career Level',
          text: 'Early career',
        },
        {
          id: 'somerset:level.core.competencies-achieved',
          type: 'competencies-achieved',
          title: 'Competencies achieved',
          text: 'Core Competencies Assessed competency: Person Centred Approach',
        },
        {
          id: 'somerset:level.core.suggested-pay',
          type: 'suggested-pay',
          title: 'Suggested Payscale (2020/21)',
          text: '£19,737',
        },
        {
          id: 'somerset:level.core.skills.generic-professional-capabilities',
          type: 'skills-list',
          title: 'Generic professional capabilities',
          text: 'Generic professional capabilities',
          children: [
            {
              id: 'somerset:level.core.skills.generic-professional-capabilities.01',
              type: 'skill',
              text: 'Cultural Competence',
              children: [
                {
                  id: 'somerset:level.core.skills.generic-professional-capabilities.01.resources',
                  type: 'training-resource',
                  title: 'Training & education resources available',
                  text: 'This e-Learning develops knowledge and understanding of the issues around culture and health; and how this might influence health care outcomes\nhttps://www.e-lfh.org.uk/programmes/cultural-competence/',
                },
              ],
            },
            {
              id: 'somerset:level.core.skills.generic-professional-capabilities.02',
              type: 'skill',
              text: 'Disability Matters',
              children: [
                {
                  id: 'somerset:level.core.skills.generic-professional-capabilities.02.resources',
                  type: 'training-resource',
                  title: 'Training & education resources available',
                  text: 'This e-Learning helps the staff to understand disabilities and give them a positive view of disabled people. Some of the subjects in the e-learning are: Hidden disabilities, Activities for people with disabilities, Disability rights, Bullying, How to communicate with people with disabilities.\nhttps://www.e-lfh.org.uk/programmes/disability-matters/',
                },
              ],
            },
            {
              id: 'somerset:level.core.skills.generic-professional-capabilities.03',
              type: 'skill',
              text: 'Health Inequalities',
              children: [
                {
                  id: 'somerset:level.core.skills.generic-professional-capabilities.03.resources',
                  type: 'training-resource',
                  title: 'Training & education resources available',
                  text: 'Health Creation: How can Primary Care Networks succeed in reducing health inequalities? (thehealthcreationalliance.org)',
                },
              ],
            },
            {
              id: 'somerset:level.core.skills.generic-professional-capabilities.04',
              type: 'skill',
              text: 'Mental capacity',
              children: [
                {
                  id: 'somerset:level.core.skills.generic-professional-capabilities.04.resources',
                  type: 'training-resource',
                  title: 'Training & education resources available',
                  text: 'This e-Learning programme is made up of 11 e-learning sessions, which cover the following: Mental Capacity Act as Part of Human Rights, Assessing Mental Capacity, Making Decisions, Best Interests, Restraint, Deprivation of Liberty, Relationship between the Mental Capacity Act and the Mental Health Act, Mental Capacity Act and Young People aged 16 or 17, Research involving People who Lack Capacity, Mental Capacity Act and Adult Safeguarding, Settling Disputes and Disagreements\nhttps://www.e-lfh.org.uk/programmes/mental-capacity-act/',
                },
              ],
            },
            {
              id: 'somerset:level.core.skills.generic-professional-capabilities.05',
              type: 'skill',
              text: 'Safeguarding adults',
              children: [
                {
                  id: 'somerset:level.core.skills.generic-professional-capabilities.05.resources',
                  type: 'training-resource',
                  title: 'Training & education resources available',
                  text: "To live a life free from abuse and harm is a basic human right. We are all responsible for the protection of people at risk from abuse. Vulnerable adults rely on us to take the right steps to help keep them safe. If we don't, who will? To ignore abuse and neglect is to allow it to continue and that is never acceptable. Safeguarding is everyone's business\nhttps://www.e-lfh.org.uk/programmes/safeguarding-adults/",
                },
              ],
            },
            {
              id: 'somerset:level.core.skills.generic-professional-capabilities.06',
              type: 'skill',
              text: 'Safeguarding children',
              children: [
                {
                  id: 'somerset:level.core.skills.generic-professional-capabilities.06.resources',
                  type: 'training-resource',
                  title: 'Training & education resources available',
                  text: 'All health professionals have a key role to play in safeguarding children and young people. Section 11 of the Children Act places a statutory duty on key people and bodies to make arrangements to safeguard and promote the welfare of those they come into contact with.\nThese e-learning sessions offer a clear and effective solution to achieve this aim and meet the National Workforce Competences.\nhttps://www.e-lfh.org.uk/programmes/safeguarding-children/',
                },
              ],
            },
          ],
        },
        {
          id: 'somerset:level.core.skills.values-in-personalised-care',
          type: 'skills-list',
          title: 'Values in Personalised Care',
          text: 'Values in Personalised Care',
          children: [
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.01',
              type: 'skill',
              code: '1',
              text: 'Shared-decision making',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.02',
              type: 'skill',
              code: '2',
              text: 'Personalised Care & Support Planning',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.03',
              type: 'skill',
              code: '3',
              text: 'Social prescribing and Community-based support',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.04',
              type: 'skill',
              code: '4',
              text: 'Supported self-management',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.05',
              type: 'skill',
              code: '5',
              text: 'Enabling choice',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.06',
              type: 'skill',
              code: '6',
              text: 'Personal & Integrated personal budgets.',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.resources.person-centred-approaches',
              type: 'training-resource',
              title: 'Person centred approaches',
              text: 'The scope of this eLearning is to introduce the behaviours, knowledge and skills for person-centred approaches, including the values, core communication and relationship building skills, engaging people and enabling and supporting people. You will cover the core transferable behaviours, knowledge and skills for person-centred approaches, and see the application of these through five stories.\nhttps://www.e-lfh.org.uk/programmes/person-centred-approaches/',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.resources.core-skills-in-personalised-care',
              type: 'training-resource',
              title: 'Core skills in personalised care',
              text: 'This module is written by three experts on the subject of personalised care, who come from backgrounds of psychology, professional education, communication skills training and personal experience. The module takes a holistic view of health and care, and demonstrates the nature and benefits of personalised care.\nhttps://www.personalisedcareinstitute.org.uk/enrol/index.php?id=3',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.resources.sw-integrated-personal-care-videos',
              type: 'training-resource',
              title: 'SW Integrated Personal Care videos.',
              text: 'Example of a personalised care approach in practice from across the South West.\nhttps://www.youtube.com/channel/UCdjeotwSHwtF602tF6aEOrQ/videos',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.resources.shared-decision-making',
              type: 'training-resource',
              title: 'Shared decision making',
              text: 'This eLearning covers aspects of the core capabilities to communicate and build relationships, as well as to engage, enable and support people:\nhttps://www.personalisedcareinstitute.org.uk/enrol/index.php?id=8',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.resources.personalised-care-and-support-planning',
              type: 'training-resource',
              title: 'Personalised Care & Support Planning',
              text: 'Getting PCSP right is essential for people to gain more choice and control over their life and the support they are receiving. This 45min module will give a definition and overview of the criteria for a good PCSP and highlight - through a range of case studies - the key steps of the planning process.\nhttps://www.personalisedcareinstitute.org.uk/enrol/index.php?id=7',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.resources.social-prescribing',
              type: 'training-resource',
              title: 'Social Prescribing',
              text: 'This e-learning resource was developed for link workers and includes the core elements and skills required to do the job and deliver social prescribing as part of a PCN multi-disciplinary team. There are six sessions in total, which will take around three hours to complete:\nhttps://www.e-lfh.org.uk/programmes/social-prescribing/\n1. Introduction to the social prescribing link worker role\n2. Developing personalised care and support plans with people\n3. Developing partnerships\n4. Introducing people to community groups and VCSE organisations\n5. Safeguarding vulnerable people\n6. Keeping records and measuring impact',
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.resources.supported-self-management',
              type: 'training-resource',
              title: 'Supported self-management (SSM)',
              text: "A key part of the NHS Long Term Long-term Plan's commitment to make personalised care business as usual across the health and care system. It proactively identifies the knowledge, skills and confidence ('activation') people have to manage their own health and care, using tools such as the Patient Activation Measure® (PAM®).\nHealth and care professionals tailor their approaches to working with people, based on the person's individual assets, needs and preferences, as well as taking account of any inequalities and accessibility barriers, and so working in a personalised way based on 'what matters' to the person. It also means ensuring approaches such as health coaching, peer support and self-management education are systematically put in place to help build knowledge, skills and confidence.\nhttps://www.england.nhs.uk/personalisedcare/supported-self-management/",
            },
            {
              id: 'somerset:level.core.skills.values-in-personalised-care.resources.personal-health-budgets',
              type: 'training-resource',
              title: 'Personal health budgets (PHBs)',
              text: 'PHBs are one way to give disabled people and people with long-term conditions more choice and control over how the money is spent on meeting their health and wellbeing needs. The modules in this e-learning programme cover a variety of topics to support the delivery of personal health budgets at a local level.\nhttps://www.e-lfh.org.uk/programmes/personal-health-budgets/',
            },
          ],
        },
        {
          id: 'somerset:ac.person-centred-approach',
          type: 'assessed-competency',
          title: 'Person Centred Approach',
          text: 'Core Competencies - Assessed competency: Person Centred Approach',
          children: [
            {
              id: 'somerset:ac.person-centred-approach.key-features',
              type: 'key-features',
              title: 'Key features',
              text: "Communication should be person centred, with a focus on 'what matters to you', encouraging individuals; maximising their autonomy and sense of intrinsic motivation.",
            },
            {
              id: 'somerset:ac.person-centred-approach.interaction',
              type: 'interaction',
              title: 'Interaction',
              text: "Facilitators should build rapport, be empathetic, seek to listen and understand the individual's context, situation, strengths and what matters to them. They should avoid jumping to offering solutions, advice or being didactic.",
            },
          ],
          rubric: [
            {
              score: 0,
              rating: 'Absence',
              descriptor:
                "Absence of Person-centred approach. A completely 'didactic' and / or highly inappropriate style of interaction, which could result in resistance. No attempt at building rapport or listening to individual.",
            },
            {
              score: 1,
              rating: 'Novice',
              descriptor:
                'Minimal use of person-centred approach with an overly didactic and/ or inappropriate style of interaction. Limited attempts at building rapport or listening. Tendency to take same approach with every individual.',
            },
            {
              score: 2,
              rating: 'Advanced Beginner',
              descriptor:
                'Some evidence of competence using person-centred approach (but these are infrequent), and may not be carried out to sufficient detail (missing key issues, lack of reflexive listening). There are numerous problems or inconsistencies e.g. a facilitator who sometimes dominates the discussion or a focus on identifying solutions too early in the conversation.',
            },
            {
              score: 3,
              rating: 'Competent',
              descriptor:
                "Competent and appropriate use of person-centred approach however some difficulties are evident (e.g. failing to identify an individual's strengths). Awareness of and ability to cope with different contexts and situations but some minor problems or inconsistencies.",
            },
            {
              score: 4,
              rating: 'Proficient',
              descriptor:
                'Numerous and appropriate usage of person-centred approach. Facilitator encouraging the individual to be actively involved and driving the discussion. The facilitator is able to discriminate between a variety of contexts and situations with minimal problems or inconsistencies.',
            },
            {
              score: 5,
              rating: 'Expert',
              descriptor:
                'Highly appropriate and sufficient use of person-centred approach. Facilitator encouraging the individual to be actively involved. Able to make more subtle, refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
            },
          ],
        },
      ],
    },
    {
      id: 'somerset:level.level-1',
      type: 'level',
      title: 'Level 1 Capabilities',
      text: 'Level 1 Capabilities: Competencies to Engage People – Core communication and relationship building skills. There is an expectation that the learner will build on previous knowledge and is able to apply it in a wider context. This level describes those staff who have regular contact with people and have the opportunity to create an ongoing collaborative and enabling relationship. Competency assessment should focus on the following capabilities: Promoting Autonomy, Action Planning & Goal Setting and Managing Setbacks & Problem Solving. Those at Level 1 might be paid within the AfC Band 3 pay range or equivalent i.e. £19,737 - £21,142, (March 2021).',
      children: [
        {
          id: 'somerset:level.level-1.career-stage',
          type: 'career-stage',
          title: 'Career Level',
          text: 'Mid-career',
        },
        {
          id: 'somerset:level.level-1.competencies-achieved',
          type: 'competencies-achieved',
          title: 'Competencies achieved',
          text: 'Level 1 Competencies Assessed competencies: Promoting Autonomy, Action Planning & Goal Setting Managing Setbacks & Problem Solving',
        },
        {
          id: 'somerset:level.level-1.suggested-pay',
          type: 'suggested-pay',
          title: 'Suggested Payscale (2020/21)',
          text: '£19, 737 - £21,142',
        },
        {
          id: 'somerset:level.level-1.skills.communication',
          type: 'skills-list',
          title: 'Level 1: Competencies to Engage People',
          text: 'Level 1: Competencies to Engage People Assessed competencies: Promoting Autonomy, Action Planning & Goal Setting Managing Setbacks & Problem Solving',
          children: [
            {
              id: 'somerset:level.level-1.skills.communication.01',
              type: 'skill',
              text: 'Hello my name is',
            },
            {
              id: 'somerset:level.level-1.skills.communication.02',
              type: 'skill',
              text: 'Open-ended questions',
            },
            {
              id: 'somerset:level.level-1.skills.communication.03',
              type: 'skill',
              text: 'Use of open focused questions to closed questions (cone)',
            },
            {
              id: 'somerset:level.level-1.skills.communication.04',
              type: 'skill',
              text: 'Reflection',
            },
            {
              id: 'somerset:level.level-1.skills.communication.05',
              type: 'skill',
              text: 'Empathy',
            },
            {
              id: 'somerset:level.level-1.skills.communication.06',
              type: 'skill',
              text: 'Affirmation',
            },
            {
              id: 'somerset:level.level-1.skills.communication.07',
              type: 'skill',
              text: 'Normalisation',
            },
            {
              id: 'somerset:level.level-1.skills.communication.08',
              type: 'skill',
              text: 'De-mystifying information',
            },
            {
              id: 'somerset:level.level-1.skills.communication.09',
              type: 'skill',
              text: 'Active listening',
            },
            {
              id: 'somerset:level.level-1.skills.communication.10',
              type: 'skill',
              text: 'Summarising',
            },
            {
              id: 'somerset:level.level-1.skills.communication.11',
              type: 'skill',
              text: 'Clarification',
            },
            {
              id: 'somerset:level.level-1.skills.communication.12',
              type: 'skill',
              text: 'Use of non-verbal / body language',
            },
            {
              id: 'somerset:level.level-1.skills.communication.13',
              type: 'skill',
              text: 'Environmental awareness',
            },
            {
              id: 'somerset:level.level-1.skills.communication.14',
              type: 'skill',
              text: 'Ask before advising',
            },
            {
              id: 'somerset:level.level-1.skills.communication.resources.introduction',
              type: 'training-resource',
              text: 'In addition to the training covered in the local induction plus the Core Competencies and Knowledge listed above, the following resources will help to develop communication skills further.',
            },
            {
              id: 'somerset:level.level-1.skills.communication.resources.hello-my-name-is',
              type: 'training-resource',
              title: 'Hello my name is',
              text: 'Hello my name is A campaign for compassionate care https://www.hellomynameis.org.uk/',
            },
            {
              id: 'somerset:level.level-1.skills.communication.resources.what-matters-to-you',
              type: 'training-resource',
              title: 'What matters to you?',
              text: 'What matters to you? The Global ‘What matters to you’ community has a number of resources accessed via the following link https://wmtv.world/ Lots of useful and inspiring resources on the IHI website especially the video ‘a soul doctor and a jazz singer’ http://www.ihl.org/Topics/WhatMatters/Pages/default.aspx What Matters to me – a new vital sign – a Ted Talk by Jason Leitch: https://www.youtube.com/watch?v=H_Z1ZvjIKDE',
            },
            {
              id: 'somerset:level.level-1.skills.communication.resources.making-every-contact-count',
              type: 'training-resource',
              title: 'Making Every Contact Count (MECC)',
              text: 'Making Every Contact Count (MECC) The MECC e-learning programme is designed to support learners in developing an understanding of public health and the factors that impact on a person’s health and wellbeing. It focuses on how asking questions and listening effectively to people is a vital role for us all. A MECC interaction takes a matter of minutes and is not intended to add to existing busy workloads, rather it is structured to fit into and complement existing engagement approaches. https://www.e-lfh.org.uk/programmes/making-every-contact-count/',
            },
            {
              id: 'somerset:level.level-1.skills.communication.resources.communicating-with-empathy',
              type: 'training-resource',
              title: 'Communicating with empathy',
              text: 'Communicating with empathy An eLearning resource to promote sensitive and effective communication in care https://www.e-lfh.org.uk/programmes/communicating-with-empathy/',
            },
          ],
        },
        {
          id: 'somerset:level.level-1.training.introduction-to-health-coaching',
          type: 'training-topic',
          text: 'Introduction to Health Coaching',
          children: [
            {
              id: 'somerset:level.level-1.training.introduction-to-health-coaching.resources.two-day-introductory-health-coaching-skills',
              type: 'training-resource',
              title: 'Two-day introductory Health coaching skills',
              text: "Training covering topics outlined in the NHS England and NHS Improvement Implementation and Quality Summary Guide. i.e. Core skills and competencies in:\n• Active and empathic listening\n• Effective questioning\n• Building trust and rapport\n• Providing supportive challenge\n• Shared agenda setting\n• Collaborative goal setting\n• Shared follow up planning\n• Using simple health literate communication techniques such as teach-back\n• Structuring conversations using a coaching approach\n• Understanding the health coaching approach and mindset\n• Understanding when health coaching is an effective approach and its limitations, and how it should be tailored to lower levels of health literacy and patient activation\n• Applying health coaching models, conversation frames and techniques\n• Understanding how to integrate health coaching into current role in a way that's consistent with the values and expectations of your setting\n• Knowledge and recognition of the core concepts and principles of personalised care, shared decision making, patient activation, health behaviour change, self-efficacy, motivation and assets-based approaches\n• Developed skills to further develop their health coaching through on-going practice, reflection and planning as reflective practitioners\nThe training should be delivered by a training organisation listed by the Personalised Care Institute. https://www.england.nhs.uk/wp-content/uploads/2020/03/health-coaching-implementation-and-quality-summary-guide.pdf https://www.england.nhs.uk/wp-content/uploads/2020/03/hc-summary-guide-technical-annexes.pdf",
            },
            {
              id: 'somerset:level.level-1.training.introduction-to-health-coaching.resources.other-health-coaching-resources',
              type: 'training-resource',
              title: 'Other health coaching resources',
              text: 'Structuring a health coaching conversation https://tpchealth.com/wp-content/uploads/2020/06/Structuring-a-Health-Coaching-conversation-TPC-Health.pdf\nLink to a video demonstrating TGROW approach to health coaching\nhttps://tpchealth.com/resources/videos/ https://www.betterconversation.co.uk/ is a resource with a focus on health coaching.',
            },
          ],
        },
        {
          id: 'somerset:ac.promoting-autonomy',
          type: 'assessed-competency',
          title: 'Promoting Autonomy',
          text: 'Level 1 Competencies - Assessed competencies: Promoting Autonomy',
          children: [
            {
              id: 'somerset:ac.promoting-autonomy.key-features',
              type: 'key-features',
              title: 'Key Features',
              text: "Facilitators should encourage individuals to be pro-actively, rather than passively, involved in discussions. The aim is to maximise autonomy by developing intrinsic rather than extrinsic motivation, through a shared understanding of what matters to the individual and by encouraging them to be the driver of their own success, while developing a sense of control. Facilitators should seek to understand the individual's perspectives, strengths, ideas and choices and share their own expertise and ideas in a collaborative fashion.",
            },
            {
              id: 'somerset:ac.promoting-autonomy.interaction',
              type: 'interaction',
              title: 'Interaction',
              text: "Facilitators should build rapport, use open-ended questions and reflective listening to identify the individual's strengths, knowledge, confidence, experience and skills, and use these to promote autonomy and choice.",
            },
          ],
          rubric: [
            {
              score: 0,
              rating: 'Absence',
              descriptor: 'Absence of attempts to promote autonomy and choice and /or highly inappropriate delivery.',
            },
            {
              score: 1,
              rating: 'Novice',
              descriptor: 'Minimal attempts to promote autonomy and choice and / or inappropriate delivery.',
            },
            {
              score: 2,
              rating: 'Advanced Beginner',
              descriptor:
                'Some evidence of competence and adapting appropriately to the context when attempting to promote autonomy or choice (but this is infrequent), and these may not be carried out to sufficient depth or detail. There are numerous problems or inconsistencies such as lack of rapport and missed opportunities. This often leads to the individual becoming dependent on the facilitator.',
            },
            {
              score: 3,
              rating: 'Competent',
              descriptor:
                'Competent delivery and appropriate attempts to promote autonomy or choice. The facilitator is engaged, aware and able to cope with different contexts and situations but there are some minor problems or inconsistencies. Occasionally the facilitator may find that the individual is becoming dependent.',
            },
            {
              score: 4,
              rating: 'Proficient',
              descriptor:
                'Numerous appropriate attempts to promote autonomy or choice. The facilitator is able to discriminate between a variety of contexts and situations with minimal problems or inconsistencies.',
            },
            {
              score: 5,
              rating: 'Expert',
              descriptor:
                'Highly appropriate and sufficient attempts to promote autonomy or choice. The facilitator is able to make more subtle, refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
            },
          ],
        },
        {
          id: 'somerset:ac.action-planning-goal-setting',
          type: 'assessed-competency',
          title: 'Action Planning & Goal Setting',
          text: 'Level 1 Competencies - Assessed competencies: Action Planning & Goal Setting',
          children: [
            {
              id: 'somerset:ac.action-planning-goal-setting.key-features',
              type: 'key-features',
              title: 'Key features',
              text: 'Facilitators should work with individuals to agree on a verbal plan of action. This should include identifying and / or negotiating goals, goal setting and identifying support to achieve those goals and any barriers that may arise.',
            },
            {
              id: 'somerset:ac.action-planning-goal-setting.interaction',
              type: 'interaction',
              title: 'Interaction',
              text: "Facilitators should build rapport, be empathetic, seek to listen and understand the individual's context, situation, strengths and what matters to them; work with them to understand what might be a realistic and achievable goal given the support available and any potential barriers and acknowledge participant effort or success thus far.",
            },
          ],
          rubric: [
            {
              score: 0,
              rating: 'Absence',
              descriptor:
                'Absence of attempts to encourage action planning and goal setting and or highly inappropriate interaction.',
            },
            {
              score: 1,
              rating: 'Novice',
              descriptor:
                'Minimal attempts to encourage action-planning and goal setting and / or inappropriate interaction.',
            },
            {
              score: 2,
              rating: 'Advanced Beginner',
              descriptor:
                'Some evidence of competence and adapting appropriately to the context involved when discussing action planning and goal setting (but these are infrequent) and may not be carried out to sufficient detail. There are numerous problems and inconsistencies such as lack of rapport, missed opportunities or a tendency to take the same approach with every individual.',
            },
            {
              score: 3,
              rating: 'Competent',
              descriptor:
                'Competent delivery and appropriate attempts to encourage action-planning and goal setting. The facilitator is engaged, aware and able to cope with different contexts and situations but there are some minor problems or inconsistencies.',
            },
            {
              score: 4,
              rating: 'Proficient',
              descriptor:
                'Numerous appropriate attempts to encourage action planning and goal setting. The facilitator is able to discriminate between a variety of contexts and situations with minimal problems or inconsistencies.',
            },
            {
              score: 5,
              rating: 'Expert',
              descriptor:
                'Highly appropriate and sufficient attempts to encourage action-planning and goal setting. The facilitator is able to make more subtle, refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
            },
          ],
        },
        {
          id: 'somerset:ac.managing-setbacks-problem-solving',
          type: 'assessed-competency',
          title: 'Managing Setbacks & Problem Solving',
          text: 'Level 1 Competencies Assessed competencies: Managing Setbacks & Problem Solving',
          children: [
            {
              id: 'somerset:ac.managing-setbacks-problem-solving.key-features',
              type: 'key-features',
              title: 'Key features',
              text: 'The facilitator should work with the participant to review progress with all planned changes and with achieving the targets set out in the action plan. The facilitator and individual should celebrate and reinforce and reflect on any successes achieved. The facilitator should encourage discussion of any setbacks and work with the individuals to revise plans accordingly. When setbacks occur, facilitators should support individuals to reframe and normalise setbacks so rather than being viewed as failures they are opportunities for learning and development. When approaching problem solving facilitators should focus on working with individuals to break the problem down into achievable parts, and where appropriate consider the sustainability of any change, the ways in which others can be supportive as well as introducing the idea of using coping plans to avoid setbacks.',
            },
            {
              id: 'somerset:ac.managing-setbacks-problem-solving.interaction',
              type: 'interaction',
              title: 'Interactions',
              text: 'The facilitator should reinforce any self-monitoring activity and any successes using Affirmation. Reframing should be used to normalise setbacks and see them as an opportunity to learn from experience (trial and error) rather than as failures. Problem solving should also use clarification and demystify information to identify barriers and explore ways to overcome them. Problem-solving may specifically focus on issues of connectedness (social influences, involvement of others in supporting activities) and sustainability, or on breaking the problem down into more manageable chunks. Goals or action plans should collaboratively be reviewed and revised if necessary.',
            },
          ],
          rubric: [
            {
              score: 0,
              rating: 'Absence',
              descriptor:
                'Absence of discussion to review participant setbacks or appropriate problem-solving strategies and/or highly inappropriate interaction.',
            },
            {
              score: 1,
              rating: 'Novice',
              descriptor:
                'Minimal discussion to review participant setbacks or appropriate problem-solving strategies and/or inappropriate delivery.',
            },
            {
              score: 2,
              rating: 'Advanced Beginner',
              descriptor:
                'Some evidence of competence when discussing participant setbacks or problem-solving strategies but these are infrequent) with some adaptation to context. However, there are numerous problems and inconsistencies such as lack of rapport, or missed opportunities.',
            },
            {
              score: 3,
              rating: 'Competent',
              descriptor:
                'Competent and appropriate attempts to review participant setbacks or problem-solving strategies. The facilitator is engaged, aware and able to cope with different contexts and situations. However, there are some minor problems or inconsistencies.',
            },
            {
              score: 4,
              rating: 'Proficient',
              descriptor:
                'Numerous appropriate discussions to review participant setbacks or problem-solving strategies. The facilitator is able to discriminate between a variety of contexts and situations with minimal problems or inconsistencies evident.',
            },
            {
              score: 5,
              rating: 'Expert',
              descriptor:
                'Highly appropriate and sufficient review of participant setbacks or problem-solving strategies. The facilitator is able to make more subtle refined discriminations between contexts and able to adjust accordingly. No problems or inconsistencies.',
            },
          ],
        },
      ],
    },
    {
      id: 'somerset:level.level-2',
      type: 'level',
      title: 'Level 2 Capabilities',
      text: 'Level 2 Capabilities: Competencies to enable & support people. This level builds on level 1 capabilities to further develop skills to enable and support people. Competency assessment should focus on the following capabilities: Supporting Competence & Self Efficacy and Self-monitoring. Those achieving Level 2 capabilities might be paid within the AfC Band 4 pay range i.e. £21,892 - £24, 157, (March 2021).',
      children: [
        {
          id: 'somerset:level.level-2.career-stage',
          type: 'career-stage',
          title: 'Career Level',
          text: 'Established career',
        },
        {
          id: 'somerset:level.level-2.competencies-achieved',
          type: 'competencies-achieved',
          title: 'Competencies achieved',
          text: 'Level 2 competencies Assessed competencies: Supporting Competence & Self Efficacy Self-monitoring.',
        },
        {
          id: 'somerset:level.level-2.suggested-pay',
          type: 'suggested-pay',
          title: 'Suggested Payscale (2020/21)',
          text: '£21,892 - £24, 157.',
        },
        {
          id: 'somerset:level.level-2.skills.enable-and-support',
          type: 'skills-list',
          title: 'Level 2: Competencies to enable & support people.',
          text: 'Level 2: Competencies to enable & support people. Assessed competencies: Supporting Competence & Self Efficacy Self-monitoring',
          children: [
            {
              id: 'somerset:level.level-2.skills.enable-and-support.01',
              type: 'skill',
              text: 'Skills to use personalised care and support planning to identify what is important to the person.',
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.02',
              type: 'skill',
              text: 'Skills to provide information in a way supports people to have more choice and control.',
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.03',
              type: 'skill',
              text: 'Skills to support the person to engage, explore, and reflect on a potential decision or way forward.',
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.04',
              type: 'skill',
              text: "Skills to find out the individual's priorities and what outcomes are important to them.",
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.05',
              type: 'skill',
              text: "Skills to assess individuals' levels of activation and health literacy, modify approach accordingly and support people to develop health literacy and activation.",
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.06',
              type: 'skill',
              text: 'Skills to coproduce short term and long term goals and an action plan (personalised care and support plan).',
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.07',
              type: 'skill',
              text: 'Skills to follow up in a timely and appropriate way to support progress against goals/action plans.',
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.resources.health-coaching-training',
              type: 'training-resource',
              title: 'Health Coaching training',
              text: 'Health Coaching training Attendance at a 4 day accredited health coaching programme plus formal individual and group coaching supervision which must come from a suitably qualified or experienced individual – see links below: https://www.england.nhs.uk/wp-content/uploads/2020/03/hc-summary-guide-technical-annexes.pdf https://www.england.nhs.uk/wp-content/uploads/2020/03/health-coaching-implementation-and-quality-summary-guide.pdf',
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.resources.health-literacy',
              type: 'training-resource',
              title: 'Health Literacy',
              text: 'Health Literacy This e-learning module will help you understand the role health literacy plays in making sure everyone has enough knowledge, understanding, skills and confidence to use health information, to be active partners in their care, and to navigate health and social care systems. https://www.e-lfh.org.uk/programmes/health-literacy/',
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.resources.health-promotion',
              type: 'training-resource',
              title: 'Health Promotion',
              text: 'Health Promotion Evidence based e-learning to support all health and care professionals to prevent illness, protect health and promote wellbeing. https://www.e-lfh.org.uk/programmes/all-our-health/',
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.resources.behaviour-change',
              type: 'training-resource',
              title: 'Behaviour change',
              text: 'Behaviour Change Literacy (BCL) is an understanding of the range of individual, environmental and policy influences that can impact on people’s health behaviours and why they are important. It includes key values, principles and core communication skills essential for person-centred individual approaches. This training aims to build foundational behaviour change skills of the workforce. It will introduce learners to behaviour change, what it is, why it is important and how it can be implemented. It is designed as the first step in a learner’s journey to developing their behaviour change knowledge and skills.\nhttps://www.e-lfh.org.uk/programmes/behaviour-change-literacy-for-individuals-and-workforce-leaders/\nSupporting behaviour change linked to the Stages of Change and Motivational interviewing.\nhttps://www.rcn.org.uk/clinical-topics/supporting-behaviour-change/understanding-behaviour-change\nMotivational interviewing (MI) in brief consultations. Understand what MI is, how it can improve outcomes and where it is useful and less useful in practice.\nhttps://new-learning.bmj.com/course/10051582\nFree sample modules from charged for Motivational Interviewing courses.\nhttps://www.onlinesolutions.ie/resources/MI_Manual/Motivational%20Interviewing%20Manual.pdf',
            },
            {
              id: 'somerset:level.level-2.skills.enable-and-support.resources.population-wellbeing-portal',
              type: 'training-resource',
              title: 'Population Wellbeing Portal',
              text: 'The Population Wellbeing Portal is free to access by anyone who can positively impact public health and wellbeing.\nThe Portal offers free access to education, training and professional development resources, to help deliver improvements in public health and prevention. Providing a central location for numerous e-learning resources, reading material, guidance, toolkits and videos, factsheets and many more resources relating to population health.\nhttps://www.e-lfh.org.uk/programmes/population-wellbeing-portal/',
            },
          ],
        },
        {
          id: 'somerset:ac.supporting-competence-self-efficacy',
          type: 'assessed-competency',
          title: 'Supporting Competence & Self Efficacy',
          text: 'Level 2 Competencies; Assessed competency: Supporting Competence & Self Efficacy',
          children: [
            {
              id: 'somerset:ac.supporting-competence-self-efficacy.key-features',
              type: 'key-features',
              title: 'Key features',
              text: "Competence and self-efficacy is essential to individuals feeling able to enact skills and behaviours outside of sessions. Facilitators should seek to support competence and self-efficacy by encouraging individuals, identifying and breaking down barriers to change & supporting them to set achievable goals. Facilitators should encourage gradual and sustainable progress, give appropriate and constructive feedback, encourage problem solving and ascertain individual's knowledge, confidence and skills (activation) and health literacy so these can be built upon throughout the sessions.",
            },
            {
              id: 'somerset:ac.supporting-competence-self-efficacy.interaction',
              type: 'interaction',
              title: 'Interactions',
              text: 'Facilitators should support individuals to break down goals into manageable chunks, regularly check in with, and build upon existing and skills by using skills such as open questions, clarification and summarising. The aim is to gradually build skills and confidence in abilities, by breaking down barriers to change and promoting a positive approach to managing setbacks (i.e. to see them as a learning opportunity, rather than failure).',
            },
          ],
          rubric: [
            {
              score: 0,
              rating: 'Absence',
              descriptor:
                'Absence of attempts to build and reinforce competence and self-efficacy and / or highly inappropriate interactions.',
            },
            {
              score: 1,
              rating: 'Novice',
              descriptor:
                'Minimal attempts to build and reinforce competence and self-efficacy and /or inappropriate interactions.',
            },
            {
              score: 2,
              rating: 'Advanced Beginner',
              descriptor:
                'Some evidence of competence and adapting appropriately to the context involved when supporting competence and self-efficacy (but these are infrequent) and may not be carried out to sufficient depth or detail. There are numerous problems and inconsistencies, such as lack of rapport or missed opportunities.',
            },
            {
              score: 3,
              rating: 'Competent',
              descriptor:
                'Competent delivery and appropriate attempts to build and reinforce competence and self-efficacy. The facilitator is engaged, aware, and able to cope with different contexts and situations but there are some minor problems or inconsistencies.',
            },
            {
              score: 4,
              rating: 'Proficient',
              descriptor:
                'Numerous and appropriate attempts to support competence and self-efficacy. The facilitator is able to discriminate between a variety of contexts and situations with minimal problems or inconsistencies.',
            },
            {
              score: 5,
              rating: 'Expert',
              descriptor:
                'Highly appropriate and sufficient attempts to support competence and self-efficacy. The facilitator is able to make more subtle, refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
            },
          ],
        },
        {
          id: 'somerset:ac.self-monitoring',
          type: 'assessed-competency',
          title: 'Self-Monitoring',
          text: 'Level 2 Competencies; Assessed competency: Self-Monitoring',
          children: [
            {
              id: 'somerset:ac.self-monitoring.key-features',
              type: 'key-features',
              title: 'Key Features',
              text: 'Facilitators should discuss with individuals their current strategies for self-monitoring and self-reflection on their progress towards their goals and how this was achieved. Facilitators should work with individuals on ways they can self-monitor and what support is needed.',
            },
            {
              id: 'somerset:ac.self-monitoring.interaction',
              type: 'interaction',
              title: 'Interactions',
              text: 'The facilitator should use all opportunities to acknowledge and reinforce participant attempts to self-monitor and progress they have made towards their goals.',
            },
          ],
          rubric: [
            {
              score: 0,
              rating: 'Absence',
              descriptor:
                'Absence of discussion on self - monitoring behaviours and participant reflection on progress and or highly inappropriate delivery.',
            },
            {
              score: 1,
              rating: 'Novice',
              descriptor:
                'Minimal discussion on self - monitoring behaviours and participant reflection on progress and or highly inappropriate delivery.',
            },
            {
              score: 2,
              rating: 'Advanced Beginner',
              descriptor:
                'Some evidence of competence and adapting appropriately to context involved (but these are infrequent) when discussing participant self - monitoring behaviours and participant reflection on progress. There are numerous problems and inconsistencies such as lack of rapport or missed opportunities.',
            },
            {
              score: 3,
              rating: 'Competent',
              descriptor:
                'Competent and appropriate attempts to discuss self –monitoring behaviours and participant reflection on progress. The facilitator is engaged, aware and able to cope with different context and situations. There are however some minor problems or inconsistencies.',
            },
            {
              score: 4,
              rating: 'Proficient',
              descriptor:
                'Numerous appropriate discussions on self – monitoring behaviours and participant reflection on progress. The facilitator is able to discriminate between a variety of contexts and situations with minimal problems or inconsistencies.',
            },
            {
              score: 5,
              rating: 'Expert',
              descriptor:
                'Highly appropriate and sufficient discussions on self - monitoring behaviours and participant reflection on progress. The facilitator is able to make more subtle refined discriminations between situations and contexts and able to adjust accordingly. No problems or inconsistencies.',
            },
          ],
        },
      ],
    },
    {
      id: 'somerset:level.level-3',
      type: 'level',
      title: 'Level 3 Capabilities',
      text: 'Level 3 Capabilities: The learner incorporates more complexity into the capabilities already achieved. These capabilities are applied in wider contexts which might include more intensive interactions and interventions or working with the most complex individuals and settings across multiple providers and pathways. It will also include those professionals with responsibility for service pathways, delivery, evaluation and innovation across multiple partners or organisations.\nThose able to achieve the competencies listed as level 3, and taking on wider responsibilities, leadership or specialisation might be paid at AfC Band 5 or equivalent i.e. £24,907 - £30,615 (March 2021). This is equivalent the level of pay usually given to a newly registered health professional such as a nurse or occupational therapist with a degree level qualification.',
      children: [
        {
          id: 'somerset:level.level-3.career-stage',
          type: 'career-stage',
          title: 'Career Level',
          text: 'Wider responsibilities, leadership or specialisation',
        },
        {
          id: 'somerset:level.level-3.competencies-achieved',
          type: 'competencies-achieved',
          title: 'Competencies achieved',
          text: 'Level 3 Competencies (Expert level)',
        },
        {
          id: 'somerset:level.level-3.suggested-pay',
          type: 'suggested-pay',
          title: 'Suggested Payscale (2020/21)',
          text: '£24,907 - £30,615.',
        },
        {
          id: 'somerset:level.level-3.skills.components-of-personalised-care',
          type: 'skills-list',
          title: 'The six components of personalised care',
          text: 'The six components of personalised care',
          children: [
            {
              id: 'somerset:level.level-3.skills.components-of-personalised-care.01',
              type: 'skill',
              text: 'Shared Decision Making',
            },
            {
              id: 'somerset:level.level-3.skills.components-of-personalised-care.02',
              type: 'skill',
              text: 'Personalised care and support planning',
            },
            {
              id: 'somerset:level.level-3.skills.components-of-personalised-care.03',
              type: 'skill',
              text: 'Social Prescribing & Community Development',
            },
            {
              id: 'somerset:level.level-3.skills.components-of-personalised-care.04',
              type: 'skill',
              text: 'Self-management support',
            },
            {
              id: 'somerset:level.level-3.skills.components-of-personalised-care.05',
              type: 'skill',
              text: 'Enabling choice, including legal rights to choice',
            },
            {
              id: 'somerset:level.level-3.skills.components-of-personalised-care.06',
              type: 'skill',
              text: 'Personal Health Budgets and Integrated Personal Budgets',
            },
            {
              id: 'somerset:level.level-3.skills.components-of-personalised-care.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Support to incorporate more complexity and apply these capabilities into wider contexts, through regular supervision, peer support, local and regional Action Learning Sets / Communities of Practice, supporting the individual to work at an expert level in the assessed competencies.\n• Support via SW Social Prescribing matters forum led by rhian.loughlin@nhs.net South West Regional Learning Coordinator for Social Prescribing and South West Integrated Personalised Care Team Manager NHS E/I\n• Richard Kimberlee, NHS England Regional Facilitator & South West Social Prescribing Network Chair Richard.Kimberlee@uwe.ac.uk\n• NHSE / I SW Integrated Personalised Care Team england.swipc@nhs.net. This team run a series of Personalised Care and Social Prescribing Collaborative webinars on topics such as Personalised care planning, Patient Activation, Veterans & Armed Forces, Children & Young People.\n• Future NHS platform Social Prescribing workspace: https://future.nhs.uk/connect.ti/socialprescribing/grouphome\n• Centre for Empowering Patients and Communities (CEmPaC) - Providing Expertise in Person-Centred Care. Free online training programmes, resources and a series of expert webinars. https://cempac.org/?mc_cid=ae4563d859&mc_eid=9e2062d89a\n• National Academy for Social Prescribing https://socialprescribingacademy.org.uk/',
            },
          ],
        },
        {
          id: 'somerset:level.level-3.training.supervision-leadership-facilitation',
          type: 'training-topic',
          text: 'Supervision, leadership, facilitation etc',
          children: [
            {
              id: 'somerset:level.level-3.training.supervision-leadership-facilitation.resources.developing-leadership-skills',
              type: 'training-resource',
              title: 'Developing leadership skills',
              text: 'Developing leadership skills https://www.e-lfh.org.uk/programmes/management-and-leadership-skills/ https://www.e-lfh.org.uk/programmes/leadership-foundations/',
            },
            {
              id: 'somerset:level.level-3.training.supervision-leadership-facilitation.resources.facilitating-workshops',
              type: 'training-resource',
              title: 'Facilitating workshops',
              text: 'Facilitating workshops: This guide is designed to develop the skills to effectively facilitate workshops and group meetings. It contains practical tips, including:\n• Advice to help to prepare for the role of facilitator\n• Tools and techniques to assist in running a workshop or meeting\nhttps://www.england.nhs.uk/improvement-hub/publication/a-handy-guide-to-facilitation/',
            },
          ],
        },
      ],
    },
    {
      id: 'somerset:career-structure',
      type: 'guidance',
      title: '7.0 Career & remuneration structure',
      text: 'National guidance suggest that these roles are remunerated at up to Agenda for Change (AfC) Band 5, (see Appendix 4) dependent on Knowledge, skills, Experience and responsibilities. To support a standardised and affordable approach for Somerset that is sustainable after the end of the Additional Reimbursable Roles Scheme finishes in 2024, the following career and remuneration structure is offered as a suggestion only.',
    },
    {
      id: 'somerset:scoring-instructions',
      type: 'guidance',
      title: 'The Dreyfus Scale: Scoring Instructions',
      text: 'The six-point rating scale based on the Dreyfus system for skill acquisition is intended to measure the competence in the delivery of person centred skills (Dreyfus, 2004). The six point scale ranges from (0) where the individual has not delivered the skill appropriately, whether it was delivered poorly or insufficiently (1) to (5) where the individual has delivered the skill appropriately, sufficiently and with a high degree of skill. To help with the scoring of competence, an outline of the key features of each is provided in appendix 6. It should be noted that the giving a 5 (expert) should be reserved for individuals who deliver skills exceptionally well, adapting for different contexts and often in the face of difficulties such as resistance from participants. It is likely that those working at Level 3 score are working at expert level (5) for each of the assessed competencies.\nWhen rating skill at delivering a particular competence, first identify if the key features of the competence are evident. Then consider if the key features were used appropriately (misses few opportunities to deliver and when doing so, delivers them well). In this instance, the individual should be rated highly. It should be noted that the scores produced from using this measure should follow a roughly normal distribution, with relatively few individuals scoring at the extremes of the scales (low/high scores).',
    },
    {
      id: 'somerset:dreyfus-scale',
      type: 'scale',
      title: 'Table 2: Competency scoring system',
      text: 'The following Dreyfus scoring system may assist in the assessment of competency in the delivery of the competencies listed above:\nPerson Centred Approach, Promoting autonomy, Action Planning & Goal Setting, Managing Setbacks & Problem Solving, Supporting Competence & Self-efficacy and Self-monitoring.',
      children: [
        {
          id: 'somerset:dreyfus-scale.0',
          type: 'scale-point',
          code: '0',
          title: 'Absence',
          text: 'Absence of and/ or highly inappropriate performance of skill',
        },
        {
          id: 'somerset:dreyfus-scale.1',
          type: 'scale-point',
          code: '1',
          title: 'Novice',
          text: 'Minimal use of skill and /or inappropriate performance',
        },
        {
          id: 'somerset:dreyfus-scale.2',
          type: 'scale-point',
          code: '2',
          title: 'Advanced Beginner',
          text: 'Evidence of some competence, with numerous problems or inconsistencies.',
        },
        {
          id: 'somerset:dreyfus-scale.3',
          type: 'scale-point',
          code: '3',
          title: 'Competent',
          text: 'Competent, good skills with some minor problems or inconsistencies',
        },
        {
          id: 'somerset:dreyfus-scale.4',
          type: 'scale-point',
          code: '4',
          title: 'Proficient',
          text: 'Very good skills, with minimal problems or inconsistencies',
        },
        {
          id: 'somerset:dreyfus-scale.5',
          type: 'scale-point',
          code: '5',
          title: 'Expert',
          text: 'Excellent skills, no problems or inconsistencies.',
        },
      ],
    },
    {
      id: 'somerset:other-training',
      type: 'training-section',
      title: 'Other training',
      text: 'In addition to the core, level 1, 2 & 3 competencies, those already in Health Coach, Social Prescribing link worker and similar roles have reported that the following training resources may be useful, dependent on the types of individuals and situations within their current caseload.',
      children: [
        {
          id: 'somerset:other-training.adverse-childhood-experiences',
          type: 'training-topic',
          text: 'Adverse Childhood Experiences',
          children: [
            {
              id: 'somerset:other-training.adverse-childhood-experiences.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Childhood experiences including adversity and toxic stress impacts on health, wellbeing, education and employment across the life course. See: https://www.youtube.com/watch?v=XHgLYI9KZ-A',
            },
          ],
        },
        {
          id: 'somerset:other-training.alcohol-and-tobacco',
          type: 'training-topic',
          text: 'Alcohol & Tobacco',
          children: [
            {
              id: 'somerset:other-training.alcohol-and-tobacco.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'The programme is intended to provide healthcare professionals with the minimum level of knowledge and skill needed to confidently and effectively identify risk and provide brief advice to patients who smoke or who are drinking at a level that could be harming them. https://www.e-lfh.org.uk/programmes/alcohol-and-tobacco-brief-interventions/',
            },
          ],
        },
        {
          id: 'somerset:other-training.carers',
          type: 'training-topic',
          text: 'Carers',
          children: [
            {
              id: 'somerset:other-training.carers.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'An e-learning resource for those who are providing unpaid care. https://www.e-lfh.org.uk/programmes/supporting-unpaid-carers/ The Supporting Carers in General Practice e-learning programme has been developed for primary care professionals, to help them to support people who care for others. The programme contains six e-learning sessions: Supporting those who provide care for other people, Identifying carers, Organising your practice to support carers, Supporting young carers, Support for older people and their carers, Supporting the carers of people with challenging problems. https://www.e-lfh.org.uk/programmes/supporting-carers-in-general-practice/',
            },
          ],
        },
        {
          id: 'somerset:other-training.community-resources',
          type: 'training-topic',
          text: 'Community resources (support groups, social groups, etc)',
          children: [
            {
              id: 'somerset:other-training.community-resources.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Community centred approaches to improving health and wellbeing Module 1 will cover the background evidence and theory on why this is important and what approaches work. Module 2 involves practical exercises to apply the knowledge into your own work and enable you to make strategic and practical plans for taking community-centred approaches forward. https://www.e-lfh.org.uk/programmes/community-centred-approaches-to-health-improvement/ SPARK – Community connector training https://www.sparksomerset.org.uk/projects/wellbeing-south-somerset',
            },
          ],
        },
        {
          id: 'somerset:other-training.conflict-resolution-and-non-violent-communication',
          type: 'training-topic',
          text: 'Conflict resolution & Non-violent communication',
          children: [
            {
              id: 'somerset:other-training.conflict-resolution-and-non-violent-communication.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Free resources to learn the skills of non-violent communication and conflict resolution. https://www.nonviolentcommunication.com/resources/ https://www.nonviolentcommunication.com/learn-nonviolent-communication/nvc-conflict-resolution/',
            },
          ],
        },
        {
          id: 'somerset:other-training.covid-19',
          type: 'training-topic',
          text: 'COVID - 19',
          children: [
            {
              id: 'somerset:other-training.covid-19.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'This interactive e-learning resource was created to support health and care staff working with people recovering from COVID-19. https://www.e-lfh.org.uk/programmes/covid-19-recovery-and-rehabilitation/',
            },
          ],
        },
        {
          id: 'somerset:other-training.dementia',
          type: 'training-topic',
          text: 'Dementia',
          children: [
            {
              id: 'somerset:other-training.dementia.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'This e-learning programme in Dementia Care focuses on the essential knowledge and skills needed to support and enable people living with dementia and their family carers to live as well as possible, wherever they live. https://www.e-lfh.org.uk/programmes/dementia/ This programme is aimed at all staff working in health and social care settings, providing a unique insight into the lived experience of dementia, increasing knowledge and understanding of the condition. Understanding the lived experience of dementia enables health and social care staff to develop a deeper appreciation of the challenges of living with dementia, focusing attention on the things that make us feel human. https://www.e-lfh.org.uk/programmes/the-lived-experience-of-dementia/ Dementia Friends training online https://www.dementiafriends.org.uk/register-digital-friend Dementia training through local Dementia Alliance https://www.dementiasomerset.org.uk/',
            },
          ],
        },
        {
          id: 'somerset:other-training.debt-management',
          type: 'training-topic',
          text: 'Debt management',
          children: [
            {
              id: 'somerset:other-training.debt-management.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'https://www.moneyadvice.service.org.uk/en/categories/debt-and-borrowing https://www.citizensadvice.org.uk/debt-and-money/',
            },
          ],
        },
        {
          id: 'somerset:other-training.diabetes',
          type: 'training-topic',
          text: 'Diabetes',
          children: [
            {
              id: 'somerset:other-training.diabetes.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: "This is an introductory course for healthcare professionals who are not specialists in diabetes but want to know more about the condition. https://www.diabetesinhealthcare.co.uk/Int/Login.aspx?ts=636314069927614222\nThe National NHS 'Healthier You' Diabetes Prevention Programme, contact Diabetes Prevention Lead Officer georgina.clayton@nhs.net\nLocal training Gillian.Cook@SomersetFT.nhs.uk",
            },
          ],
        },
        {
          id: 'somerset:other-training.domestic-violence-and-abuse',
          type: 'training-topic',
          text: 'Domestic violence & abuse',
          children: [
            {
              id: 'somerset:other-training.domestic-violence-and-abuse.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'This training takes a trauma informed approach which takes account of the whole family who are experiencing domestic violence and abuse, looking at root causes of behaviour whilst also challenging and holding those perpetrating the abuse to account. https://www.e-lfh.org.uk/programmes/domestic-violence-and-abuse-e-learning-for-health-visitors-and-nurses/\nTrauma informed training around domestic abuse, alcohol etc https://avaproject.org.uk/training/#Upcoming',
            },
          ],
        },
        {
          id: 'somerset:other-training.end-of-life',
          type: 'training-topic',
          text: 'End of life',
          children: [
            {
              id: 'somerset:other-training.end-of-life.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'The e-learning programme End of Life Care for All (e-ELCA) aims to enhance the training and education of the health and social care workforce so that well-informed high quality care can be delivered by confident and competent staff and volunteers to support people wherever they happen to be. https://www.e-lfh.org.uk/programmes/end-of-life-care/\nKey Somerset contact re palliative care; Tracey Canavan (ECHO Coordinator) ECHO@st-margarets-hospice.org.uk',
            },
          ],
        },
        {
          id: 'somerset:other-training.housing-and-homelessness',
          type: 'training-topic',
          text: 'Housing & Homelessness',
          children: [
            {
              id: 'somerset:other-training.housing-and-homelessness.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: "This e-learning module has been developed to help people whose health is affected by living in a cold home. It empowers professionals to direct people in cold homes to services that can help them overcome the problem. https://www.e-lfh.org.uk/programmes/cold-homes/\nThis programme offers two e-learning sessions to support the health and care workforce to understand the health impacts of homelessness, identify different forms of homelessness, gain practical steps to making a referral and highlights ways your organisation can implement the duty to refer effectively. https://www.e-lfh.org.uk/programmes/tackling-homelessness/\nShilpa's story: A short interview highlighting the impact of homelessness https://www.youtube.com/watch?app=desktop&v=DY3zYd9hT2M&feature=youtu.be\nPowerful video: https://www.youtube.com/watch?edufilter=NULL&v=xHNOL1IP47I A Soul Like Yours - A Poem by Matt Kelly - Read by Johnny Vegas - In Support of www.TheBrick.org.uk\nUnderstanding homelessness Homeless Link",
            },
          ],
        },
        {
          id: 'somerset:other-training.learning-disability',
          type: 'training-topic',
          text: 'Learning disability',
          children: [
            {
              id: 'somerset:other-training.learning-disability.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'The Health Equalities Framework (HEF) e-learning resource is designed to provide practitioners with a practical introduction to the Health Equalities Framework tool, along with an understanding of the health inequalities experienced by people with learning disabilities, and the reasons or determinants of those health inequalities. https://www.e-lfh.org.uk/programmes/health-equalities-framework/',
            },
          ],
        },
        {
          id: 'somerset:other-training.mental-health',
          type: 'training-topic',
          text: 'Mental Health',
          children: [
            {
              id: 'somerset:other-training.mental-health.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: "This short programme aims to raise the awareness of mental health amongst health care staff. It is designed to give a broad overview of what encompasses mental illness, the link between mental and physical health diagnoses and outline some possible treatment options. These sessions provide all staff working within health care with some general strategies to help support individuals who are worried about their mental health, and advice about where to find extra support. https://www.e-lfh.org.uk/programmes/mental-health-awareness-programme/\nIntroduction to Mindfulness is a short e-learning programme to provide people with an overview of what mindfulness is. It provides a definition of mindfulness, the evidence for it and where to get more information for further resources and support. https://www.e-lfh.org.uk/programmes/introduction-to-mindfulness/\nMindEd provides accessible, engaging online training in emotional and behavioural ‘first aid’ and essential therapeutic skills for all those involved in the mental wellbeing and care of children and young people in the UK. https://www.e-lfh.org.uk/programmes/minded/\nSuicide Prevention is an e-learning programme designed to help everyone to feel more confident to talk about suicide. https://www.e-lfh.org.uk/programmes/suicide-prevention/\nMental Health Resource. A series of reference materials and resources for all about mental health including: Older People's Mental Health Competency Framework and Mental Health Directories. https://www.e-lfh.org.uk/programmes/mental-health-training-resources/\nMental health first aid. See this link for half day / two day training. https://mhfaengland.org/",
            },
          ],
        },
        {
          id: 'somerset:other-training.nhs-health-check',
          type: 'training-topic',
          text: 'NHS health check',
          children: [
            {
              id: 'somerset:other-training.nhs-health-check.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'The NHS Health Check programme is a Public Health programme in England targeting adults aged between 40 and 74 to help assess their risk of developing heart disease, stroke, type 2 diabetes or kidney disease. https://www.e-lfh.org.uk/programmes/nhs-health-check/',
            },
          ],
        },
        {
          id: 'somerset:other-training.obesity',
          type: 'training-topic',
          text: 'Obesity',
          children: [
            {
              id: 'somerset:other-training.obesity.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'This elearning programme introduces obesity and its implications for health, provides a knowledge base on identification of unhealthy weight and risk factors for weight gain, managing obesity, and learning on guiding and enabling behaviour change.\nhttps://www.e-lfh.org.uk/programmes/obesity/\nPractical advice and tools to support health and care professionals make brief interventions in weight management for adults. This document offers tips on the short conversations health and care professionals should be having with overweight and obese patients about weight loss. It provides:\n• practical advice on how to discuss weight loss\n• tools to support making brief interventions\nhttps://www.gov.uk/government/publications/adult-weight-management-a-guide-to-brief-interventions\nThe University of Oxford has created Supportive and effective conversations about weight management referrals – video guidelines offering people with obesity a free-of-charge referral to weight management services.',
            },
          ],
        },
        {
          id: 'somerset:other-training.pain',
          type: 'training-topic',
          text: 'Pain',
          children: [
            {
              id: 'somerset:other-training.pain.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Pain management. The 12 modules of this e-learning cover knowledge ranging from how to manage acute pain well, through to in-depth learning about common pain conditions and moves on to cover how to manage pain in specialist areas, such as pain in cancer or pain in childhood.\nhttps://www.e-lfh.org.uk/updated-pain-management-e-learning-programme/\nESCAPE-pain – using education and exercise to support people with chronic joint pain https://www.e-lfh.org.uk/escape-pain-programme/',
            },
          ],
        },
        {
          id: 'somerset:other-training.physical-activity',
          type: 'training-topic',
          text: 'Physical Activity',
          children: [
            {
              id: 'somerset:other-training.physical-activity.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'Physical Activity & Health. This e-learning course prepares healthcare professionals to champion the benefits of physical activity with their patients and, in doing so, help prevent and/or manage a range of common physical and mental health conditions. The course will familiarise the learner with the UK Chief Medical Officers’ physical activity guidelines, the underpinning evidence base and how to incorporate it.\nhttps://www.e-lfh.org.uk/programmes/physical-activity-and-health/\nSomerset Sports & Activity Partnership\nhttps://www.sasp.co.uk/ Health Walks https://www.sasp.co.uk/health-walks Flexercise https://www.ageuk.org.uk/somerset/activities-and-events/flexercise-classes/flexercise-classes/',
            },
          ],
        },
        {
          id: 'somerset:other-training.work-and-health',
          type: 'training-topic',
          text: 'Work & Health',
          children: [
            {
              id: 'somerset:other-training.work-and-health.resources',
              type: 'training-resource',
              title: 'Training & education resources available',
              text: 'This e-learning course is about the crucial relationship between work and health. https://www.e-lfh.org.uk/programmes/work-and-health/',
            },
          ],
        },
      ],
    },
  ],
};
