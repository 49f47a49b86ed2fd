import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PacketAssemblerService } from './packet-assembler.service';
import { PacketsController } from './packets.controller';
import { PacketsResolver, SharedPacketsResolver } from './packets.resolver';
import { PacketsService } from './packets.service';
import { assertFontsInstalled } from './render/fonts';

/** Recommendation packets: publish immutable versions, redlines, exports, share links and officials' responses. */
@Module({
  imports: [AuditModule],
  controllers: [PacketsController],
  providers: [PacketAssemblerService, PacketsService, PacketsResolver, SharedPacketsResolver],
  exports: [PacketsService], // the board archive includes every version's exports
})
export class PacketsModule {
  constructor() {
    assertFontsInstalled();
  }
}
