import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClausesModule } from '../clauses/clauses.module';
import { CollabModule } from '../collab/collab.module';
import { AmendmentsResolver } from './amendments.resolver';
import { AmendmentsService } from './amendments.service';

@Module({
  imports: [AuditModule, ClausesModule, CollabModule],
  providers: [AmendmentsService, AmendmentsResolver],
  exports: [AmendmentsService],
})
export class AmendmentsModule {}
