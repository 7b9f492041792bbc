import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import type { SessionUser } from '../access/session-user';
import { AuditService } from '../audit/audit.service';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/domain-errors';
import { TenantContext } from '../database/tenant-context';
import { MailSender } from '../mail/mail-sender';
import { PublicLinks } from '../mail/public-links';
import type { NewPasswordDto } from '../people/dto/new-password.dto';
import { hashOneTimeToken, isWellFormedToken, newOneTimeToken } from '../people/one-time-token';
import { hashPassword, verifyPassword } from '../people/password-hasher';
import { passwordProblems } from '../people/password-policy';
import { PeopleRepository } from '../people/people.repository';
import type { OrganisationRole } from '../access/organisation-role';
import type { CreateInvitationDto } from './dto/create-invitation.dto';
import type { AcceptedInvitationView, InvitationView, PublicInvitationView } from './dto/invitation-views.dto';
import type { InvitationEntity } from './invitation.entity';
import { invitationMail } from './invitation.mail';
import { InvitationRepository, type UsableInvitation } from './invitation.repository';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const INVITATION_LINK_INVALID = 'This invitation link is not valid. It may have expired or been used already.';
export const EMAIL_IN_USE = 'This email address already has an account or a pending invitation';

const toView = (invitation: InvitationEntity): InvitationView => ({
  id: invitation.id,
  email: invitation.email,
  fullName: invitation.fullName,
  roles: invitation.roles,
  expiresAt: invitation.expiresAt.toISOString(),
});

/**
 * Employer admins invite people by email; the invitation link (one-time,
 * seven days) lets the person choose a password, which creates their account
 * in the inviting organisation with the invited roles.
 */
@Injectable()
export class InvitationService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly invitations: InvitationRepository,
    private readonly people: PeopleRepository,
    private readonly tenant: TenantContext,
    private readonly mail: MailSender,
    private readonly links: PublicLinks,
    private readonly audit: AuditService,
  ) {}

  async create(user: SessionUser, dto: CreateInvitationDto, now = new Date()): Promise<InvitationView> {
    const organisationId = await this.access.require(user, 'organisation.admin');
    await this.invitations.lockEmail(dto.email);
    if (await this.invitations.emailInUse(dto.email)) {
      // The same invitation sent again (a double click, a retry after a lost answer) is answered
      // with the one pending, and mails nothing more; anything else for a used address is a 409.
      const pending = await this.invitations.findPending(organisationId, dto.email);
      if (pending && sameInvitation(pending, dto)) return toView(pending);
      throw new ConflictError(EMAIL_IN_USE);
    }

    const { token, tokenHash } = newOneTimeToken();
    const invitation = await this.invitations.insert({
      organisationId,
      email: dto.email,
      fullName: dto.fullName,
      jobTitle: dto.jobTitle ?? null,
      roles: dto.roles,
      supervisionTypes: dto.supervisionTypes ?? [],
      tokenHash,
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      invitedBy: user.personId,
    });
    const organisation = await this.people.findOrganisation(organisationId);
    await this.mail.send(
      invitationMail({
        organisationId,
        organisationName: organisation?.name ?? 'Your organisation',
        email: invitation.email,
        fullName: invitation.fullName,
        expiresAt: invitation.expiresAt,
        link: this.links.to(`/invitations/${token}`),
      }),
    );
    await this.audit.recordAllowed(
      user,
      'invitation.create',
      { type: 'invitation', id: invitation.id },
      { roles: invitation.roles.join(',') },
    );
    return toView(invitation);
  }

  async listPending(user: SessionUser): Promise<InvitationView[]> {
    const organisationId = await this.access.require(user, 'organisation.admin');
    return (await this.invitations.listPending(organisationId)).map(toView);
  }

  /** Public: what the link's page shows. Unknown, used and expired links get the same 404. */
  async viewByToken(token: string): Promise<PublicInvitationView> {
    const invitation = await this.usable(token);
    return {
      email: invitation.email,
      fullName: invitation.fullName,
      organisationName: invitation.organisationName,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /**
   * Public: creates the person, in a transaction of the inviting
   * organisation, and uses up the invitation in the same transaction. Of two
   * concurrent accepts exactly one creates the person; the other gets the 404,
   * unless it repeats the first (same password), which gets the first's answer.
   */
  async accept(token: string, dto: NewPasswordDto): Promise<AcceptedInvitationView> {
    const found = isWellFormedToken(token)
      ? await this.invitations.findUsableByTokenHash(hashOneTimeToken(token))
      : null;
    if (!found) return this.repeatedAcceptanceOrRefuse(token, dto.password);
    const problems = passwordProblems(dto.password, found.email);
    if (problems.length > 0) throw new InvalidInputError(problems.join('; '), problems);
    const passwordHash = await hashPassword(dto.password);

    return this.tenant.run({ organisationId: found.organisationId, platformAdmin: false }, async () => {
      const invitation = await this.invitations.claim(found.organisationId, found.id);
      // Accepted meanwhile by another request with this link.
      if (!invitation) return this.repeatedAcceptanceOrRefuse(token, dto.password);
      const personId = await this.people.insertNew({
        organisationId: invitation.organisationId,
        email: invitation.email,
        fullName: invitation.fullName,
        jobTitle: invitation.jobTitle,
        roles: invitation.roles,
        supervisionTypes: invitation.supervisionTypes,
        isPlatformAdmin: false,
        passwordHash,
        experienceStartDate: null,
        employmentStartDate: null,
        active: true,
      });
      if (!personId) throw new ConflictError('An account with this email address already exists: sign in instead');
      await this.invitations.setPerson(invitation.organisationId, invitation.id, personId);

      // The new person is the actor: they proved they hold the invitation's link.
      const actor: SessionUser = {
        personId,
        organisationId: invitation.organisationId,
        roles: invitation.roles as OrganisationRole[],
        isPlatformAdmin: false,
      };
      await this.audit.recordAllowed(
        actor,
        'person.create',
        { type: 'person', id: personId },
        {
          invitationId: invitation.id,
        },
      );
      await this.audit.recordAllowed(actor, 'invitation.accept', { type: 'invitation', id: invitation.id });
      return { email: invitation.email };
    });
  }

  /**
   * A repeat of an acceptance of this link made in the last hour (a double click, a retry after a
   * lost answer: the same link and the same password the account was made with) gets the answer
   * the first got; anything else is the invalid-link 404.
   */
  private async repeatedAcceptanceOrRefuse(token: string, password: string): Promise<AcceptedInvitationView> {
    const accepted = isWellFormedToken(token)
      ? await this.invitations.findRecentlyAcceptedByTokenHash(hashOneTimeToken(token))
      : null;
    if (accepted && (await verifyPassword(accepted.passwordHash, password))) return { email: accepted.email };
    throw new NotFoundError(INVITATION_LINK_INVALID);
  }

  private async usable(token: string): Promise<UsableInvitation> {
    const invitation = isWellFormedToken(token)
      ? await this.invitations.findUsableByTokenHash(hashOneTimeToken(token))
      : null;
    if (!invitation) throw new NotFoundError(INVITATION_LINK_INVALID);
    return invitation;
  }
}

function sameInvitation(pending: InvitationEntity, dto: CreateInvitationDto): boolean {
  return isDeepStrictEqual(
    [pending.fullName, pending.jobTitle, [...pending.roles].sort(), [...pending.supervisionTypes].sort()],
    [dto.fullName, dto.jobTitle ?? null, [...dto.roles].sort(), [...(dto.supervisionTypes ?? [])].sort()],
  );
}
