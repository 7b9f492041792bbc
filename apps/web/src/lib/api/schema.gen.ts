/*
 * GENERATED FILE — do not edit. The web app's API types, generated from the API's OpenAPI
 * document (the controllers' and DTOs' decorators) by openapi-typescript.
 * Regenerate with `npm run generate:api`; a test fails while this file is stale.
 */
export interface paths {
  '/api/about': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AboutController_about'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/csrf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_csrf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_current'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password-reset link by email (public; needs the CSRF token)
     * @description Always the same answer, so it does not reveal whether the email has an account.
     */
    post: operations['PasswordResetController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whose password a reset link is for (public) */
    get: operations['PasswordResetController_view'];
    put?: never;
    /**
     * Set a new password with a reset link (public; needs the CSRF token)
     * @description The link works once. Every session of the person ends; they sign in again with the new password.
     */
    post: operations['PasswordResetController_reset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TotpController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/totp/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TotpController_enable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/totp/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TotpController_setup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the competency frameworks and their versions */
    get: operations['FrameworkController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{key}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read one framework version: the whole item tree and Ladder’s crosswalk */
    get: operations['FrameworkController_getVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/{key}/versions/{version}/case': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export one framework version as a 1EdTech CASE 1.1 package */
    get: operations['FrameworkController_getCasePackage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/frameworks/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a CASE package as a new framework version (platform administrators) */
    post: operations['FrameworkController_importVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pending invitations of your organisation (employer admins) */
    get: operations['InvitationController_listPending'];
    put?: never;
    /**
     * Invite someone to your organisation by email (employer admins)
     * @description Emails a one-time link, valid for 7 days, to /invitations/{token}.
     */
    post: operations['InvitationController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who an invitation link is for (public) */
    get: operations['InvitationController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/{token}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an invitation by choosing a password (public; needs the CSRF token)
     * @description Creates the account; then sign in with the email and the new password. The link works once.
     */
    post: operations['InvitationController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/observations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A worker’s observations, newest first, amended versions included (the worker, their current supervisors and employer admins; past supervisors see those they made) */
    get: operations['ObservationController_list'];
    put?: never;
    /** Plan an observation: a draft (a current supervisor of the worker, or the worker) */
    post: operations['ObservationController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/observations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One observation, with `history`: its amendment chain, oldest first */
    get: operations['ObservationController_get'];
    /** Save a draft (autosave; a current supervisor of the worker): only the fields given change, and the revision goes up by one */
    put: operations['ObservationController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/observations/{id}/acknowledgement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The worker acknowledges a signed-off observation, with an optional comment (stored apart; scores never change) */
    post: operations['ObservationController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/observations/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Amend a signed-off observation (a current supervisor): a new signed-off observation that `amends` it; the original shows `supersededBy` and stays in the history */
    post: operations['ObservationController_amend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/observations/{id}/sign-off': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign a draft off (a current supervisor of the worker); from then on it never changes. The same idempotencyKey again answers with the same result. */
    post: operations['ObservationController_signOff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/observations/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pre-observation: the competencies to observe next (current and next level) and the guidance to read first (the worker, their current supervisors, employer admins) */
    get: operations['ObservationController_plan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisation/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which attainment policy your organisation’s progression results use */
    get: operations['OrganisationPolicyController_get'];
    /** Adopt a policy version for your organisation’s results (employer administrators) */
    put: operations['OrganisationPolicyController_adopt'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pay-scales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PayScaleController_list'];
    put?: never;
    /** Add a new pay year (platform administrators) */
    post: operations['PayScaleController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/pay-scales/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PayScaleController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The people you can see in your organisation
     * @description Employer admins: everyone in the organisation. Supervisors: their current supervisees. Link workers: themselves.
     */
    get: operations['PeopleController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One person: yourself, someone you currently supervise, or (employer admins) anyone */
    get: operations['PeopleController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a person’s roles, supervision types, job title, dates or active status (employer admins)
     * @description Send only the fields to change. Deactivating a person ends their sessions at once. You cannot remove your own employer_admin role or deactivate yourself.
     */
    patch: operations['PeopleController_update'];
    trace?: never;
  };
  '/api/people/{id}/attestation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record the employer’s attestation of a worker’s wider responsibilities, leadership or specialisation (employer administrators) */
    put: operations['ProgressionController_setAttestation'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}/induction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record when a worker completed local induction (employer administrators) */
    put: operations['ProgressionController_setInduction'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/people/{id}/progression': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A worker’s progression from stored records (the worker, their supervisors, employer admins) */
    get: operations['ProgressionController_forWorker'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the attainment policies: those shipped with Ladder and your organisation’s own */
    get: operations['PolicyController_list'];
    put?: never;
    /** Add a policy version for your organisation (employer administrators) */
    post: operations['PolicyController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/progression/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What-if: the level, reasons, gaps and pay a set of evidence would give at a date */
    post: operations['ProgressionController_evaluate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervisees/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your current supervisees (supervisors): level today, date of the latest signed-off observation, and whether one is due */
    get: operations['SuperviseeOverviewController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision-assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Supervision assignments: all in your organisation (employer admins), or your own (supervisors) */
    get: operations['SupervisionAssignmentController_list'];
    put?: never;
    /** Assign a supervisor to a link worker (employer admins) */
    post: operations['SupervisionAssignmentController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supervision-assignments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** End a supervision assignment: set its last day (employer admins) */
    patch: operations['SupervisionAssignmentController_end'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AboutView: {
      /** @description True when running on the embedded database with demo data: the UI shows a banner. */
      demoMode: boolean;
      /** @example Ladder */
      service: string;
      /** @example 0.1.0 */
      version: string;
    };
    AcceptedInvitationView: {
      /**
       * @description Sign in with this email and the new password.
       * @example new.worker@example.org
       */
      email: string;
    };
    AcknowledgeObservationDto: {
      /** @description The worker’s comment on the observation. */
      comment?: string;
      /** @description As for a draft save: store a comment a 422 said may hold a patient identifier. */
      confirmPossibleIdentifiers?: boolean;
    };
    AdoptedPolicyView: {
      builtIn: boolean;
      /** @example somerset-default */
      key: string;
      title: string;
      /** @example 1 */
      version: number;
    };
    AdoptionView: {
      /** Format: date-time */
      adoptedAt: string | null;
      /** Format: uuid */
      adoptedBy: string | null;
      /** @description True when nothing is adopted and the built-in default applies. */
      isDefault: boolean;
      policy: components['schemas']['AdoptedPolicyView'];
    };
    AmendObservationDto: {
      /** @description Default: the original’s. */
      agreedActions?: string;
      /** @description As for a draft save: store text a 422 said may hold a patient identifier. */
      confirmPossibleIdentifiers?: boolean;
      /** @description Default: the original’s. */
      developmentAreas?: string;
      /**
       * Format: uuid
       * @description Sending the same key again answers with the same amendment.
       */
      idempotencyKey: string;
      /** @description Changes to the original’s items; items not named keep their values. */
      items?: components['schemas']['ObservationItemInputDto'][];
      /** @example Score for Person Centred Approach entered as 2; agreed 3. */
      reason: string;
      /** @description Default: the original’s. */
      strengths?: string;
    };
    AssignmentView: {
      /** @description Whether the assignment is in force today (UTC): started, and not ended before today. */
      current: boolean;
      /**
       * Format: date
       * @description The last day; null while open-ended.
       */
      endsOn: string | null;
      /** Format: uuid */
      id: string;
      /** Format: date */
      startsOn: string;
      /** @enum {string} */
      supervisionType: 'workplace' | 'clinical' | 'group';
      /** Format: uuid */
      supervisorId: string;
      /** @example Dr Tom Hughes */
      supervisorName: string;
      /** Format: uuid */
      workerId: string;
      /** @example Sam Patel */
      workerName: string;
    };
    AttestationStateView: {
      /** Format: date */
      attestedOn: string | null;
      /** @description The attestation is within the currency window. */
      current: boolean;
    };
    CasePackageView: {
      CFAssociations?: {
        [key: string]: unknown;
      }[];
      CFDefinitions?: {
        [key: string]: unknown;
      };
      /** @description CFDocument (§7.1.8). */
      CFDocument: {
        [key: string]: unknown;
      };
      CFItems?: {
        [key: string]: unknown;
      }[];
      CFRubrics?: {
        [key: string]: unknown;
      }[];
      extensions?: {
        [key: string]: unknown;
      };
    };
    CompetencyProgressView: {
      /** @description The level at which Somerset first assesses the competency. */
      assessedAt: components['schemas']['LevelRefView'];
      /** @description Attained at 3 (Competent) under the policy’s rules. */
      attainedAt3: boolean;
      /** @description Attained at 5 (Expert). */
      attainedAt5: boolean;
      /**
       * Format: date
       * @description Latest current observation awaiting sign-off.
       */
      awaitingSignOffObservedOn: string | null;
      /** @description There is signed-off evidence older than the currency window. */
      hasNonCurrentEvidence: boolean;
      /** @enum {string} */
      key:
        | 'person-centred-approach'
        | 'promoting-autonomy'
        | 'action-planning-goal-setting'
        | 'managing-setbacks-problem-solving'
        | 'supporting-competence-self-efficacy'
        | 'self-monitoring';
      /** Format: date */
      lastNonCurrentObservedOn: string | null;
      latest: components['schemas']['LatestScoreView'] | null;
      /** @description Every level whose rule names this competency. */
      requirements: components['schemas']['CompetencyRequirementView'][];
      title: string;
    };
    CompetencyRequirementView: {
      attained: boolean;
      level: components['schemas']['LevelRefView'];
      threshold: number;
    };
    CreateInvitationDto: {
      /** @example new.worker@example.org */
      email: string;
      /** @example Rowan Ellis */
      fullName: string;
      /** @example Social Prescribing Link Worker */
      jobTitle?: string;
      /**
       * @example [
       *       "link_worker"
       *     ]
       */
      roles: ('link_worker' | 'supervisor' | 'employer_admin')[];
      /** @example [] */
      supervisionTypes?: ('workplace' | 'clinical' | 'group')[];
    };
    CreateObservationDto: {
      /**
       * @example somerset
       * @enum {string}
       */
      frameworkKey: 'somerset' | 'nhse-splw' | 'wales-sp';
      /**
       * @description A stored, published version of that framework (or `current`).
       * @example 2021.1
       */
      frameworkVersion: string;
      /**
       * Format: uuid
       * @description A new UUID for each observation you plan: the same request sent again (a double click, a retry after a lost answer) answers with the observation it made instead of planning another.
       */
      idempotencyKey?: string;
      /**
       * @description Items of that framework version to observe, each one that can be scored: Somerset assessed competencies, NHS England competencies, Wales competence areas and statements. The community-development variant takes NHS England area 3 competencies only.
       * @example [
       *       "somerset:ac.person-centred-approach"
       *     ]
       */
      itemIds: string[];
      /**
       * Format: date
       * @description The (planned) date of the observation.
       * @example 2026-03-02
       */
      observedOn: string;
      /**
       * @example face-to-face
       * @enum {string}
       */
      setting: 'face-to-face' | 'home-visit' | 'telephone' | 'video' | 'group' | 'community';
      /**
       * @description The observation sheet: standard, or the NHS England community-development sheet.
       * @default standard
       * @enum {string}
       */
      variant: 'standard' | 'community-development';
      /**
       * Format: uuid
       * @description The worker to observe (yourself, to plan your own observation).
       */
      workerId: string;
    };
    CreatePayBandDto: {
      /**
       * @example 3
       * @enum {number}
       */
      band: 3 | 4 | 5;
      points: components['schemas']['CreatePayPointDto'][];
    };
    CreatePayPointDto: {
      /**
       * @description Annual salary in whole pounds.
       * @example 19737
       */
      annualPounds: number;
      /**
       * @description Hourly rate in pence.
       * @example 1012
       */
      hourlyPence: number;
      /**
       * @description Years this row runs up to (not including); null for the open-ended last row.
       * @example 1
       */
      maxYears: number | null;
      /**
       * @description Completed years of experience this row starts at.
       * @example 0
       */
      minYears: number;
    };
    CreatePayScaleDto: {
      bands: components['schemas']['CreatePayBandDto'][];
      /** @example NHS Employers, Agenda for Change pay scales 2021/22 */
      source: string;
      /** @example NHS Agenda for Change Pay scales 2021-2022 */
      title: string;
      /**
       * @description Pay year as printed, YYYY/YY.
       * @example 2021/22
       */
      year: string;
    };
    CreatePolicyDto: {
      /**
       * @description Evidence and attestations older than this many calendar months lapse.
       * @example 18
       */
      currencyWindowMonths: number;
      /**
       * @description Kebab-case key. Keys of policies shipped with Ladder (e.g. somerset-default) are reserved.
       * @example mendip-two-supervisors
       */
      key: string;
      /** @description Exactly 4 rules, in ladder order: core, level-1, level-2, level-3. */
      levels: components['schemas']['LevelRuleDto'][];
      /**
       * @description Distinct supervisors whose current signed-off scores must reach a threshold.
       * @example 1
       */
      minDistinctSupervisors: number;
      pay: components['schemas']['PayRulesDto'];
      /** @example Mendip PCN: two supervisors for each competency */
      title: string;
      /**
       * @description Whole number ≥ 1, new for this key: a stored policy never changes, so a change is a new version.
       * @example 1
       */
      version: number;
    };
    CreateSupervisionAssignmentDto: {
      /**
       * Format: date
       * @description The last day of the assignment; omit or null for open-ended. On or after startsOn.
       */
      endsOn?: string | null;
      /**
       * Format: date
       * @example 2026-01-05
       */
      startsOn: string;
      /** @enum {string} */
      supervisionType: 'workplace' | 'clinical' | 'group';
      /**
       * Format: uuid
       * @description A person in your organisation with the supervisor role.
       */
      supervisorId: string;
      /**
       * Format: uuid
       * @description A person in your organisation with the link_worker role.
       */
      workerId: string;
    };
    CrosswalkEntryView: {
      /** @description The item of the version being viewed. */
      itemId: string;
      rationale: string;
      /** @description The linked item, in the other framework’s current version. */
      related: components['schemas']['CrosswalkRelatedItemView'];
      /** @enum {string} */
      relation: 'isRelatedTo' | 'exactMatchOf';
    };
    CrosswalkRelatedItemView: {
      code?: string;
      /** @enum {string} */
      frameworkKey: 'somerset' | 'nhse-splw' | 'wales-sp';
      frameworkTitle: string;
      itemId: string;
      text: string;
      title?: string;
    };
    CrosswalkView: {
      entries: components['schemas']['CrosswalkEntryView'][];
      /** @description Says plainly that the crosswalk is Ladder’s own mapping. */
      notice: string;
      version: string;
    };
    CsrfTokenView: {
      /** @description Send it in X-CSRF-Token on every POST, PUT, PATCH and DELETE. */
      csrfToken: string;
    };
    DisableTotpDto: {
      /**
       * @description A current code from the authenticator app, or an unused recovery code.
       * @example 123456
       */
      code: string;
    };
    EnableTotpDto: {
      /**
       * @description The code the authenticator app shows for the new secret.
       * @example 123456
       */
      code: string;
    };
    EndSupervisionAssignmentDto: {
      /**
       * Format: date
       * @description The last day of the assignment (it is current up to and including this day); on or after startsOn.
       * @example 2026-03-31
       */
      endsOn: string;
    };
    ErrorBodyView: {
      /**
       * Format: uuid
       * @description On a 500: the reference to quote to support.
       */
      correlationId?: string;
      /**
       * @description The HTTP status name.
       * @example Bad Request
       */
      error: string;
      /** @description On a 400: one message per bad field. */
      errors?: string[];
      /**
       * @description For people: what went wrong.
       * @example score must be a whole number from 0 to 5
       */
      message: string;
      /** @description On a 429: seconds until another attempt is allowed. */
      retryAfterSeconds?: number;
      /** @example 400 */
      statusCode: number;
      /** @description On a sign-in 401: a code from the authenticator app (or a recovery code) is needed. */
      totpRequired?: boolean;
    };
    EvaluateProgressionDto: {
      /**
       * @description The date the result describes (YYYY-MM-DD).
       * @example 2026-03-15
       */
      asOf: string;
      /**
       * @description Date of the employer’s attestation of wider responsibilities, leadership or specialisation (Level 3 needs a current one).
       * @example 2026-01-05
       */
      attestationDate?: string | null;
      evidence: components['schemas']['EvidenceItemDto'][];
      /**
       * @description Date relevant experience began; sets the pay point where the level pays by experience.
       * @example 2024-03-15
       */
      experienceStartDate?: string | null;
      /**
       * @description Local induction complete (Core needs it).
       * @example true
       */
      inductionComplete: boolean;
      /**
       * @description A stored pay year; default 2020/21.
       * @example 2020/21
       */
      payYear?: string;
      /** @description A stored policy; default: the caller organisation’s adopted policy, else somerset-default v1. */
      policy?: components['schemas']['PolicyRefDto'];
    };
    EvidenceItemDto: {
      /**
       * @description An assessed competency key (person-centred-approach, promoting-autonomy, action-planning-goal-setting, managing-setbacks-problem-solving, supporting-competence-self-efficacy, self-monitoring) or its Somerset framework item id, e.g. somerset:ac.promoting-autonomy.
       * @example promoting-autonomy
       */
      competency: string;
      /** @example obs-12 */
      observationId: string;
      /**
       * @description Date the practice was observed (YYYY-MM-DD).
       * @example 2026-01-10
       */
      observedOn: string;
      /**
       * @description Dreyfus score, a whole number 0–5.
       * @example 3
       */
      score: number;
      /**
       * @description Whether the score is signed off; drafts never count.
       * @example true
       */
      signedOff: boolean;
      /**
       * @description When the supervisor signed the score off (ISO datetime); null for a draft.
       * @example 2026-01-12T09:30:00Z
       */
      signedOffAt: string | null;
      /**
       * @description Who scored it; distinct supervisors matter under some policies.
       * @example sup-1
       */
      supervisorId: string;
    };
    FrameworkItemView: {
      /** @description Child items in document order. */
      children?: components['schemas']['FrameworkItemView'][];
      /** @example 1.2a */
      code?: string;
      /**
       * @description `<frameworkKey>:<local path>`, stable across versions.
       * @example wales-sp:1.2a.s03
       */
      id: string;
      /** @description The id of the item’s successor in a later version. */
      replacedBy?: string;
      /** @description Exactly six descriptors, scores 0..5 in order. */
      rubric?: components['schemas']['RubricDescriptorView'][];
      /** @description Verbatim from the source; never empty. */
      text: string;
      title?: string;
      /**
       * @description The item’s role, e.g. level, area, competency, statement.
       * @example assessed-competency
       */
      type: string;
    };
    FrameworkSummaryView: {
      /** @example 2021.1 */
      currentVersion: string;
      /** @enum {string} */
      key: 'somerset' | 'nhse-splw' | 'wales-sp';
      publisher: string;
      title: string;
      versions: components['schemas']['FrameworkVersionSummaryView'][];
    };
    FrameworkVersionSummaryView: {
      /** @description The version new evidence is recorded against. */
      current: boolean;
      /**
       * @description ISO date, year-month or year.
       * @example 2021-06
       */
      publishedOn: string;
      /**
       * @description Published versions never change.
       * @enum {string}
       */
      status: 'draft' | 'published';
      /** @example 2021.1 */
      version: string;
    };
    FrameworkVersionView: {
      crosswalk: components['schemas']['CrosswalkView'];
      /** @description The version new evidence is recorded against. */
      current: boolean;
      items: components['schemas']['FrameworkItemView'][];
      /** @enum {string} */
      key: 'somerset' | 'nhse-splw' | 'wales-sp';
      /**
       * @description ISO date, year-month or year.
       * @example 2021-06
       */
      publishedOn: string;
      publisher: string;
      /** @description Citation of the source document. */
      source: string;
      /** @enum {string} */
      status: 'draft' | 'published';
      title: string;
      /** @example 2021.1 */
      version: string;
    };
    HealthReportView: {
      /** @enum {string} */
      database: 'reachable' | 'unreachable';
      /** @description Why the database is unreachable. */
      detail?: string;
      /** @enum {string} */
      status: 'ok' | 'unavailable';
    };
    ImportedFrameworkVersionView: {
      /** @description The version new evidence is recorded against. */
      current: boolean;
      /** @enum {string} */
      key: 'somerset' | 'nhse-splw' | 'wales-sp';
      /**
       * @description ISO date, year-month or year.
       * @example 2021-06
       */
      publishedOn: string;
      publisher: string;
      /**
       * @description Published versions never change.
       * @enum {string}
       */
      status: 'draft' | 'published';
      title: string;
      /** @example 2021.1 */
      version: string;
    };
    ImportFrameworkVersionDto: {
      /**
       * @description The framework the package is a version of.
       * @example somerset
       * @enum {string}
       */
      key: 'somerset' | 'nhse-splw' | 'wales-sp';
      /**
       * @description Make the new version the current one (it must be published, i.e. CFDocument.adoptionStatus Adopted).
       * @default false
       */
      makeCurrent: boolean;
      /** @description A 1EdTech CASE 1.1 CFPackage (JSON binding), e.g. one served by GET /api/frameworks/{key}/versions/{version}/case. Its title, publisher, source, status and item tree become the new version. */
      package: {
        [key: string]: unknown;
      };
      /**
       * @description The new version, YYYY.N. It must not exist yet: stored versions never change.
       * @example 2021.2
       */
      version: string;
    };
    InvitationView: {
      /** @example new.worker@example.org */
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /** @example Rowan Ellis */
      fullName: string;
      /** Format: uuid */
      id: string;
      roles: ('link_worker' | 'supervisor' | 'employer_admin')[];
    };
    KeyFeaturesView: {
      /** @description Somerset Appendix 6 “Interaction”, as printed. */
      interaction: string;
      /** @example somerset:ac.person-centred-approach */
      itemId: string;
      /** @description Somerset Appendix 6 “Key features”, as printed. */
      keyFeatures: string;
      /** @example Person Centred Approach */
      title: string;
    };
    LatestScoreView: {
      /**
       * @description The Table 2 name of the score.
       * @example Competent
       */
      name: string;
      /** Format: uuid */
      observationId: string;
      /** Format: date */
      observedOn: string;
      score: number;
      /** Format: date-time */
      signedOffAt: string;
      /** Format: uuid */
      supervisorId: string;
    };
    LevelPayRuleDto: {
      /**
       * @example 3
       * @enum {number}
       */
      band: 3 | 4 | 5;
      /**
       * @example experience
       * @enum {string}
       */
      basis: 'bottom-of-band' | 'experience';
    };
    LevelRefView: {
      /**
       * @example core
       * @enum {string}
       */
      key: 'entry' | 'core' | 'level-1' | 'level-2' | 'level-3';
      /** @example Core */
      name: string;
    };
    LevelRuleDto: {
      /**
       * @example [
       *       "person-centred-approach"
       *     ]
       */
      competencies: (
        | 'person-centred-approach'
        | 'promoting-autonomy'
        | 'action-planning-goal-setting'
        | 'managing-setbacks-problem-solving'
        | 'supporting-competence-self-efficacy'
        | 'self-monitoring'
      )[];
      /**
       * @description Rules are listed in ladder order.
       * @example core
       * @enum {string}
       */
      level: 'core' | 'level-1' | 'level-2' | 'level-3';
      /** @example false */
      requiresAttestation: boolean;
      /** @example true */
      requiresInduction: boolean;
      /** @example 3 */
      threshold: number;
    };
    LevelView: {
      /**
       * @example core
       * @enum {string}
       */
      key: 'entry' | 'core' | 'level-1' | 'level-2' | 'level-3';
      /** @example Core */
      name: string;
    };
    LoginDto: {
      /** @example sam.link@demo.ladder.test */
      email: string;
      /** @example ladder-demo-2026 */
      password: string;
      /**
       * @description Instead of `totp`: one of the single-use recovery codes given when two-step verification was set up.
       * @example abcd-efgh-jkmn-pqrs
       */
      recoveryCode?: string;
      /** @description Six-digit code from an authenticator app, when the account requires one. */
      totp?: string;
    };
    MeView: {
      /** @example sam.link@demo.ladder.test */
      email: string;
      /** @example Sam Patel */
      fullName: string;
      isPlatformAdmin: boolean;
      jobTitle: string | null;
      /** @description null for platform administrators. */
      organisation: components['schemas']['OrganisationRefView'] | null;
      /** Format: uuid */
      personId: string;
      roles: ('link_worker' | 'supervisor' | 'employer_admin')[];
      /** @description Two-step verification is on. */
      totpEnabled: boolean;
      /** @description The person’s role must use two-step verification (outside demo mode). */
      totpRequired: boolean;
    };
    NewPasswordDto: {
      /**
       * @description Use at least 12 and at most 256 characters. It must not be a commonly used password, and must not contain the first part of your email address. A few unrelated words make a strong password that is easy to remember.
       * @example orbit velvet cabbage tram
       */
      password: string;
    };
    ObservationAcknowledgementView: {
      /** Format: date-time */
      acknowledgedAt: string;
      /** @example  */
      comment: string;
    };
    ObservationAmendsView: {
      /**
       * Format: uuid
       * @description The signed-off observation this one corrects.
       */
      observationId: string;
      reason: string;
    };
    ObservationDetailView: {
      acknowledgement: components['schemas']['ObservationAcknowledgementView'] | null;
      agreedActions: string;
      amends: components['schemas']['ObservationAmendsView'] | null;
      consentConfirmed: boolean;
      developmentAreas: string;
      /** @enum {string} */
      frameworkKey: 'somerset' | 'nhse-splw' | 'wales-sp';
      /** @example 2021.1 */
      frameworkVersion: string;
      history: components['schemas']['ObservationHistoryEntryView'][];
      /** Format: uuid */
      id: string;
      /** @description The planned items, in sheet order. */
      items: components['schemas']['ObservationItemView'][];
      /**
       * Format: date
       * @example 2026-03-02
       */
      observedOn: string;
      /** Format: uuid */
      plannedById: string;
      /** @description Stored text that looks like a patient identifier (saved after confirmation). */
      possibleIdentifiers: components['schemas']['PossibleIdentifierView'][];
      /** @description Send it back with a draft save or sign-off. */
      revision: number;
      /** @enum {string} */
      setting: 'face-to-face' | 'home-visit' | 'telephone' | 'video' | 'group' | 'community';
      /** Format: date-time */
      signedOffAt: string | null;
      /** Format: uuid */
      signedOffById: string | null;
      signedOffByName: string | null;
      /** @enum {string} */
      status: 'draft' | 'signed-off';
      strengths: string;
      /**
       * Format: uuid
       * @description The amendment that corrects this observation; progression uses the latest version.
       */
      supersededBy: string | null;
      /**
       * Format: uuid
       * @description Null while only the worker has planned it.
       */
      supervisorId: string | null;
      /** @example Dr Tom Hughes */
      supervisorName: string | null;
      /** @enum {string} */
      variant: 'standard' | 'community-development';
      /** Format: uuid */
      workerId: string;
      /** @example Sam Patel */
      workerName: string;
    };
    ObservationHistoryEntryView: {
      /** Format: uuid */
      id: string;
      /** @description Why it was amended; null for the original. */
      reason: string | null;
      /** Format: date-time */
      signedOffAt: string | null;
    };
    ObservationItemInputDto: {
      /** @description What was seen that supports the score. */
      evidenceNotes?: string;
      /**
       * @description One of the observation’s planned items.
       * @example somerset:ac.person-centred-approach
       */
      itemId: string;
      /** @description The session gave no opportunity to show this item; it has no score. */
      notObserved?: boolean;
      /**
       * @description Dreyfus score (Somerset Table 2): 0 Absence … 5 Expert; null: not scored.
       * @example 3
       */
      score?: number | null;
    };
    ObservationItemView: {
      /** @example  */
      evidenceNotes: string;
      /** @example somerset:ac.person-centred-approach */
      itemId: string;
      /** @description Marked not observed: no score, and not counted as evidence. */
      notObserved: boolean;
      /** @example 3 */
      score: number | null;
    };
    ObservationPlanView: {
      /** @description The framework version the proposed item ids belong to. */
      framework: components['schemas']['PlanFrameworkView'];
      guidance: components['schemas']['PlanGuidanceView'];
      /**
       * @description The Somerset assessed competencies of the worker’s current level and the next (from their progression): Entry → Person Centred Approach.
       * @example [
       *       "somerset:ac.person-centred-approach"
       *     ]
       */
      proposedItemIds: string[];
      worker: components['schemas']['PlanWorkerView'];
    };
    ObservationView: {
      acknowledgement: components['schemas']['ObservationAcknowledgementView'] | null;
      agreedActions: string;
      amends: components['schemas']['ObservationAmendsView'] | null;
      consentConfirmed: boolean;
      developmentAreas: string;
      /** @enum {string} */
      frameworkKey: 'somerset' | 'nhse-splw' | 'wales-sp';
      /** @example 2021.1 */
      frameworkVersion: string;
      /** Format: uuid */
      id: string;
      /** @description The planned items, in sheet order. */
      items: components['schemas']['ObservationItemView'][];
      /**
       * Format: date
       * @example 2026-03-02
       */
      observedOn: string;
      /** Format: uuid */
      plannedById: string;
      /** @description Stored text that looks like a patient identifier (saved after confirmation). */
      possibleIdentifiers: components['schemas']['PossibleIdentifierView'][];
      /** @description Send it back with a draft save or sign-off. */
      revision: number;
      /** @enum {string} */
      setting: 'face-to-face' | 'home-visit' | 'telephone' | 'video' | 'group' | 'community';
      /** Format: date-time */
      signedOffAt: string | null;
      /** Format: uuid */
      signedOffById: string | null;
      signedOffByName: string | null;
      /** @enum {string} */
      status: 'draft' | 'signed-off';
      strengths: string;
      /**
       * Format: uuid
       * @description The amendment that corrects this observation; progression uses the latest version.
       */
      supersededBy: string | null;
      /**
       * Format: uuid
       * @description Null while only the worker has planned it.
       */
      supervisorId: string | null;
      /** @example Dr Tom Hughes */
      supervisorName: string | null;
      /** @enum {string} */
      variant: 'standard' | 'community-development';
      /** Format: uuid */
      workerId: string;
      /** @example Sam Patel */
      workerName: string;
    };
    OrganisationRefView: {
      /** Format: uuid */
      id: string;
      /** @example Mendip Primary Care Network */
      name: string;
    };
    PasswordResetLinkView: {
      /**
       * @description Whose password the link resets.
       * @example sam.link@demo.ladder.test
       */
      email: string;
    };
    PasswordResetRequestedView: {
      /**
       * @description The same answer whether or not the email has an account.
       * @example If an account exists for that email, we have sent a link to reset the password.
       */
      message: string;
    };
    PayBandView: {
      /**
       * @example 3
       * @enum {number}
       */
      band: 3 | 4 | 5;
      points: components['schemas']['PayPointView'][];
    };
    PayPointRefView: {
      /**
       * @description Years-of-experience column as printed.
       * @example 2-3
       */
      label: string;
      maxYears: number | null;
      minYears: number;
    };
    PayPointView: {
      /** @example 21142 */
      annualPounds: number;
      /** @example 1084 */
      hourlyPence: number;
      /** @description null for the open-ended last row ("6+"). */
      maxYears: number | null;
      /** @example 0 */
      minYears: number;
    };
    PayRulesDto: {
      /** @description AfC band and pay basis at core. */
      core: components['schemas']['LevelPayRuleDto'];
      /** @description AfC band and pay basis at entry. */
      entry: components['schemas']['LevelPayRuleDto'];
      /** @description AfC band and pay basis at level-1. */
      'level-1': components['schemas']['LevelPayRuleDto'];
      /** @description AfC band and pay basis at level-2. */
      'level-2': components['schemas']['LevelPayRuleDto'];
      /** @description AfC band and pay basis at level-3. */
      'level-3': components['schemas']['LevelPayRuleDto'];
    };
    PayScaleView: {
      bands: components['schemas']['PayBandView'][];
      /** @description Citation of the published pay scale. */
      source: string;
      title: string;
      /** @example 2020/21 */
      year: string;
    };
    PaySuggestionView: {
      /** @example £21,142 */
      annual: string;
      annualPounds: number;
      /** @enum {number} */
      band: 3 | 4 | 5;
      /** @enum {string} */
      basis: 'bottom-of-band' | 'experience';
      /** @description Completed years of relevant experience, when used. */
      completedYears: number | null;
      disclaimer: string;
      /** Format: date */
      experienceStartDate: string | null;
      /** @example £10.84 */
      hourly: string;
      hourlyPence: number;
      payScaleTitle: string;
      /** @example 2020/21 */
      payYear: string;
      point: components['schemas']['PayPointRefView'];
      /** @description How the point was chosen, in plain words. */
      reasoning: string[];
    };
    PersonView: {
      /** @description False once deactivated: the person cannot sign in. */
      active: boolean;
      /** @example sam.link@demo.ladder.test */
      email: string;
      /**
       * Format: date
       * @example 2023-02-01
       */
      employmentStartDate: string | null;
      /**
       * Format: date
       * @example 2023-02-01
       */
      experienceStartDate: string | null;
      /** @example Sam Patel */
      fullName: string;
      /** Format: uuid */
      id: string;
      /** @example Social Prescribing Link Worker */
      jobTitle: string | null;
      roles: ('link_worker' | 'supervisor' | 'employer_admin')[];
      /** @description For supervisors: the supervision they give. */
      supervisionTypes: ('workplace' | 'clinical' | 'group')[];
    };
    PlanFrameworkView: {
      /**
       * @example somerset
       * @enum {string}
       */
      key: 'somerset' | 'nhse-splw' | 'wales-sp';
      /**
       * @description The current version; plan the observation against it.
       * @example 2021.1
       */
      version: string;
    };
    PlanGuidanceView: {
      /** @description Consent of the person whose session is observed, and what not to write down. */
      consent: string;
      /** @description Somerset “The Dreyfus Scale: Scoring Instructions” and Table 2, quoted. */
      howScoringWorks: string;
      keyFeatures: components['schemas']['KeyFeaturesView'][];
      /** @description What will be observed and why (NHS England Annex B, quoted, and the proposed competencies). */
      whatWillBeObserved: string;
    };
    PlanWorkerView: {
      /** @example Sam Patel */
      fullName: string;
      /** Format: uuid */
      id: string;
    };
    PolicyDefinitionView: {
      /**
       * @description Evidence and attestations older than this many calendar months lapse.
       * @example 18
       */
      currencyWindowMonths: number;
      /**
       * @description Kebab-case key. Keys of policies shipped with Ladder (e.g. somerset-default) are reserved.
       * @example mendip-two-supervisors
       */
      key: string;
      /** @description Exactly 4 rules, in ladder order: core, level-1, level-2, level-3. */
      levels: components['schemas']['LevelRuleDto'][];
      /**
       * @description Distinct supervisors whose current signed-off scores must reach a threshold.
       * @example 1
       */
      minDistinctSupervisors: number;
      pay: components['schemas']['PayRulesDto'];
      /** @example Mendip PCN: two supervisors for each competency */
      title: string;
      /**
       * @description Whole number ≥ 1, new for this key: a stored policy never changes, so a change is a new version.
       * @example 1
       */
      version: number;
    };
    PolicyRefDto: {
      /** @example somerset-default */
      key: string;
      /** @example 1 */
      version: number;
    };
    PolicyRefView: {
      /** @example somerset-default */
      key: string;
      /** @example 1 */
      version: number;
    };
    PolicyView: {
      /** @description Your organisation’s results use this version. */
      adopted: boolean;
      /** @description Shipped with Ladder, rather than your organisation’s own. */
      builtIn: boolean;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: uuid
       * @description null for built-in policies.
       */
      createdBy: string | null;
      definition: components['schemas']['PolicyDefinitionView'];
      /**
       * Format: date-time
       * @description When a result first used it; from then on it can never be deleted.
       */
      firstUsedAt: string | null;
      /** @example somerset-default */
      key: string;
      title: string;
      /** @example 1 */
      version: number;
    };
    PossibleIdentifierView: {
      /**
       * @description Where: `strengths`, `items.N.evidenceNotes`…
       * @example items.0.evidenceNotes
       */
      field: string;
      /** @enum {string} */
      kind: 'nhs-number' | 'date-of-birth' | 'postcode-with-name';
    };
    ProgressionResultView: {
      /**
       * Format: date
       * @description The date the result describes.
       */
      asOf: string;
      attestation: components['schemas']['AttestationStateView'];
      /** @description One per assessed competency, in framework order. */
      competencies: components['schemas']['CompetencyProgressView'][];
      /**
       * Format: date
       * @description Evidence observed on or after this date is current.
       */
      currentFrom: string;
      /** @description What stands between the worker and the next level; empty at Level 3. */
      gaps: string[];
      inductionComplete: boolean;
      level: components['schemas']['LevelRefView'];
      /** @description null at the top of the ladder. */
      nextLevel: components['schemas']['LevelRefView'] | null;
      pay: components['schemas']['PaySuggestionView'];
      /** @description The policy version that produced the result. */
      policy: components['schemas']['PolicyRefView'];
      /** @description Why the worker is at this level. */
      reasons: string[];
    };
    PublicInvitationView: {
      /** @example new.worker@example.org */
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /** @example Rowan Ellis */
      fullName: string;
      /** @example Mendip Demo Primary Care Network */
      organisationName: string;
    };
    RecoveryCodesView: {
      /** @description Ten single-use recovery codes, shown this once. */
      recoveryCodes: string[];
    };
    RequestPasswordResetDto: {
      /** @example sam.link@demo.ladder.test */
      email: string;
    };
    RubricDescriptorView: {
      descriptor: string;
      /** @example Advanced Beginner */
      rating: string;
      /** @enum {number} */
      score: 0 | 1 | 2 | 3 | 4 | 5;
    };
    SetAttestationDto: {
      /**
       * @description Date the employer attested wider responsibilities, leadership or specialisation (YYYY-MM-DD, not after today); null clears it. It stays current for the policy’s currency window.
       * @example 2026-01-05
       */
      attestedOn: string | null;
    };
    SetInductionDto: {
      /**
       * @description Date local induction was completed (YYYY-MM-DD, not after today); null clears a mistaken entry.
       * @example 2025-10-01
       */
      completedOn: string | null;
    };
    SignOffObservationDto: {
      /**
       * Format: uuid
       * @description A UUID the client makes once per sign-off: sending it again (a retry, a double click) answers with the same signed-off observation.
       */
      idempotencyKey: string;
      /**
       * @description The revision you are signing off.
       * @example 4
       */
      revision: number;
    };
    SuperviseeOverviewView: {
      /**
       * @description overdue: no signed-off observation in the last 12 months; due-soon: none in the last 6 months; ok otherwise (NHS England Annex B encourages observation every 6–12 months).
       * @enum {string}
       */
      due: 'overdue' | 'due-soon' | 'ok';
      /** @example Sam Patel */
      fullName: string;
      /** @example Social Prescribing Link Worker */
      jobTitle: string | null;
      /**
       * Format: date
       * @description Date of their latest signed-off observation.
       */
      lastObservedOn: string | null;
      /** @description Their level today under the organisation’s policy. */
      level: components['schemas']['LevelView'];
      /** Format: uuid */
      workerId: string;
    };
    TotpSetupView: {
      /**
       * @description For a QR code.
       * @example otpauth://totp/Ladder:sam.link%40demo.ladder.test?secret=…
       */
      otpauthUrl: string;
      /** @description Base32 secret, for typing into the authenticator app. */
      secret: string;
    };
    UpdateObservationDto: {
      /** @description Actions agreed with the worker. */
      agreedActions?: string;
      /** @description Save even though the text looks like it holds a patient identifier (a 422 listed them): you have checked it is not one, or it must be there. */
      confirmPossibleIdentifiers?: boolean;
      /** @description The person whose session was observed agreed to the observation. */
      consentConfirmed?: boolean;
      /** @description Areas for development. */
      developmentAreas?: string;
      items?: components['schemas']['ObservationItemInputDto'][];
      /**
       * Format: date
       * @description Move the observation to another date.
       */
      observedOn?: string;
      /**
       * @description The revision you last read; a stale one is a 409.
       * @example 3
       */
      revision: number;
      /** @enum {string} */
      setting?: 'face-to-face' | 'home-visit' | 'telephone' | 'video' | 'group' | 'community';
      /** @description What went well. */
      strengths?: string;
    };
    UpdatePersonDto: {
      /** @description false deactivates the person and ends their sessions at once. */
      active?: boolean;
      /**
       * Format: date
       * @description YYYY-MM-DD; null clears it.
       */
      employmentStartDate?: string | null;
      /**
       * Format: date
       * @description YYYY-MM-DD; null clears it.
       */
      experienceStartDate?: string | null;
      /** @description null clears it. */
      jobTitle?: string | null;
      /**
       * @example [
       *       "link_worker",
       *       "supervisor"
       *     ]
       */
      roles?: ('link_worker' | 'supervisor' | 'employer_admin')[];
      /**
       * @example [
       *       "clinical"
       *     ]
       */
      supervisionTypes?: ('workplace' | 'clinical' | 'group')[];
    };
    WorkerMilestonesView: {
      /** Format: date */
      inductionCompletedOn: string | null;
      /** Format: uuid */
      personId: string;
      /** Format: date */
      widerResponsibilitiesAttestedOn: string | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type AboutView = components['schemas']['AboutView'];
export type AcceptedInvitationView = components['schemas']['AcceptedInvitationView'];
export type AcknowledgeObservationDto = components['schemas']['AcknowledgeObservationDto'];
export type AdoptedPolicyView = components['schemas']['AdoptedPolicyView'];
export type AdoptionView = components['schemas']['AdoptionView'];
export type AmendObservationDto = components['schemas']['AmendObservationDto'];
export type AssignmentView = components['schemas']['AssignmentView'];
export type AttestationStateView = components['schemas']['AttestationStateView'];
export type CasePackageView = components['schemas']['CasePackageView'];
export type CompetencyProgressView = components['schemas']['CompetencyProgressView'];
export type CompetencyRequirementView = components['schemas']['CompetencyRequirementView'];
export type CreateInvitationDto = components['schemas']['CreateInvitationDto'];
export type CreateObservationDto = components['schemas']['CreateObservationDto'];
export type CreatePayBandDto = components['schemas']['CreatePayBandDto'];
export type CreatePayPointDto = components['schemas']['CreatePayPointDto'];
export type CreatePayScaleDto = components['schemas']['CreatePayScaleDto'];
export type CreatePolicyDto = components['schemas']['CreatePolicyDto'];
export type CreateSupervisionAssignmentDto = components['schemas']['CreateSupervisionAssignmentDto'];
export type CrosswalkEntryView = components['schemas']['CrosswalkEntryView'];
export type CrosswalkRelatedItemView = components['schemas']['CrosswalkRelatedItemView'];
export type CrosswalkView = components['schemas']['CrosswalkView'];
export type CsrfTokenView = components['schemas']['CsrfTokenView'];
export type DisableTotpDto = components['schemas']['DisableTotpDto'];
export type EnableTotpDto = components['schemas']['EnableTotpDto'];
export type EndSupervisionAssignmentDto = components['schemas']['EndSupervisionAssignmentDto'];
export type ErrorBodyView = components['schemas']['ErrorBodyView'];
export type EvaluateProgressionDto = components['schemas']['EvaluateProgressionDto'];
export type EvidenceItemDto = components['schemas']['EvidenceItemDto'];
export type FrameworkItemView = components['schemas']['FrameworkItemView'];
export type FrameworkSummaryView = components['schemas']['FrameworkSummaryView'];
export type FrameworkVersionSummaryView = components['schemas']['FrameworkVersionSummaryView'];
export type FrameworkVersionView = components['schemas']['FrameworkVersionView'];
export type HealthReportView = components['schemas']['HealthReportView'];
export type ImportedFrameworkVersionView = components['schemas']['ImportedFrameworkVersionView'];
export type ImportFrameworkVersionDto = components['schemas']['ImportFrameworkVersionDto'];
export type InvitationView = components['schemas']['InvitationView'];
export type KeyFeaturesView = components['schemas']['KeyFeaturesView'];
export type LatestScoreView = components['schemas']['LatestScoreView'];
export type LevelPayRuleDto = components['schemas']['LevelPayRuleDto'];
export type LevelRefView = components['schemas']['LevelRefView'];
export type LevelRuleDto = components['schemas']['LevelRuleDto'];
export type LevelView = components['schemas']['LevelView'];
export type LoginDto = components['schemas']['LoginDto'];
export type MeView = components['schemas']['MeView'];
export type NewPasswordDto = components['schemas']['NewPasswordDto'];
export type ObservationAcknowledgementView = components['schemas']['ObservationAcknowledgementView'];
export type ObservationAmendsView = components['schemas']['ObservationAmendsView'];
export type ObservationDetailView = components['schemas']['ObservationDetailView'];
export type ObservationHistoryEntryView = components['schemas']['ObservationHistoryEntryView'];
export type ObservationItemInputDto = components['schemas']['ObservationItemInputDto'];
export type ObservationItemView = components['schemas']['ObservationItemView'];
export type ObservationPlanView = components['schemas']['ObservationPlanView'];
export type ObservationView = components['schemas']['ObservationView'];
export type OrganisationRefView = components['schemas']['OrganisationRefView'];
export type PasswordResetLinkView = components['schemas']['PasswordResetLinkView'];
export type PasswordResetRequestedView = components['schemas']['PasswordResetRequestedView'];
export type PayBandView = components['schemas']['PayBandView'];
export type PayPointRefView = components['schemas']['PayPointRefView'];
export type PayPointView = components['schemas']['PayPointView'];
export type PayRulesDto = components['schemas']['PayRulesDto'];
export type PayScaleView = components['schemas']['PayScaleView'];
export type PaySuggestionView = components['schemas']['PaySuggestionView'];
export type PersonView = components['schemas']['PersonView'];
export type PlanFrameworkView = components['schemas']['PlanFrameworkView'];
export type PlanGuidanceView = components['schemas']['PlanGuidanceView'];
export type PlanWorkerView = components['schemas']['PlanWorkerView'];
export type PolicyDefinitionView = components['schemas']['PolicyDefinitionView'];
export type PolicyRefDto = components['schemas']['PolicyRefDto'];
export type PolicyRefView = components['schemas']['PolicyRefView'];
export type PolicyView = components['schemas']['PolicyView'];
export type PossibleIdentifierView = components['schemas']['PossibleIdentifierView'];
export type ProgressionResultView = components['schemas']['ProgressionResultView'];
export type PublicInvitationView = components['schemas']['PublicInvitationView'];
export type RecoveryCodesView = components['schemas']['RecoveryCodesView'];
export type RequestPasswordResetDto = components['schemas']['RequestPasswordResetDto'];
export type RubricDescriptorView = components['schemas']['RubricDescriptorView'];
export type SetAttestationDto = components['schemas']['SetAttestationDto'];
export type SetInductionDto = components['schemas']['SetInductionDto'];
export type SignOffObservationDto = components['schemas']['SignOffObservationDto'];
export type SuperviseeOverviewView = components['schemas']['SuperviseeOverviewView'];
export type TotpSetupView = components['schemas']['TotpSetupView'];
export type UpdateObservationDto = components['schemas']['UpdateObservationDto'];
export type UpdatePersonDto = components['schemas']['UpdatePersonDto'];
export type WorkerMilestonesView = components['schemas']['WorkerMilestonesView'];
export type $defs = Record<string, never>;
export interface operations {
  AboutController_about: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The service name, version and whether it runs in demo mode. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AboutView'];
        };
      };
    };
  };
  AuthController_csrf: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A CSRF token (also set as a cookie); send it in X-CSRF-Token on every POST, PUT, PATCH and DELETE. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CsrfTokenView'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description Signed in: the session cookie is set. If `totpRequired` is true and `totpEnabled` false, the session can only set up two-step verification until that is done. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
      /** @description A field is missing or malformed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description The email address or password is not right; or (`totpRequired: true`) the password was right and a code from the authenticator app, or a recovery code, is needed. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Too many failed attempts for this account (5 in 15 minutes) or from this network (20 in 15 minutes); Retry-After says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out: the session is ended on the server. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_current: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed-in person, their organisation and roles, and whether two-step verification is on and required. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PasswordResetController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestPasswordResetDto'];
      };
    };
    responses: {
      /** @description { "message": "If an account exists for that email, we have sent a link to reset the password." } */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetRequestedView'];
        };
      };
      /** @description email is missing or malformed. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PasswordResetController_view: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token from the password-reset link. */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetLinkView'];
        };
      };
      /** @description Unknown, used or expired link: "This password reset link is not valid. It may have expired or been used already." */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PasswordResetController_reset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token from the password-reset link. */
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewPasswordDto'];
      };
    };
    responses: {
      /** @description The password is changed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The password does not meet the policy; `errors` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Unknown, used or expired link: "This password reset link is not valid. It may have expired or been used already." */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TotpController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DisableTotpDto'];
      };
    };
    responses: {
      /** @description Turned off; recovery codes deleted; other sessions end. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The code is malformed, wrong or already used. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description The role needs two-step verification (outside demo mode). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Two-step verification is not on. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Too many attempts: the message and Retry-After say when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TotpController_enable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnableTotpDto'];
      };
    };
    responses: {
      /** @description Turned on. Ten single-use recovery codes, shown this once; other sessions end. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodesView'];
        };
      };
      /** @description The code is malformed or not the current one for the new secret. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No set-up is pending. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Too many attempts: the message and Retry-After say when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TotpController_setup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new secret, pending until confirmed with /enable; any secret in use keeps working. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TotpSetupView'];
        };
      };
      /** @description Too many attempts: the message and Retry-After say when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FrameworkController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Each framework with its title, publisher, current version and every stored version. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FrameworkSummaryView'][];
        };
      };
    };
  };
  FrameworkController_getVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework. */
        key: 'somerset' | 'nhse-splw' | 'wales-sp';
        /** @description A version such as 2021.1, or `current` for the framework’s current version. */
        version: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version’s metadata and item tree, whether it is current, and the crosswalk entries linking its items to the current versions of the other frameworks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FrameworkVersionView'];
        };
      };
      /** @description No such framework, or no such version of it. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FrameworkController_getCasePackage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The framework. */
        key: 'somerset' | 'nhse-splw' | 'wales-sp';
        /** @description A version such as 2021.1, or `current` for the framework’s current version. */
        version: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A CASE 1.1 CFPackage (JSON binding): CFDocument, CFItems, isChildOf/replacedBy associations, the 0–5 rubrics, and the crosswalk links that touch the version. Identifiers are deterministic. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CasePackageView'];
        };
      };
      /** @description No such framework, or no such version of it. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FrameworkController_importVersion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportFrameworkVersionDto'];
      };
    };
    responses: {
      /** @description The version was stored; its metadata, and whether it is now current. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportedFrameworkVersionView'];
        };
      };
      /** @description The body or the package is not valid; `errors` lists every problem. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not a platform administrator. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description That version of the framework is already stored; stored versions never change. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The API is up and the database is reachable. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReportView'];
        };
      };
      /** @description The database is not reachable. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReportView'];
        };
      };
    };
  };
  InvitationController_listPending: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationView'][];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not an employer admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  InvitationController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationView'];
        };
      };
      /** @description A field is not valid; `errors` names each one. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not an employer admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description The email already has an account or a pending invitation. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  InvitationController_view: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token from the invitation link. */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicInvitationView'];
        };
      };
      /** @description Unknown, used or expired link: "This invitation link is not valid. It may have expired or been used already." */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  InvitationController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token from the invitation link. */
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NewPasswordDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedInvitationView'];
        };
      };
      /** @description The password does not meet the policy; `errors` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Unknown, used or expired link: "This invitation link is not valid. It may have expired or been used already." */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ObservationController_list: {
    parameters: {
      query: {
        /** @description A worker in your organisation. */
        workerId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationView'][];
        };
      };
      /** @description workerId is not a UUID. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not allowed to see this worker’s observations. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such person in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ObservationController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateObservationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationView'];
        };
      };
      /** @description `errors` names each bad field, e.g. `itemIds.0` for an item that is not a scorable item of that framework version. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Neither a current supervisor of the worker nor the worker. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such person in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ObservationController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The observation. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationDetailView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not allowed to see this worker’s observations. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such observation (or person) in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ObservationController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The observation. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateObservationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationView'];
        };
      };
      /** @description `errors` names each bad field: `items.N.score` (a whole number 0–5 or null), `items.N.itemId` (one of the planned items). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not a current supervisor of the worker (workers never score). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such observation (or person) in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description A stale revision: `{ message: 'This draft has been changed since you opened it (in another tab or by someone else). Reload to see the latest version before saving again.' }`; or the observation is signed off. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Text looks like it holds a patient identifier: `{ message, possibleIdentifiers: [{ field, kind }] }` (kind: nhs-number, date-of-birth, postcode-with-name). Nothing is saved; send again with `confirmPossibleIdentifiers: true` to save it. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ObservationController_acknowledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The observation. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcknowledgeObservationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not the worker who was observed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such observation (or person) in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed off, or already acknowledged with a different comment. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Text looks like it holds a patient identifier: `{ message, possibleIdentifiers: [{ field, kind }] }` (kind: nhs-number, date-of-birth, postcode-with-name). Nothing is saved; send again with `confirmPossibleIdentifiers: true` to save it. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ObservationController_amend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The observation. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendObservationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationView'];
        };
      };
      /** @description `errors` names each bad field; an amendment must change something. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not a current supervisor of the worker. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such observation (or person) in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description A draft, already amended (amend the latest version), or a key used elsewhere. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Text looks like it holds a patient identifier: `{ message, possibleIdentifiers: [{ field, kind }] }` (kind: nhs-number, date-of-birth, postcode-with-name). Nothing is saved; send again with `confirmPossibleIdentifiers: true` to save it. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ObservationController_signOff: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The observation. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignOffObservationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationView'];
        };
      };
      /** @description Not ready: `errors` lists each planned item neither scored nor marked not observed (`items.N.score`), and consent or a future date. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not a current supervisor of the worker. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such observation (or person) in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description A stale revision, already signed off, or an idempotency key used elsewhere. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ObservationController_plan: {
    parameters: {
      query: {
        /** @description A worker in your organisation. */
        workerId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ObservationPlanView'];
        };
      };
      /** @description workerId is not a UUID. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not the worker, a current supervisor of theirs, or an employer admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such person in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrganisationPolicyController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The adopted policy version, or the built-in default when none is adopted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdoptionView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description You belong to no organisation. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrganisationPolicyController_adopt: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyRefDto'];
      };
    };
    responses: {
      /** @description The policy version your organisation’s results use from now on. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdoptionView'];
        };
      };
      /** @description `errors` names each bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not an employer administrator. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such policy version among the built-ins and your organisation’s own. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PayScaleController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every stored Agenda for Change pay year (Bands 3–5). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayScaleView'][];
        };
      };
    };
  };
  PayScaleController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePayScaleDto'];
      };
    };
    responses: {
      /** @description The pay year was stored, as it will be served from now on. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayScaleView'];
        };
      };
      /** @description The pay scale is not valid; `errors` lists every problem. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not a platform administrator. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description That pay year is already stored; stored pay years never change. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PayScaleController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Pay year, written 2020-21 or 2020%2F21 */
        year: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One pay year: each band with its points by completed years of experience. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PayScaleView'];
        };
      };
      /** @description No such pay year. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PeopleController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'][];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Platform administrators have no access to organisations’ people. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PeopleController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description In your organisation, but not someone you may see. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such person in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PeopleController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The person. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePersonDto'];
      };
    };
    responses: {
      /** @description The person after the change. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'];
        };
      };
      /** @description A field is not valid; `errors` names each one. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not an employer admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such person in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ProgressionController_setAttestation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The worker (a person in your organisation). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetAttestationDto'];
      };
    };
    responses: {
      /** @description The worker’s induction and attestation dates as now stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerMilestonesView'];
        };
      };
      /** @description `errors` names each bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not an employer administrator. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such person in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ProgressionController_setInduction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The worker (a person in your organisation). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetInductionDto'];
      };
    };
    responses: {
      /** @description The worker’s induction and attestation dates as now stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkerMilestonesView'];
        };
      };
      /** @description `errors` names each bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not an employer administrator. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such person in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ProgressionController_forWorker: {
    parameters: {
      query?: {
        /** @description The date the result describes (YYYY-MM-DD); default today (UTC). */
        asOf?: string;
        /** @description A stored pay year; default 2020/21. */
        payYear?: string;
      };
      header?: never;
      path: {
        /** @description The worker (a person in your organisation). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The engine’s result: level and next level, the policy version that produced it, each assessed competency’s latest current score, the reasons and gaps, and a suggested pay point with its reasoning. Uses your organisation’s adopted policy. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressionResultView'];
        };
      };
      /** @description `errors` names each bad query parameter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not the worker, a current supervisor of theirs, or an employer admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such person in your organisation, or no such pay year. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PolicyController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Each stored policy version with its definition, whether your organisation’s results use it, and when it was first used. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyView'][];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PolicyController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePolicyDto'];
      };
    };
    responses: {
      /** @description The policy version was stored; it never changes from now on. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyView'];
        };
      };
      /** @description The policy is not valid; `errors` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not an employer administrator. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Your organisation already has this key and version, or the key belongs to a built-in policy. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ProgressionController_evaluate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvaluateProgressionDto'];
      };
    };
    responses: {
      /** @description The engine’s result: level and next level, the policy version that produced it, each assessed competency’s latest current score, the reasons and gaps, and a suggested pay point with its reasoning. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressionResultView'];
        };
      };
      /** @description `errors` names each bad field, e.g. `evidence.0.score`. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such stored policy version or pay year (the message names it). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  SuperviseeOverviewController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuperviseeOverviewView'][];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not a supervisor. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  SupervisionAssignmentController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentView'][];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Neither an employer admin nor a supervisor. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  SupervisionAssignmentController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSupervisionAssignmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentView'];
        };
      };
      /** @description A field is not valid, or a person lacks the role; `errors` names each. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not an employer admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description The supervisor or worker is not in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description An assignment of the same supervisor, worker and type overlaps these dates. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  SupervisionAssignmentController_end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The assignment. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndSupervisionAssignmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentView'];
        };
      };
      /** @description endsOn is missing, malformed or before startsOn. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not signed in. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description Not an employer admin. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description No such assignment in your organisation. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
}
type FlattenedDeepRequired<T> = {
  [K in keyof T]-?: FlattenedDeepRequired<
    T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]
  >;
};
type ReadonlyArray<T> = [Exclude<T, undefined>] extends [unknown[]]
  ? Readonly<Exclude<T, undefined>>
  : Readonly<Exclude<T, undefined>[]>;
export const pathsApiFrameworksKeyVersionsVersionGetParametersPathKeyValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/frameworks/{key}/versions/{version}']['get']['parameters']['path']['key']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const pathsApiFrameworksKeyVersionsVersionCaseGetParametersPathKeyValues: ReadonlyArray<
  FlattenedDeepRequired<paths>['/api/frameworks/{key}/versions/{version}/case']['get']['parameters']['path']['key']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const assignmentViewSupervisionTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['AssignmentView']['supervisionType']
> = ['workplace', 'clinical', 'group'];
export const competencyProgressViewKeyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CompetencyProgressView']['key']
> = [
  'person-centred-approach',
  'promoting-autonomy',
  'action-planning-goal-setting',
  'managing-setbacks-problem-solving',
  'supporting-competence-self-efficacy',
  'self-monitoring',
];
export const createInvitationDtoRolesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateInvitationDto']['roles']
> = ['link_worker', 'supervisor', 'employer_admin'];
export const createInvitationDtoSupervisionTypesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateInvitationDto']['supervisionTypes']
> = ['workplace', 'clinical', 'group'];
export const createObservationDtoFrameworkKeyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateObservationDto']['frameworkKey']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const createObservationDtoSettingValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateObservationDto']['setting']
> = ['face-to-face', 'home-visit', 'telephone', 'video', 'group', 'community'];
export const createObservationDtoVariantValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateObservationDto']['variant']
> = ['standard', 'community-development'];
export const createPayBandDtoBandValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreatePayBandDto']['band']
> = [3, 4, 5];
export const createSupervisionAssignmentDtoSupervisionTypeValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CreateSupervisionAssignmentDto']['supervisionType']
> = ['workplace', 'clinical', 'group'];
export const crosswalkEntryViewRelationValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CrosswalkEntryView']['relation']
> = ['isRelatedTo', 'exactMatchOf'];
export const crosswalkRelatedItemViewFrameworkKeyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['CrosswalkRelatedItemView']['frameworkKey']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const frameworkSummaryViewKeyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FrameworkSummaryView']['key']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const frameworkVersionSummaryViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FrameworkVersionSummaryView']['status']
> = ['draft', 'published'];
export const frameworkVersionViewKeyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FrameworkVersionView']['key']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const frameworkVersionViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['FrameworkVersionView']['status']
> = ['draft', 'published'];
export const healthReportViewDatabaseValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['HealthReportView']['database']
> = ['reachable', 'unreachable'];
export const healthReportViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['HealthReportView']['status']
> = ['ok', 'unavailable'];
export const importedFrameworkVersionViewKeyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ImportedFrameworkVersionView']['key']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const importedFrameworkVersionViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ImportedFrameworkVersionView']['status']
> = ['draft', 'published'];
export const importFrameworkVersionDtoKeyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ImportFrameworkVersionDto']['key']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const invitationViewRolesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['InvitationView']['roles']
> = ['link_worker', 'supervisor', 'employer_admin'];
export const levelPayRuleDtoBandValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LevelPayRuleDto']['band']
> = [3, 4, 5];
export const levelPayRuleDtoBasisValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LevelPayRuleDto']['basis']
> = ['bottom-of-band', 'experience'];
export const levelRefViewKeyValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['LevelRefView']['key']> =
  ['entry', 'core', 'level-1', 'level-2', 'level-3'];
export const levelRuleDtoCompetenciesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LevelRuleDto']['competencies']
> = [
  'person-centred-approach',
  'promoting-autonomy',
  'action-planning-goal-setting',
  'managing-setbacks-problem-solving',
  'supporting-competence-self-efficacy',
  'self-monitoring',
];
export const levelRuleDtoLevelValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['LevelRuleDto']['level']
> = ['core', 'level-1', 'level-2', 'level-3'];
export const levelViewKeyValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['LevelView']['key']> = [
  'entry',
  'core',
  'level-1',
  'level-2',
  'level-3',
];
export const meViewRolesValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['MeView']['roles']> = [
  'link_worker',
  'supervisor',
  'employer_admin',
];
export const observationDetailViewFrameworkKeyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ObservationDetailView']['frameworkKey']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const observationDetailViewSettingValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ObservationDetailView']['setting']
> = ['face-to-face', 'home-visit', 'telephone', 'video', 'group', 'community'];
export const observationDetailViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ObservationDetailView']['status']
> = ['draft', 'signed-off'];
export const observationDetailViewVariantValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ObservationDetailView']['variant']
> = ['standard', 'community-development'];
export const observationViewFrameworkKeyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ObservationView']['frameworkKey']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const observationViewSettingValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ObservationView']['setting']
> = ['face-to-face', 'home-visit', 'telephone', 'video', 'group', 'community'];
export const observationViewStatusValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ObservationView']['status']
> = ['draft', 'signed-off'];
export const observationViewVariantValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['ObservationView']['variant']
> = ['standard', 'community-development'];
export const payBandViewBandValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['PayBandView']['band']> =
  [3, 4, 5];
export const paySuggestionViewBandValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PaySuggestionView']['band']
> = [3, 4, 5];
export const paySuggestionViewBasisValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PaySuggestionView']['basis']
> = ['bottom-of-band', 'experience'];
export const personViewRolesValues: ReadonlyArray<FlattenedDeepRequired<components>['schemas']['PersonView']['roles']> =
  ['link_worker', 'supervisor', 'employer_admin'];
export const personViewSupervisionTypesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PersonView']['supervisionTypes']
> = ['workplace', 'clinical', 'group'];
export const planFrameworkViewKeyValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PlanFrameworkView']['key']
> = ['somerset', 'nhse-splw', 'wales-sp'];
export const possibleIdentifierViewKindValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['PossibleIdentifierView']['kind']
> = ['nhs-number', 'date-of-birth', 'postcode-with-name'];
export const rubricDescriptorViewScoreValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['RubricDescriptorView']['score']
> = [0, 1, 2, 3, 4, 5];
export const superviseeOverviewViewDueValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['SuperviseeOverviewView']['due']
> = ['overdue', 'due-soon', 'ok'];
export const updateObservationDtoSettingValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdateObservationDto']['setting']
> = ['face-to-face', 'home-visit', 'telephone', 'video', 'group', 'community'];
export const updatePersonDtoRolesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdatePersonDto']['roles']
> = ['link_worker', 'supervisor', 'employer_admin'];
export const updatePersonDtoSupervisionTypesValues: ReadonlyArray<
  FlattenedDeepRequired<components>['schemas']['UpdatePersonDto']['supervisionTypes']
> = ['workplace', 'clinical', 'group'];

/** The limits each schema's properties are validated against (from the document's keywords). */
export const schemaLimits = {
  UpdatePersonDto: { jobTitle: { maxLength: 200 } },
  CreateInvitationDto: { fullName: { maxLength: 200 }, jobTitle: { maxLength: 200 } },
  NewPasswordDto: { password: { minLength: 12, maxLength: 256 } },
  PayPointView: { minYears: { minimum: 0 } },
  LevelRuleDto: { threshold: { minimum: 0, maximum: 5 } },
  PolicyDefinitionView: {
    version: { minimum: 1, maximum: 2147483647 },
    currencyWindowMonths: { minimum: 1 },
    minDistinctSupervisors: { minimum: 1 },
  },
  PolicyView: { version: { minimum: 1 } },
  CreatePolicyDto: {
    version: { minimum: 1, maximum: 2147483647 },
    currencyWindowMonths: { minimum: 1 },
    minDistinctSupervisors: { minimum: 1 },
  },
  AdoptedPolicyView: { version: { minimum: 1 } },
  PolicyRefDto: { version: { minimum: 1, maximum: 2147483647 } },
  EvidenceItemDto: { score: { minimum: 0, maximum: 5 } },
  EvaluateProgressionDto: { evidence: { maxItems: 500 } },
  PolicyRefView: { version: { minimum: 1 } },
  LatestScoreView: { score: { minimum: 0, maximum: 5 } },
  CompetencyRequirementView: { threshold: { minimum: 0, maximum: 5 } },
  PayPointRefView: { minYears: { minimum: 0 } },
  ObservationItemView: { score: { minimum: 0, maximum: 5 } },
  ObservationView: { revision: { minimum: 1 } },
  CreateObservationDto: { itemIds: { minItems: 1, maxItems: 100 } },
  ObservationDetailView: { revision: { minimum: 1 } },
  ObservationItemInputDto: { score: { minimum: 0, maximum: 5 }, evidenceNotes: { maxLength: 5000 } },
  UpdateObservationDto: {
    revision: { minimum: 1 },
    items: { maxItems: 100 },
    strengths: { maxLength: 10000 },
    developmentAreas: { maxLength: 10000 },
    agreedActions: { maxLength: 10000 },
  },
  SignOffObservationDto: { revision: { minimum: 1 } },
  AmendObservationDto: {
    reason: { maxLength: 2000 },
    items: { maxItems: 100 },
    strengths: { maxLength: 10000 },
    developmentAreas: { maxLength: 10000 },
    agreedActions: { maxLength: 10000 },
  },
  AcknowledgeObservationDto: { comment: { maxLength: 2000 } },
} as const;
