import { forwardRef, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardsModule } from '../boards/boards.module';
import { DraftEntity } from './draft.entity';
import { DraftsResolver } from './drafts.resolver';
import { DraftsService } from './drafts.service';

@Module({
  imports: [TypeOrmModule.forFeature([DraftEntity]), forwardRef(() => BoardsModule)],
  providers: [DraftsService, DraftsResolver],
  exports: [DraftsService],
})
export class DraftsModule {}
