import { Module } from '@nestjs/common';
import { PacketsModule } from '../packets/packets.module';
import { ArchiveController } from './archive.controller';
import { ArchiveService } from './archive.service';

/** A board's whole record as one download (open formats), so a board can leave with it. */
@Module({
  imports: [PacketsModule],
  controllers: [ArchiveController],
  providers: [ArchiveService],
})
export class ArchiveModule {}
