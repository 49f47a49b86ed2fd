import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ClauseChecksResolver, CoverageResolver, DraftCoverageResolver } from './coverage.resolver';
import { CoverageService } from './coverage.service';

@Module({
  imports: [AuditModule],
  providers: [CoverageService, CoverageResolver, DraftCoverageResolver, ClauseChecksResolver],
  exports: [CoverageService],
})
export class CoverageModule {}
