import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module';
import { ClauseMirrorService } from './clause-mirror.service';
import { ClausesResolver, DraftClausesResolver } from './clauses.resolver';
import { ClausesService } from './clauses.service';

/** Clauses of a draft: the GraphQL view and edits, and the rows mirrored from the live document. */
@Module({
  imports: [CollabModule],
  providers: [ClauseMirrorService, ClausesService, ClausesResolver, DraftClausesResolver],
  exports: [ClausesService, ClauseMirrorService],
})
export class ClausesModule {}
