import { OfficialResponseEntity } from './official-response.entity';
import { PacketVersionEntity } from './packet-version.entity';
import { ShareAccessLogEntity } from './share-access-log.entity';
import { ShareLinkEntity } from './share-link.entity';

export const PACKET_ENTITIES = [
  PacketVersionEntity,
  ShareLinkEntity,
  ShareAccessLogEntity,
  OfficialResponseEntity,
];
