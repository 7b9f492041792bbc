import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { MailModule } from '../mail/mail.module';
import { PeopleModule } from '../people/people.module';
import { InvitationController } from './invitation.controller';
import { InvitationRepository } from './invitation.repository';
import { InvitationService } from './invitation.service';

@Module({
  imports: [AccessModule, PeopleModule, MailModule],
  controllers: [InvitationController],
  providers: [InvitationRepository, InvitationService],
})
export class InvitationModule {}
