import { Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** The durable job queue on PostgreSQL (pg-boss), for mail and other timed work. */
@Module({
  providers: [JobsService],
  exports: [JobsService],
})
export class JobsModule {}
