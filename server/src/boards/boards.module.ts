import { forwardRef, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DraftsModule } from '../drafts/drafts.module';
import { BoardEntity } from './board.entity';
import { BoardsResolver, MemberResolver } from './boards.resolver';
import { BoardsService } from './boards.service';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([BoardEntity, MembershipEntity, InvitationEntity]),
    forwardRef(() => DraftsModule),
  ],
  providers: [BoardsService, BoardsResolver, MemberResolver],
  exports: [BoardsService],
})
export class BoardsModule {}
