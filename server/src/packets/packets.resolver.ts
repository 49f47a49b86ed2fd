import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BoardRole } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import type { GqlContext } from '../core/http/request-context';
import {
  CreateShareLinkInput,
  PacketRedlineInput,
  PublishPacketInput,
  RespondToPacketInput,
} from './dto/packet.input';
import {
  CreatedShareLinkModel,
  OfficialResponseModel,
  PacketPreviewModel,
  PacketVersionModel,
  RedlineModel,
  ShareLinkModel,
  SharedPacketModel,
} from './packet.model';
import { PacketsService } from './packets.service';

@Resolver(() => PacketVersionModel)
export class PacketsResolver {
  constructor(private readonly packets: PacketsService) {}

  @Query(() => [PacketVersionModel], { description: "A draft's published packet versions, newest first." })
  @Access.board(BoardRole.OBSERVER, { draft: 'args.draftId' })
  packetVersions(
    @Args('draftId', { type: () => ID }, ParseUUIDPipe) draftId: string,
  ): Promise<PacketVersionModel[]> {
    return this.packets.versions(draftId);
  }

  @Query(() => PacketVersionModel)
  @Access.board(BoardRole.OBSERVER, { packet: 'args.id' })
  packetVersion(@Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<PacketVersionModel> {
    return this.packets.version(id);
  }

  @Query(() => PacketPreviewModel, {
    description: 'The packet as publishing now would freeze it. Nothing is saved.',
  })
  @Access.board(BoardRole.FACILITATOR, { draft: 'args.input.draftId' })
  packetPreview(
    @Args('input') input: PublishPacketInput,
    @CurrentUser() user: UserEntity,
  ): Promise<PacketPreviewModel> {
    return this.packets.preview(input, user);
  }

  @Query(() => RedlineModel, {
    description:
      'Clause-by-clause, word-level changes between two versions, or a version and the live draft.',
  })
  @Access.board(BoardRole.OBSERVER, { draft: 'args.input.draftId' })
  packetRedline(@Args('input') input: PacketRedlineInput): Promise<RedlineModel> {
    return this.packets.redline(input);
  }

  @Mutation(() => PacketVersionModel, {
    description: 'Freezes the draft as it stands into the next packet version.',
  })
  @Access.board(BoardRole.FACILITATOR, { draft: 'args.input.draftId' })
  publishPacket(
    @Args('input') input: PublishPacketInput,
    @CurrentUser() user: UserEntity,
  ): Promise<PacketVersionModel> {
    return this.packets.publish(input, user);
  }

  @Mutation(() => CreatedShareLinkModel, {
    description: 'A link for officials to read this version and respond, without an account.',
  })
  @Access.board(BoardRole.FACILITATOR, { packet: 'args.input.packetVersionId' })
  createShareLink(
    @Args('input') input: CreateShareLinkInput,
    @CurrentUser() user: UserEntity,
  ): Promise<CreatedShareLinkModel> {
    return this.packets.createShareLink(input, user);
  }

  @Mutation(() => ShareLinkModel)
  @Access.board(BoardRole.FACILITATOR, { shareLink: 'args.shareLinkId' })
  revokeShareLink(
    @Args('shareLinkId', { type: () => ID }, ParseUUIDPipe) shareLinkId: string,
  ): Promise<ShareLinkModel> {
    return this.packets.revokeShareLink(shareLinkId);
  }

  @ResolveField(() => [ShareLinkModel], { description: 'Facilitators only.' })
  @Access.board(BoardRole.FACILITATOR, { packet: 'parent.id' })
  shareLinks(@Parent() version: PacketVersionModel): Promise<ShareLinkModel[]> {
    return this.packets.shareLinks(version.id);
  }

  @ResolveField(() => [OfficialResponseModel], {
    description: "Officials' responses to this version, newest first.",
  })
  @Access.board(BoardRole.OBSERVER, { packet: 'parent.id' })
  responses(@Parent() version: PacketVersionModel): Promise<OfficialResponseModel[]> {
    return this.packets.responses(version.id);
  }
}

/** The officials' side: no account, only the share link's token. */
@Resolver(() => SharedPacketModel)
export class SharedPacketsResolver {
  constructor(private readonly packets: PacketsService) {}

  @Query(() => SharedPacketModel, { description: 'The packet version a share link opens.' })
  @Access.public()
  sharedPacket(@Args('token') token: string, @Context() { req }: GqlContext): Promise<SharedPacketModel> {
    return this.packets.sharedPacket(token, req.headers['user-agent']);
  }

  @Mutation(() => OfficialResponseModel, {
    description: "Records an official's response to one recommendation.",
  })
  @Access.public()
  respondToPacket(
    @Args('input') input: RespondToPacketInput,
    @Context() { req }: GqlContext,
  ): Promise<OfficialResponseModel> {
    return this.packets.respond(input, req.ip ?? 'unknown', req.headers['user-agent']);
  }
}
