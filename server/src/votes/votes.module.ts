import { Module } from '@nestjs/common';
import { AmendmentsModule } from '../amendments/amendments.module';
import { AuditModule } from '../audit/audit.module';
import { ClausesModule } from '../clauses/clauses.module';
import { DeadlinePoller } from './deadline-poller';
import { VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';

@Module({
  imports: [AuditModule, ClausesModule, AmendmentsModule],
  providers: [VotesService, VotesResolver, DeadlinePoller],
  exports: [VotesService],
})
export class VotesModule {}
