import { forwardRef, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { BaselinesModule } from '../baselines/baselines.module';
import { BoardsModule } from '../boards/boards.module';
import { ClausesModule } from '../clauses/clauses.module';
import { CollabModule } from '../collab/collab.module';
import { DraftEntity } from './draft.entity';
import { DraftsResolver } from './drafts.resolver';
import { DraftsService } from './drafts.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([DraftEntity]),
    forwardRef(() => BoardsModule),
    AuditModule,
    BaselinesModule,
    CollabModule,
    ClausesModule,
  ],
  providers: [DraftsService, DraftsResolver],
  exports: [DraftsService],
})
export class DraftsModule {}
