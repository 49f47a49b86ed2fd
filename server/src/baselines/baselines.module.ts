import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BaselinesResolver } from './baselines.resolver';
import { BaselinesService } from './baselines.service';

/** The department's current policy: import, review and the immutable baseline a draft is compared with. */
@Module({
  imports: [AuditModule],
  providers: [BaselinesService, BaselinesResolver],
  exports: [BaselinesService],
})
export class BaselinesModule {}
