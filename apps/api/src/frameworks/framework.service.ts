import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import {
  BUILT_IN_FRAMEWORK_VERSIONS,
  crosswalkEntriesFor,
  FRAMEWORK_KEYS,
  fromCasePackage,
  isFrameworkKey,
  LADDER_CROSSWALK,
  toCasePackage,
  validateFrameworkVersion,
  type CasePackage,
  type FrameworkKey,
  type FrameworkSummary,
  type FrameworkVersion,
  type FrameworkVersionSummary,
  type FrameworkVersionView,
} from '@ladder/competencies';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { AccessPolicy } from '../access/access-policy';
import type { SessionUser } from '../access/session-user';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import type { ImportFrameworkVersionDto } from './dto/import-framework-version.dto';
import { FrameworkRepository, type FrameworkVersionHeader } from './framework.repository';

/** The version alias that always means a framework's current version. */
export const CURRENT_VERSION_ALIAS = 'current';

/**
 * The base of the URIs in the CASE packages Ladder serves, so a version's
 * CFDocument is `https://ladder.invalid/frameworks/<key>/<version>` and an item
 * `https://ladder.invalid/items/<Ladder item id>`. It is a constant rather than
 * the requesting host so that every deployment exports byte-identical packages
 * (CASE identifiers are already deterministic v5 UUIDs of Ladder's ids); `.invalid`
 * (RFC 6761) says plainly that these URIs name things and do not resolve.
 * When Ladder has a public home for its CASE data, this is the one line to change.
 */
export const CASE_BASE_URI = 'https://ladder.invalid';

/** What an import answers: the new version's metadata, without its tree. */
export interface ImportedFrameworkVersion extends FrameworkVersionSummary {
  key: FrameworkKey;
  title: string;
  publisher: string;
}

/** A framework version's document: the view, its serialised bytes and their ETag. */
export interface FrameworkDocument {
  view: FrameworkVersionView;
  body: string;
  etag: string;
}

/** Documents kept per process (a handful of versions times the pointer states seen; oldest dropped first). */
const MAX_CACHED_DOCUMENTS = 64;

@Injectable()
export class FrameworkService {
  private readonly logger = new Logger(FrameworkService.name);
  private readonly storedVersions = new Map<string, FrameworkVersion>();
  private readonly documents = new Map<string, FrameworkDocument>();

  constructor(
    private readonly access: AccessPolicy,
    private readonly repository: FrameworkRepository,
    private readonly audit: AuditService,
  ) {}

  /** Frameworks are published documents: anyone may read them. Frameworks with no current version are not listed. */
  async list(): Promise<FrameworkSummary[]> {
    const [headers, current] = await Promise.all([this.repository.listHeaders(), this.repository.currentVersions()]);
    const summaries: FrameworkSummary[] = [];
    for (const key of FRAMEWORK_KEYS) {
      const currentVersion = current.get(key);
      const versions = headers.filter((header) => header.key === key).sort(byVersion);
      const currentHeader = versions.find((header) => header.version === currentVersion);
      if (currentVersion === undefined || !currentHeader) continue;
      summaries.push({
        key,
        title: currentHeader.title,
        publisher: currentHeader.publisher,
        currentVersion,
        versions: versions.map((header) => toVersionSummary(header, currentVersion)),
      });
    }
    return summaries;
  }

  /** One version, whole tree, with Ladder's crosswalk resolved against the current versions of the other frameworks. */
  async getVersion(key: string, version: string): Promise<FrameworkVersionView> {
    return (await this.versionDocument(key, version)).view;
  }

  /**
   * The version's document, built and serialised once for each state of the current-version
   * pointers it depends on (whether it is current, and the crosswalk, which links to the other
   * frameworks' current versions): one small query per request finds the pointers, and a new
   * current version anywhere makes a new document. The ETag is a digest of the bytes.
   */
  async versionDocument(key: string, version: string): Promise<FrameworkDocument> {
    const { found, pointers } = await this.resolve(key, version);
    const pointerState = [...pointers].map(([framework, current]) => `${framework}@${current}`).sort();
    const signature = `${key}@${found.version}|${pointerState.join(',')}`;
    const cached = this.documents.get(signature);
    if (cached) return cached;

    const currentVersions: FrameworkVersion[] = [];
    for (const [pointerKey, pointerVersion] of pointers) {
      const current = await this.storedVersion(pointerKey, pointerVersion);
      if (current) currentVersions.push(current);
    }
    const view: FrameworkVersionView = {
      ...found,
      current: pointers.get(found.key) === found.version,
      crosswalk: {
        version: LADDER_CROSSWALK.version,
        notice: LADDER_CROSSWALK.notice,
        entries: crosswalkEntriesFor(found, LADDER_CROSSWALK, currentVersions),
      },
    };
    const body = JSON.stringify(view);
    const document = { view, body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
    if (this.documents.size >= MAX_CACHED_DOCUMENTS) {
      this.documents.delete(this.documents.keys().next().value as string);
    }
    this.documents.set(signature, document);
    return document;
  }

  /** A stored version never changes (a correction is a new version), so it is read once per process. */
  private async storedVersion(key: FrameworkKey, version: string): Promise<FrameworkVersion | null> {
    const id = `${key}@${version}`;
    const cached = this.storedVersions.get(id);
    if (cached) return cached;
    const found = await this.repository.findVersion(key, version);
    if (found) this.storedVersions.set(id, found);
    return found;
  }

  /** One version as a 1EdTech CASE 1.1 package, with the crosswalk links that touch it. */
  async getCasePackage(key: string, version: string): Promise<CasePackage> {
    const { found } = await this.resolve(key, version);
    return toCasePackage(found, { baseUri: CASE_BASE_URI, crosswalk: LADDER_CROSSWALK });
  }

  /**
   * Stores a CASE package as a new version of a framework. Platform administrators only.
   * Stored versions never change, so an existing key and version is a conflict; a package
   * with problems is refused with every problem listed, and nothing is stored.
   */
  async importVersion(user: SessionUser, input: ImportFrameworkVersionDto): Promise<ImportedFrameworkVersion> {
    await this.access.require(user, 'platform.admin');
    const { key, version } = input;
    const stored = await this.repository.findVersion(key, version);
    if (stored) {
      // The same package sent again (a retry after a lost answer) is answered as the first import was.
      const again = fromCasePackage(input.package, { key, version });
      if (again.ok && isDeepStrictEqual(stored, again.version)) return this.importedView(stored);
      throw versionExists(key, version);
    }
    const result = fromCasePackage(input.package, { key, version });
    if (!result.ok) {
      throw new InvalidInputError(
        `The CASE package cannot be imported as ${key} ${version}: ${problemCount(result.errors.length)}`,
        result.errors,
      );
    }
    const imported = result.version;
    const makeCurrent = input.makeCurrent ?? false;
    if (makeCurrent && imported.status !== 'published') {
      throw new InvalidInputError('Only a published version can be made current', [
        "makeCurrent: the package's CFDocument.adoptionStatus is not 'Adopted', so the version is a draft",
      ]);
    }

    // A framework with no current version yet gets this one, if it is published.
    const pointer = makeCurrent ? 'set' : imported.status === 'published' ? 'set-if-unset' : 'leave';
    const inserted = await this.repository.insertVersion(imported, user.personId, pointer);
    if (!inserted) throw versionExists(key, version);
    await this.audit.recordAllowed(user, 'framework.import', { type: 'framework-version', id: `${key}@${version}` });
    return this.importedView(imported);
  }

  private async importedView(imported: FrameworkVersion): Promise<ImportedFrameworkVersion> {
    const currentVersion = await this.repository.currentVersionOf(imported.key);
    return {
      key: imported.key,
      title: imported.title,
      publisher: imported.publisher,
      ...toVersionSummary(imported, currentVersion ?? undefined),
    };
  }

  /**
   * Stores the framework versions shipped with Ladder that are missing (safe to run on every
   * start-up, from any number of processes). A stored copy that differs from the shipped one is
   * never changed; it is reported, because a corrected framework must ship as a new version.
   */
  async storeBuiltIns(): Promise<void> {
    for (const version of BUILT_IN_FRAMEWORK_VERSIONS) {
      const problems = validateFrameworkVersion(version);
      if (problems.length > 0) {
        throw new Error(`Built-in framework ${version.key} ${version.version} is invalid: ${problems.join('; ')}`);
      }
      const inserted = await this.repository.insertVersion(version, null, 'set-if-unset');
      if (inserted) continue;
      const stored = await this.repository.findVersion(version.key, version.version);
      if (stored && !isDeepStrictEqual(stored, version)) {
        this.logger.warn(
          `Stored framework ${version.key} ${version.version} differs from the copy shipped with Ladder; the stored one is kept. Ship a correction as a new version.`,
        );
      }
    }
  }

  /** The stored version `version` (or `current`) names, and every framework's current-version pointer. */
  private async resolve(
    key: string,
    version: string,
  ): Promise<{ found: FrameworkVersion; pointers: Map<FrameworkKey, string> }> {
    if (!isFrameworkKey(key)) {
      throw new NotFoundError(`There is no framework "${key}". The frameworks are: ${FRAMEWORK_KEYS.join(', ')}`);
    }
    const pointers = await this.repository.currentVersions();
    const wanted = version === CURRENT_VERSION_ALIAS ? (pointers.get(key) ?? null) : version;
    if (wanted === null) throw new NotFoundError(`Framework ${key} has no current version`);
    const found = await this.storedVersion(key, wanted);
    if (!found) {
      const stored = (await this.repository.versionsOf(key)).sort(compareVersions);
      const known = stored.length > 0 ? `its versions are: ${stored.join(', ')}` : 'it has no stored versions';
      throw new NotFoundError(`Framework ${key} has no version "${version}"; ${known}`);
    }
    return { found, pointers };
  }
}

function versionExists(key: FrameworkKey, version: string): ConflictError {
  return new ConflictError(
    `Framework ${key} already has a version ${version}. Stored versions never change: import the correction as a new version.`,
  );
}

function problemCount(count: number): string {
  return count === 1 ? '1 problem' : `${count} problems`;
}

function toVersionSummary(header: FrameworkVersionHeader, currentVersion: string | undefined): FrameworkVersionSummary {
  return {
    version: header.version,
    status: header.status,
    publishedOn: header.publishedOn,
    current: header.version === currentVersion,
  };
}

/** Orders `YYYY.N` versions numerically, so 2021.10 comes after 2021.9. */
export function compareVersions(a: string, b: string): number {
  const [aYear, aN] = a.split('.').map(Number);
  const [bYear, bN] = b.split('.').map(Number);
  return aYear - bYear || aN - bN || a.localeCompare(b);
}

function byVersion(a: FrameworkVersionHeader, b: FrameworkVersionHeader): number {
  return compareVersions(a.version, b.version);
}
