import { Global, Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { MailResolver } from './mail.resolver';
import { MailSettingsService } from './mail-settings.service';
import { MailTransport } from './mail-transport';
import { MailService } from './mail.service';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * Email: queued on pg-boss, sent over SMTP or kept in the outbox. Global so that the features
 * where things happen (boards, votes, meetings, packets, notifications) can call its hooks
 * without importing it, and without a module cycle.
 */
@Global()
@Module({
  imports: [JobsModule],
  controllers: [UnsubscribeController],
  providers: [MailService, MailTransport, MailSettingsService, MailResolver],
  exports: [MailService],
})
export class MailModule {}
