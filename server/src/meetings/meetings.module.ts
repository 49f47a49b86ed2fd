import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CollabModule } from '../collab/collab.module';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MinutesService } from './minutes.service';

@Module({
  imports: [AuditModule, CollabModule],
  providers: [MeetingsService, MeetingsResolver, MinutesService],
  exports: [MeetingsService],
})
export class MeetingsModule {}
