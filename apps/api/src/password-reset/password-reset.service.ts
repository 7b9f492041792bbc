import { Injectable } from '@nestjs/common';
import { ACCOUNT_LINKS_PER_IP, PASSWORD_RESET_PER_EMAIL, ThrottleService } from '../auth/throttle.service';
import { setTimeout as sleep } from 'node:timers/promises';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../access/session-user';
import { SessionRepository } from '../sessions/session.repository';
import { InvalidInputError, NotFoundError } from '../common/domain-errors';
import { TenantContext } from '../database/tenant-context';
import { MailSender } from '../mail/mail-sender';
import { PublicLinks } from '../mail/public-links';
import type { NewPasswordDto } from '../people/dto/new-password.dto';
import type { RequestPasswordResetDto } from './dto/request-password-reset.dto';
import { hashOneTimeToken, isWellFormedToken, newOneTimeToken } from '../people/one-time-token';
import { hashPassword, verifyPassword } from '../people/password-hasher';
import { passwordProblems } from '../people/password-policy';
import { passwordResetMail } from './password-reset.mail';
import { PasswordResetRepository, type UsableResetToken } from './password-reset.repository';
import { PeopleRepository } from '../people/people.repository';

export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;
export const PASSWORD_RESET_REQUESTED =
  'If an account exists for that email, we have sent a link to reset the password.';
export const PASSWORD_RESET_LINK_INVALID =
  'This password reset link is not valid. It may have expired or been used already.';
/**
 * A reset request is answered no sooner than this after it arrives, whether or
 * not the email has an account, so the answer's timing does not tell either
 * (the extra work for a real account — a token and a mail row — takes a few
 * milliseconds, well inside it).
 */
export const PASSWORD_RESET_REQUEST_FLOOR_MS = 250;

/** Forgotten passwords: a one-time link (1 hour) by email, then a new password that ends every session. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly resets: PasswordResetRepository,
    private readonly people: PeopleRepository,
    private readonly tenant: TenantContext,
    private readonly mail: MailSender,
    private readonly links: PublicLinks,
    private readonly audit: AuditService,
    private readonly throttle: ThrottleService,
  ) {}

  /**
   * Public. The same answer, after at least the same time, for every email:
   * nobody learns from it whether an address has an account. Deactivated
   * accounts get no link.
   */
  async request(dto: RequestPasswordResetDto, ip: string, now = new Date()): Promise<{ message: string }> {
    // Throttled per address asked for and per network; an unknown address counts the same.
    await this.throttle.reserveAll([
      [PASSWORD_RESET_PER_EMAIL, dto.email.trim().toLowerCase()],
      [ACCOUNT_LINKS_PER_IP, ip],
    ]);
    const floor = sleep(PASSWORD_RESET_REQUEST_FLOOR_MS);
    try {
      const person = await this.sessions.personByEmail(dto.email);
      if (person?.active) {
        const { token, tokenHash } = newOneTimeToken();
        const scope = { organisationId: person.organisationId, platformAdmin: person.isPlatformAdmin };
        await this.tenant.run(scope, async () => {
          await this.resets.insert({
            personId: person.id,
            organisationId: person.organisationId,
            tokenHash,
            expiresAt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS),
          });
          await this.mail.send(
            passwordResetMail({
              organisationId: person.organisationId,
              email: dto.email,
              link: this.links.to(`/password-reset/${token}`),
            }),
          );
        });
      }
    } finally {
      await floor;
    }
    return { message: PASSWORD_RESET_REQUESTED };
  }

  /** Public: whose link this is, so the page can say so. */
  async view(token: string): Promise<{ email: string }> {
    return { email: (await this.usable(token)).email };
  }

  /**
   * Public: sets the new password and uses the link up (and every other
   * outstanding link of the person), in one transaction of their
   * organisation; then ends all their sessions.
   */
  async reset(token: string, dto: NewPasswordDto): Promise<void> {
    const found = isWellFormedToken(token) ? await this.resets.findUsableByTokenHash(hashOneTimeToken(token)) : null;
    if (!found) return this.repeatedResetOrRefuse(token, dto.password);
    const problems = passwordProblems(dto.password, found.email);
    if (problems.length > 0) throw new InvalidInputError(problems.join('; '), problems);
    const passwordHash = await hashPassword(dto.password);

    const scope = { organisationId: found.organisationId, platformAdmin: found.isPlatformAdmin };
    const changed = await this.tenant.run(scope, async () => {
      // Used meanwhile by another request with this link: a repeat of it changes nothing more.
      if (!(await this.resets.claim(found.id))) {
        await this.repeatedResetOrRefuse(token, dto.password);
        return false;
      }
      await this.people.setPasswordHash(found.organisationId, found.personId, passwordHash);
      await this.resets.useAllFor(found.personId);
      // The person is the actor: they proved they hold the link sent to their address.
      const actor: SessionUser = {
        personId: found.personId,
        organisationId: found.organisationId,
        roles: [],
        isPlatformAdmin: found.isPlatformAdmin,
      };
      await this.audit.recordAllowed(actor, 'person.password-reset', { type: 'person', id: found.personId });
      return true;
    });
    // After the commit, so no sign-in with the old password can slip in between.
    if (changed) await this.sessions.deleteForPerson(found.personId);
  }

  /**
   * A repeat of a reset completed with this link in the last hour (a double click, a retry after a
   * lost answer: the same link and the same new password) gets the answer the first got; anything
   * else is the invalid-link 404.
   */
  private async repeatedResetOrRefuse(token: string, password: string): Promise<void> {
    const hash = isWellFormedToken(token)
      ? await this.resets.findRecentlyUsedPasswordHash(hashOneTimeToken(token))
      : null;
    if (hash !== null && (await verifyPassword(hash, password))) return;
    throw new NotFoundError(PASSWORD_RESET_LINK_INVALID);
  }

  private async usable(token: string): Promise<UsableResetToken> {
    const found = isWellFormedToken(token) ? await this.resets.findUsableByTokenHash(hashOneTimeToken(token)) : null;
    if (!found) throw new NotFoundError(PASSWORD_RESET_LINK_INVALID);
    return found;
  }
}
