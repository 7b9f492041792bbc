import { Injectable } from '@nestjs/common';
import { TenantContext } from '../database/tenant-context';
import { MailOutboxEntity } from './mail-outbox.entity';

export type NewOutboxMail = Pick<
  MailOutboxEntity,
  'organisationId' | 'kind' | 'toAddress' | 'subject' | 'bodyText' | 'link'
>;

/** The only code that touches the mail outbox. */
@Injectable()
export class MailOutboxRepository {
  constructor(private readonly tenant: TenantContext) {}

  /**
   * Appends in the caller's transaction. No RETURNING (`updateEntity(false)`):
   * the API's role may insert into the outbox but not read it.
   */
  async append(mail: NewOutboxMail): Promise<void> {
    await this.tenant
      .manager()
      .createQueryBuilder()
      .insert()
      .into(MailOutboxEntity)
      .values(mail)
      .updateEntity(false)
      .execute();
  }
}
