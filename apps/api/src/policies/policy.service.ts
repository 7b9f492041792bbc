import { Injectable, Logger } from '@nestjs/common';
import {
  BUILT_IN_POLICIES,
  DEFAULT_POLICY_REF,
  InvalidPolicyError,
  validatePolicy,
  type PolicyRef,
  type ProgressionPolicy,
} from '@ladder/dreyfus';
import { isDeepStrictEqual } from 'node:util';
import { AccessPolicy } from '../access/access-policy';
import type { SessionUser } from '../access/session-user';
import { AuditService } from '../audit/audit.service';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { TenantContext } from '../database/tenant-context';
import type { CreatePolicyDto } from './dto/create-policy.dto';
import { PolicyRepository } from './policy.repository';
import type { ProgressionPolicyEntity } from './progression-policy.entity';

export interface PolicyView {
  key: string;
  version: number;
  title: string;
  /** Shipped with Ladder (true) or the caller's organisation's own (false). */
  builtIn: boolean;
  /** Whether the caller's organisation's results use this policy now. */
  adopted: boolean;
  createdAt: string;
  /** The employer admin who added it; null for built-ins. */
  createdBy: string | null;
  /** When it first produced a result; null if it has not yet. */
  firstUsedAt: string | null;
  definition: ProgressionPolicy;
}

export interface AdoptionView {
  policy: PolicyRef & { title: string; builtIn: boolean };
  /** True when the organisation has adopted nothing and the built-in default applies. */
  isDefault: boolean;
  adoptedAt: string | null;
  adoptedBy: string | null;
}

/** A stored policy ready for the engine. */
export interface ResolvedPolicy {
  id: string;
  policy: ProgressionPolicy;
  firstUsedAt: Date | null;
}

/**
 * Attainment policies as versioned data: the built-ins shipped with Ladder and each employer's
 * own versions, which organisation's results use which, and the guarantee that a result always
 * names the policy version that produced it. Stored policies never change (the database enforces
 * it); a change is a new version.
 */
@Injectable()
export class PolicyService {
  private readonly logger = new Logger(PolicyService.name);
  /** Stored policies never change, so a validated copy can be kept per row for the process's life. */
  private readonly validated = new Map<string, ProgressionPolicy>();

  constructor(
    private readonly repository: PolicyRepository,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly tenant: TenantContext,
  ) {}

  /** Built-ins and the caller's organisation's own policies. Any signed-in person. */
  async list(user: SessionUser): Promise<PolicyView[]> {
    const rows = await this.repository.listVisible(user.organisationId);
    const current = await this.currentPolicyRow(user.organisationId);
    return rows.map((row) => this.toView(row, row.id === current?.id));
  }

  /**
   * Adds a policy version for the caller's organisation. Employer admins only. The policy must
   * pass `validatePolicy` (every problem listed, fields named); keys of built-ins are reserved; a
   * key and version the organisation already has is a conflict, because stored policies never change.
   */
  async create(user: SessionUser, input: CreatePolicyDto): Promise<PolicyView> {
    const organisationId = await this.access.require(user, 'organisation.admin');
    const definition = validateRequestPolicy(input);
    if (await this.repository.builtInKeyExists(definition.key)) {
      throw new ConflictError(
        `${definition.key} is the key of a policy shipped with Ladder. Give your organisation's policy a key of its own.`,
      );
    }
    const row = await this.repository.insertIfAbsent(organisationId, definition, user.personId);
    if (!row) {
      // The same policy sent again (a retry after a lost answer) is answered with the one stored.
      const stored = await this.repository.findOwn(organisationId, definition.key, definition.version);
      if (stored && isDeepStrictEqual(stored.definition, definition)) return this.toView(stored, false);
      throw new ConflictError(
        `Your organisation already has policy ${definition.key} version ${definition.version}. ` +
          'Stored policies never change: add the change as a new version.',
      );
    }
    await this.audit.recordAllowed(
      user,
      'progression-policy.create',
      { type: 'progression-policy', id: row.id },
      {
        key: definition.key,
        version: definition.version,
      },
    );
    return this.toView(row, false);
  }

  /** Which policy the caller's organisation's results use. Any member of an organisation. */
  async currentAdoption(user: SessionUser): Promise<AdoptionView> {
    return this.adoptionView(await this.access.require(user, 'organisation.policy.read'));
  }

  /** Makes a built-in or the organisation's own policy version the one its results use. Employer admins only. */
  async adopt(user: SessionUser, ref: PolicyRef): Promise<AdoptionView> {
    const organisationId = await this.access.require(user, 'organisation.admin');
    const row = await this.named(user, ref);
    await this.repository.adopt(organisationId, row.id, user.personId);
    await this.audit.recordAllowed(
      user,
      'organisation.policy.adopt',
      { type: 'organisation', id: organisationId },
      {
        key: row.key,
        version: row.version,
      },
    );
    return this.adoptionView(organisationId);
  }

  /** The policy a result for this organisation uses: its adopted policy, else the built-in default. */
  async resolve(organisationId: string | null): Promise<ResolvedPolicy> {
    const row = await this.currentPolicyRow(organisationId);
    if (!row) {
      throw new Error(
        `Built-in policy ${DEFAULT_POLICY_REF.key} version ${DEFAULT_POLICY_REF.version} is not stored; ` +
          'PolicyService.storeBuiltIns() must run at start-up',
      );
    }
    return this.resolved(row);
  }

  /** The policy the caller named: a built-in or their organisation's own (404 naming it otherwise). */
  async resolveNamed(user: SessionUser, ref: PolicyRef): Promise<ResolvedPolicy> {
    return this.resolved(await this.named(user, ref));
  }

  /** Records that the policy has produced a result (after which it can never be deleted). */
  async markUsed(resolved: ResolvedPolicy): Promise<void> {
    if (resolved.firstUsedAt === null) await this.repository.markUsed(resolved.id);
  }

  /**
   * Stores the built-in policies that are missing (safe on every start-up, from any number of
   * processes). A stored copy that differs from the shipped one is never changed, only reported:
   * a corrected policy ships as a new version.
   */
  async storeBuiltIns(): Promise<void> {
    await this.tenant.run({ organisationId: null, platformAdmin: true }, async () => {
      for (const policy of BUILT_IN_POLICIES) {
        const definition = validatePolicy(policy);
        if (await this.repository.insertIfAbsent(null, definition, null)) continue;
        const stored = await this.repository.findBuiltIn(definition.key, definition.version);
        if (stored && !isDeepStrictEqual(stored.definition, definition)) {
          this.logger.warn(
            `Stored policy ${definition.key} version ${definition.version} differs from the copy shipped with Ladder; ` +
              'the stored one is kept. Ship a correction as a new version.',
          );
        }
      }
    });
  }

  private async named(user: SessionUser, ref: PolicyRef): Promise<ProgressionPolicyEntity> {
    const { organisationId } = user;
    const own = organisationId === null ? null : await this.repository.findOwn(organisationId, ref.key, ref.version);
    const visible = own ?? (await this.repository.findBuiltIn(ref.key, ref.version));
    return this.access.require(user, 'policy.name', { ...ref, visible });
  }

  private resolved(row: ProgressionPolicyEntity): ResolvedPolicy {
    return { id: row.id, policy: this.definitionOf(row), firstUsedAt: row.firstUsedAt };
  }

  /** The adopted policy's row, else the built-in default's; null only if built-ins were never stored. */
  private async currentPolicyRow(organisationId: string | null): Promise<ProgressionPolicyEntity | null> {
    const adoption = organisationId === null ? null : await this.repository.findAdoption(organisationId);
    return adoption?.policy ?? this.repository.findBuiltIn(DEFAULT_POLICY_REF.key, DEFAULT_POLICY_REF.version);
  }

  private async adoptionView(organisationId: string): Promise<AdoptionView> {
    const adoption = await this.repository.findAdoption(organisationId);
    const row =
      adoption?.policy ?? (await this.repository.findBuiltIn(DEFAULT_POLICY_REF.key, DEFAULT_POLICY_REF.version));
    if (!row) throw new NotFoundError('No progression policy is stored yet');
    return {
      policy: { key: row.key, version: row.version, title: row.definition.title, builtIn: row.organisationId === null },
      isDefault: adoption === null,
      adoptedAt: adoption?.adoptedAt.toISOString() ?? null,
      adoptedBy: adoption?.adoptedBy ?? null,
    };
  }

  /** The stored definition, validated once per row (stored rows never change). */
  private definitionOf(row: ProgressionPolicyEntity): ProgressionPolicy {
    let policy = this.validated.get(row.id);
    if (!policy) {
      policy = validatePolicy(row.definition);
      this.validated.set(row.id, policy);
    }
    return policy;
  }

  private toView(row: ProgressionPolicyEntity, adopted: boolean): PolicyView {
    return {
      key: row.key,
      version: row.version,
      title: row.definition.title,
      builtIn: row.organisationId === null,
      adopted,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdBy,
      firstUsedAt: row.firstUsedAt?.toISOString() ?? null,
      definition: row.definition,
    };
  }
}

/** `levels[2].threshold` (the engine's spelling) → `levels.2.threshold` (the request validator's). */
export function requestFieldPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/** Runs `validatePolicy` on a request body; its problems become a 400 naming each field. */
function validateRequestPolicy(input: CreatePolicyDto): ProgressionPolicy {
  // A plain copy: no class instances reach the stored JSON.
  const plain: unknown = JSON.parse(JSON.stringify(input));
  try {
    return validatePolicy(plain);
  } catch (error) {
    if (!(error instanceof InvalidPolicyError)) throw error;
    const problems = error.issues.map((issue) => `${requestFieldPath(issue.field)} ${issue.message}`);
    throw new InvalidInputError(
      `The policy is not valid: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}`,
      problems,
    );
  }
}
