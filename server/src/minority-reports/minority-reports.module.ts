import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MinorityReportsResolver } from './minority-reports.resolver';
import { MinorityReportsService } from './minority-reports.service';

/** Members' written dissent, co-signed, carried into the packet. */
@Module({
  imports: [AuditModule],
  providers: [MinorityReportsService, MinorityReportsResolver],
})
export class MinorityReportsModule {}
